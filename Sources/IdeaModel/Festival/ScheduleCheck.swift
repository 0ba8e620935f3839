/// The grid's placement rules (`PlacementRules`: hours, features, capacity, the plan's
/// window, changeover, nobody in two places, travel) checked for the slots already in a
/// database: by loading, so a file cannot hold a slot the grid would refuse, and after
/// every command, so no change can write such a file.
///
/// The rules are the placement rules themselves, asked for each slot as if it were being
/// placed where it is, against only the slots that can clash with it (its venue's, and
/// those of the people in its team), so a festival of thousands stays quick. Each clash
/// between two checked slots is named once, at the later slot in the file.
public enum ScheduleCheck {
    /// A rule one slot breaks.
    public struct Finding: Equatable, Sendable {
        /// The slot's position in `festival.slots`.
        public var slot: Int
        /// The rule it breaks: Kiemo scena is open only 10:00–16:00.
        public var problem: PlacementProblem
    }

    /// The slots the grid still manages: those of scheduled ideas. A delivered idea's slot
    /// is a record of the day as it happened and is not placed again (it still counts as
    /// taken time for the others).
    static func isChecked(_ slot: Slot, stageOf ideas: IdTable, _ db: Database) -> Bool {
        guard let i = ideas[slot.ideaId] else { return false }
        return db.ideas[i].stage == .scheduled
    }

    public static func findings(in db: Database) -> [Finding] {
        let slots = db.festival.slots
        guard !slots.isEmpty else { return [] }
        // The first idea, venue and team (by its idea) of each id.
        let ideaIndex = IdTable(db.ideas.map(\.id))
        let venueIndex = IdTable(db.venues.map(\.id))
        let teamIndex = IdTable(db.teams.map(\.ideaId))

        var atVenue: [String: [Int]] = [:]
        var ofPerson: [String: [Int]] = [:]
        for (k, slot) in slots.enumerated() {
            atVenue[slot.venueId, default: []].append(k)
            guard let t = teamIndex[slot.ideaId] else { continue }
            for person in PlacementRules.people(of: db.teams[t]) { ofPerson[person, default: []].append(k) }
        }
        let checked = slots.map { isChecked($0, stageOf: ideaIndex, db) }

        var out: [Finding] = []
        for (k, slot) in slots.enumerated() where checked[k] {
            guard let i = ideaIndex[slot.ideaId], let v = venueIndex[slot.venueId] else { continue }
            // The slots that can clash with this one; a pair of checked slots once, here at the later.
            var others = Set(atVenue[slot.venueId] ?? [])
            if let t = teamIndex[slot.ideaId] {
                for person in PlacementRules.people(of: db.teams[t]) { others.formUnion(ofPerson[person] ?? []) }
            }
            others = others.filter { $0 != k && (!checked[$0] || $0 < k) }
            var view = db
            view.festival.slots = others.sorted().map { slots[$0] }
            view.teams = ([slot.ideaId] + view.festival.slots.map(\.ideaId)).compactMap { teamIndex[$0].map { db.teams[$0] } }
            // The slot as it stands in the file: its own length, whatever the plan says now.
            var idea = db.ideas[i]
            idea.plan?.durationMinutes = slot.minutes
            for problem in PlacementRules.violations(placing: idea, at: db.venues[v], start: slot.start, in: view) {
                out.append(Finding(slot: k, problem: problem))
            }
        }
        return out
    }

    /// The findings of `after` that `before` did not have, each with the title and start
    /// of the intervention it is about, for a command's refusal.
    static func newProblems(before: Database, after: Database) -> [RuleViolation.Reason] {
        let old = describe(findings(in: before), before)
        return describe(findings(in: after), after).filter { !old.contains($0) }
    }

    static func describe(_ findings: [Finding], _ db: Database) -> [RuleViolation.Reason] {
        findings.map { f in
            let slot = db.festival.slots[f.slot]
            return .slotBreaks(idea: CommandWords.title(slot.ideaId, in: db), start: slot.start, f.problem)
        }
    }
}

extension Command {
    /// Whether the command can make a slot break a placement rule: it moves or lengthens
    /// a slot, changes a venue, the festival, a plan or a stage, or brings a person into a
    /// team (who may then be in two places). Adding records, removing people and the like
    /// cannot, and skip the check.
    var canBreakTheSchedule: Bool {
        switch self {
        case .schedule, .autoSchedule, .setLength, .editVenue, .setFestival, .editIdea, .setPlan,
             .moveForward, .moveBack, .park, .withdraw, .reopen,
             .createTeam, .addMember, .assignMentor, .setLead, .answerInvitation:
            return true
        case .addPerson, .addIdea, .removeMember, .addOpenRole, .removeOpenRole, .removeMentor, .enrollTeam,
             .setMemberRole, .invite, .createForum, .recordDiscussion, .addWorkshopTrack, .addWorkshopSession,
             .recordAttendance, .addSponsor, .addPledge, .addVenue:
            return false
        }
    }
}
