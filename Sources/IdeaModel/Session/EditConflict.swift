extension EditSession {
    /// A change that could not be applied on top of what is now in the file.
    public struct Conflict: Equatable, Sendable {
        /// What we tried: a change, or undoing, redoing or keeping one.
        public var change: Change
        /// Why it cannot go on top: the rules it breaks now, or the fields both changed.
        public var reasons: [ConflictReason]
        /// The records involved: as they were, as we want them, as they are in the file;
        /// `fields` names what differs (both changed it, or it holds the limit).
        public var records: [ConflictingRecord]
        /// What others logged in the file since this session last saw it.
        public var others: [LogEntry]
        /// The database as it is in the file, and its stamp.
        public var theirs: Database
        public var theirStamp: StoreStamp
        /// What kind of clash, and what can be done about it.
        public var clash: Clash
        /// For a clash of fields: puts our value of each clashing field over theirs and
        /// keeps everything else of theirs (see `keepOurs`).
        public var oursPatch: Patch
        var kind: Step.Kind
        /// What the change itself did (for an undo: what it undoes).
        var baseSummaries: [ChangeSummary]
        var entryKind: String
        var ideaId: String?

        /// Whether `keepOurs` can resolve it (a clash of fields, not of a rule).
        public var canKeepOurs: Bool {
            if case .fields = clash { return true }
            return false
        }
    }

    /// One reason a change does not fit on top of the file.
    public enum ConflictReason: Equatable, Sendable {
        /// Both sides changed these top-level fields of the record ("" for the whole record).
        case bothChanged(SessionCollection, id: String, fields: [String])
        /// The change breaks a rule now.
        case broken(RuleViolation)
    }

    /// Why a change does not fit on top of the file.
    public enum Clash: Equatable, Sendable {
        /// Both changed the same fields of the same records.
        case fields
        /// Our change breaks a rule now (a limit others reached meanwhile, a record they
        /// removed): our version cannot be kept as it is. `remedy` is what would make room,
        /// when something would.
        case rule(RuleViolation, remedy: Remedy?)
    }

    /// What the user can choose to make room for a change that hit a limit.
    public enum Remedy: Equatable, Sendable {
        /// The team has as many mentors as a team may have: one of these goes.
        case dropTeamMentor(teamId: String, mentorIds: [String])
        /// The mentor has as many teams as they take: they let one of these go.
        case releaseMentorTeam(mentorId: String, teamIds: [String])
    }

    /// What would make room for `kind` on top of `theirs`, read from the data (not from
    /// the refusal's words): only a single mentor assignment that hit a limit has one.
    static func remedy(for kind: Step.Kind, on theirs: Database) -> Remedy? {
        guard case .command(.assignMentor(let teamId, let mentorId)) = kind,
              let team = theirs.teams.first(where: { $0.id == teamId }), !team.mentorIds.contains(mentorId) else { return nil }
        if team.mentorIds.count >= theirs.festival.maxMentorsPerTeam, !team.mentorIds.isEmpty {
            return .dropTeamMentor(teamId: teamId, mentorIds: team.mentorIds)
        }
        guard let capacity = theirs.people.first(where: { $0.id == mentorId })?.mentor?.capacity else { return nil }
        let teams = theirs.teams.filter { $0.mentorIds.contains(mentorId) }.map(\.id)
        if teams.count >= capacity, !teams.isEmpty { return .releaseMentorTeam(mentorId: mentorId, teamIds: teams) }
        return nil
    }

    /// The patch that puts our value of every field both sides changed over theirs and
    /// keeps the rest of their record: keeping our version never takes back a change of
    /// theirs that did not clash with ours.
    static func forcing(_ records: [ConflictingRecord]) -> Patch {
        Patch(records.map { record in
            let after: JSONValue?
            if record.ours == nil || record.theirs == nil || record.base == nil {
                after = record.ours
            } else {
                var unused: [String] = []
                after = Merge.three(base: record.base, target: record.ours, current: record.theirs, strict: false,
                                    preferTarget: true, path: "", conflicts: &unused)
            }
            return RecordChange(collection: record.collection, id: record.id, before: record.theirs, after: after)
        })
    }

    /// The records a change that broke a rule touched, ours and theirs, each with the
    /// fields where they differ.
    static func involved(_ patch: Patch, in theirs: Database) -> [ConflictingRecord] {
        patch.changes.filter { $0.collection != .log }.map { change in
            let current = change.before == nil ? nil : theirs.record(change.collection, id: change.id)
            return ConflictingRecord(collection: change.collection, id: change.id, base: change.before, ours: change.after,
                                     theirs: current, fields: differing(change.before, change.after, current))
        }
    }

    /// The top-level fields in which any of the versions differ.
    static func differing(_ versions: JSONValue?...) -> [String] {
        var keys = Set<String>()
        var objects: [[String: JSONValue]] = []
        for case .object(let fields)? in versions {
            objects.append(fields)
            keys.formUnion(fields.keys)
        }
        guard objects.count > 1 else { return [] }
        return keys.sorted().filter { key in objects.contains { $0[key] != objects[0][key] } }
    }

    static func describe(_ record: ConflictingRecord) -> ConflictReason {
        .bothChanged(record.collection, id: record.id, fields: record.fields)
    }
}
