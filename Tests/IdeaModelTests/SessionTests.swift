import Foundation
import Testing
@testable import IdeaModel
import IdeaUI

/// A database file in a fresh folder, an edit session on it, and "another process":
/// a plain load, apply and save of the same file, as a second idea-tui would do.
struct SessionBench {
    let file: DatabaseFile
    var session: EditSession

    init(_ db: Database = Fx.base()) throws {
        file = DatabaseFile(path: StoreFixtures.tempDir() + "/ideas.db.json")
        try file.save(db, expected: nil)
        session = try EditSession.open(file)
    }

    var bytes: [UInt8] { (try? file.readBytes()) ?? [] }
    var onDisk: Database? { try? file.load().0 }

    /// Applies a command that must be saved; returns what was saved.
    @discardableResult
    mutating func apply(_ command: Command, context: CommandContext = Fx.ctx,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> EditSession.Saved? {
        let outcome = try session.apply(command, context: context, store: file)
        guard case .saved(let saved) = outcome else {
            Issue.record("\(command) was not saved: \(outcome)", sourceLocation: sourceLocation)
            return nil
        }
        return saved
    }

    /// Someone else changes the file: load, change, save.
    func other(_ change: (inout Database) throws -> Void) throws {
        var (db, stamp) = try file.load()
        try change(&db)
        try file.save(db, expected: stamp)
    }

    func other(_ commands: [Command], actor: String = "person-0006") throws {
        try other { db in
            for command in commands { try db.apply(command, context: Fx.context(on: Fx.today, actor: actor, hour: 11)) }
        }
    }
}

extension Database {
    /// Everything but the log, which undo adds to rather than takes back.
    var records: Database {
        var copy = self
        copy.log = []
        return copy
    }
}

@Suite struct SessionTests {
    @Test func aChangeIsSavedAtOnce() throws {
        var bench = try SessionBench()
        let saved = try #require(try bench.apply(.addIdea(Fx.draft())))
        #expect(saved.merged == false && saved.notice == nil)
        #expect(saved.entry.summary.contains("Žalias kiemas"))
        #expect(bench.onDisk == bench.session.database)
        #expect(bench.session.database.ideas.map(\.title) == ["Žalias kiemas"])
        #expect(bench.session.canUndo && !bench.session.canRedo)
        #expect(bench.session.steps.map(\.kind) == [.command(.addIdea(Fx.draft()))])
    }

    @Test func aRefusedChangeSavesNothing() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        let before = bench.bytes
        let session = bench.session
        #expect(throws: EditSession.Failure.self) {
            try bench.session.apply(.moveForward(ideaId: "idea-0001"), context: Fx.ctx, store: bench.file)
        }
        do {
            _ = try bench.session.apply(.moveForward(ideaId: "idea-0001"), context: Fx.ctx, store: bench.file)
        } catch {
            guard case .refused(let violation) = error else { throw error }
            #expect(violation.message.contains("forum"))
        }
        #expect(bench.bytes == before)
        #expect(bench.session == session)
    }

    /// ~25 varied commands, each undone and then redone: every undo brings back exactly the
    /// records before that command, every redo exactly those after it; the file follows.
    @Test func undoAndRedoRoundTripsRestoreTheExactDatabase() throws {
        var bench = try SessionBench()
        let idea = "idea-0001", team = "team-0001"
        let commands: [Command] = [
            .addIdea(Fx.draft()),
            .createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai", hostIds: [Fx.facilitator]),
            .recordDiscussion(forumId: "forum-01", ideaId: idea, outcome: "Start with one courtyard."),
            .moveForward(ideaId: idea),
            .createTeam(ideaId: idea, leadId: "person-0002"),
            .addMember(teamId: team, personId: "person-0003", role: "designer"),
            .addMember(teamId: team, personId: "person-0004", role: "organiser"),
            .moveForward(ideaId: idea),
            .assignMentor(teamId: team, mentorId: "person-0007"),
            .moveForward(ideaId: idea),
            .enrollTeam(teamId: team, trackId: "track-1"),
            .moveForward(ideaId: idea),
        ] + Fx.sessions.map { .recordAttendance(sessionId: $0.id, teamId: team) } + [
            .setPlan(ideaId: idea, Fx.plan),
            .moveForward(ideaId: idea),
            .schedule(ideaId: idea, venueId: "venue-01", start: ClockTime(12), pinned: true),
            .moveBack(ideaId: idea, reason: "The venue fell through."),
            .park(ideaId: idea, reason: "Waiting for the courtyard owners."),
            .reopen(ideaId: idea, reason: "The owners agreed."),
            .addIdea(Fx.draft("Tylos valanda")),
            .editIdea(ideaId: "idea-0002", Fx.draft("Tylos valanda Ąžuolyne")),
            .addOpenRole(teamId: team, title: "Sodininkas", skills: ["gardening"]),
            .invite(teamId: team, roleId: "role-01", personId: "person-0010"),
            .answerInvitation(teamId: team, invitationId: "inv-01", accept: true),
            .setLead(teamId: team, personId: "person-0003"),
            .setMemberRole(teamId: team, personId: "person-0002", role: "finansai"),
            .removeMember(teamId: team, personId: "person-0004"),
            .addSponsor(name: "UAB Žalia", kind: .business),
            .addPledge(sponsorId: "sponsor-01", ideaId: idea, amount: 300, inKind: "seedlings"),
        ]
        #expect(commands.count >= 20)
        var states = [bench.session.database]
        for command in commands {
            try bench.apply(command)
            states.append(bench.session.database)
        }
        let final = bench.session.database
        #expect(final.festival.slots.isEmpty && final.ideas[0].stage == .ready && final.sponsors.count == 1)

        for k in stride(from: commands.count, to: 0, by: -1) {
            let outcome = try bench.session.undo(context: Fx.ctx, store: bench.file)
            guard case .saved(let saved) = outcome else {
                Issue.record("undo \(k) was not saved: \(outcome)")
                return
            }
            #expect(saved.entry.summary.hasPrefix("undid: "))
            #expect(bench.session.database.records == states[k - 1].records, "undo of \(commands[k - 1])")
            #expect(bench.onDisk == bench.session.database)
        }
        #expect(bench.session.database.records == states[0].records)
        #expect(!bench.session.canUndo && bench.session.canRedo)
        // Undoing the ideas' creation unlinked the log entries about them; nothing else went.
        #expect(bench.session.database.log.count == 2 * commands.count)
        #expect(!bench.session.database.log.contains { $0.ideaId != nil })

        for k in 1...commands.count {
            let outcome = try bench.session.redo(context: Fx.ctx, store: bench.file)
            guard case .saved(let saved) = outcome else {
                Issue.record("redo \(k) was not saved: \(outcome)")
                return
            }
            #expect(saved.entry.summary.hasPrefix("redid: "))
            #expect(bench.session.database.records == states[k].records, "redo of \(commands[k - 1])")
        }
        #expect(bench.session.database.records == final.records)
        // Redo linked the log entries to their ideas again: the first entries are as they were.
        #expect(Array(bench.session.database.log.prefix(final.log.count)) == final.log)
        #expect(bench.onDisk == bench.session.database)
        #expect(bench.session.canUndo && !bench.session.canRedo)
    }

    @Test func undoSaysWhatItUndid() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        let moved = try #require(try bench.apply(.park(ideaId: "idea-0001", reason: "later")))
        guard case .saved(let saved) = try bench.session.undo(context: Fx.ctx, store: bench.file) else {
            Issue.record("undo was not saved")
            return
        }
        #expect(saved.entry.summary == "undid: " + moved.entry.summary)
        #expect(saved.entry.ideaId == "idea-0001" && saved.entry.kind == moved.entry.kind)
        #expect(bench.session.database.ideas[0].stage == .shared)
        #expect(bench.onDisk?.log.last == saved.entry)
    }

    @Test func aNewChangeClearsRedo() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        _ = try bench.session.undo(context: Fx.ctx, store: bench.file)
        #expect(bench.session.canRedo)
        try bench.apply(.addIdea(Fx.draft("Tylos valanda")))
        #expect(!bench.session.canRedo)
        #expect(throws: EditSession.Failure.nothingToRedo) {
            try bench.session.redo(context: Fx.ctx, store: bench.file)
        }
    }

    // MARK: Other people

    @Test func anotherWritersChangesAreKeptAndOursGoesOnTop() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai"))
        // Someone else adds an idea and records a discussion at the same forum.
        try bench.other([.addIdea(Fx.draft("Tylos valanda")),
                         .recordDiscussion(forumId: "forum-01", ideaId: "idea-0002", outcome: "Theirs.")])
        let saved = try #require(try bench.apply(.addIdea(Fx.draft("Šokių aikštė"))))
        #expect(saved.merged)
        #expect(saved.others.count == 2 && saved.others.allSatisfy { $0.by == "person-0006" })
        #expect(saved.notice == .appliedOnTop(others: 2))
        #expect(saved.notice.map(ModelStrings.en.notice) == "the file had changed: your change was applied on top of 2 others' changes")
        // Ids come from the data on disk: ours is idea-0003, not a second idea-0002.
        let db = try #require(bench.onDisk)
        #expect(db == bench.session.database)
        #expect(db.ideas.map(\.id) == ["idea-0001", "idea-0002", "idea-0003"])
        #expect(db.ideas.map(\.title) == ["Žalias kiemas", "Tylos valanda", "Šokių aikštė"])
        #expect(Validator.problems(in: db).isEmpty)

        // Both record a discussion at the one forum: both stay.
        try bench.other([.recordDiscussion(forumId: "forum-01", ideaId: "idea-0003", outcome: "Theirs again.")])
        let second = try #require(try bench.apply(.recordDiscussion(forumId: "forum-01", ideaId: "idea-0001", outcome: "Ours.")))
        #expect(second.merged && second.others.count == 1)
        #expect(bench.onDisk?.forums[0].discussions.map(\.ideaId) == ["idea-0002", "idea-0003", "idea-0001"])
    }

    @Test func aChangeMadeOutsideIdeaTUIIsSaidSo() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.other { $0.ideas[0].summary = "Edited by hand." }
        let saved = try #require(try bench.apply(.addIdea(Fx.draft("Tylos valanda"))))
        #expect(saved.merged && saved.others.isEmpty)
        #expect(saved.notice == .changedOutside)
        #expect(saved.notice.map(ModelStrings.en.notice) == "the file had changed outside idea-tui: your change was applied on top of it")
        #expect(bench.onDisk?.ideas.map(\.summary).first == "Edited by hand.")
    }

    @Test func editsOfOtherFieldsOfOneRecordMerge() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.other([.setPlan(ideaId: "idea-0001", Fx.plan)])
        try bench.apply(.park(ideaId: "idea-0001", reason: "Waiting."))
        let idea = try #require(bench.onDisk?.ideas.first)
        #expect(idea.plan == Fx.plan && idea.stage == .parked)
    }

    @Test func bothMovingOneIdeaIsAConflictWithBothVersions() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai"))
        try bench.apply(.recordDiscussion(forumId: "forum-01", ideaId: "idea-0001", outcome: "Go on."))
        // They park it; we move it forward, from what we saw.
        try bench.other([.park(ideaId: "idea-0001", reason: "The courtyard is closed.")])
        let theirBytes = bench.bytes
        let outcome = try bench.session.apply(.moveForward(ideaId: "idea-0001"), context: Fx.ctx, store: bench.file)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        guard case .made(let tried) = conflict.change else {
            Issue.record("expected a change, got \(conflict.change)")
            return
        }
        #expect(tried == [.moved(idea: "Žalias kiemas", from: .shared, to: .refined)])
        #expect(ModelStrings.lt.change(conflict.change) == "idėja „Žalias kiemas“ perkelta iš etapo „pasidalinta“ į „išgryninta“")
        let record = try #require(conflict.records.first)
        #expect(record.collection == .ideas && record.id == "idea-0001" && record.fields.contains("stage"))
        #expect(record.ours.flatMap(\.stage) == "refined")
        #expect(record.theirs.flatMap(\.stage) == "parked")
        #expect(record.base.flatMap(\.stage) == "shared")
        #expect(conflict.reasons == [.bothChanged(.ideas, id: "idea-0001", fields: ["stage"])])
        #expect(conflict.reasons.map(ModelStrings.en.conflict) == ["idea “idea-0001”: stage changed here and in the file"])
        #expect(conflict.reasons.map(ModelStrings.lt.conflict) == ["idėja „idea-0001“: etapas – pakeista ir čia, ir faile"])
        #expect(conflict.others.map(\.summary).first?.contains("parked") == true)
        // Nothing was written: the file still holds their version, and so does nobody lose it.
        #expect(bench.bytes == theirBytes)
        #expect(conflict.theirs == bench.onDisk)

        // The user chooses theirs: the session takes the file as it is.
        var keepingTheirs = bench.session
        keepingTheirs.keepTheirs(conflict)
        #expect(keepingTheirs.database == bench.onDisk)
        #expect(keepingTheirs.database.ideas[0].stage == .parked)

        // Or ours: the idea is as we wanted it, and the log says so.
        let kept = try bench.session.keepOurs(conflict, context: Fx.ctx, store: bench.file)
        guard case .saved(let saved) = kept else {
            Issue.record("keeping ours was not saved: \(kept)")
            return
        }
        #expect(saved.entry.summary.hasPrefix("kept own version of stage over another change: "))
        #expect(bench.onDisk?.ideas[0].stage == .refined)
        #expect(bench.onDisk == bench.session.database)
        // …which can be undone like any change: their parked idea comes back.
        _ = try bench.session.undo(context: Fx.ctx, store: bench.file)
        #expect(bench.onDisk?.ideas[0].stage == .parked)
    }

    @Test func aRemovedPersonWeReferToIsAConflict() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createTeam(ideaId: "idea-0001", leadId: "person-0002"))
        try bench.other { db in db.people.removeAll { $0.id == "person-0012" } }
        let theirBytes = bench.bytes
        let outcome = try bench.session.apply(.addMember(teamId: "team-0001", personId: "person-0012", role: "builder"),
                                              context: Fx.ctx, store: bench.file)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        #expect(conflict.reasons.map(ModelStrings.en.conflict).joined().contains("there is no person with the id “person-0012”"))
        let record = try #require(conflict.records.first)
        #expect(record.collection == .teams && record.id == "team-0001")
        #expect(record.ours != record.theirs && record.theirs != nil)
        #expect(bench.bytes == theirBytes)
        // Our version cannot be kept: it would name a person who is not there.
        #expect(throws: EditSession.Failure.self) {
            try bench.session.keepOurs(conflict, context: Fx.ctx, store: bench.file)
        }
        #expect(bench.bytes == theirBytes)
    }

    @Test func undoKeepsOthersLaterChanges() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createTeam(ideaId: "idea-0001", leadId: "person-0002"))
        try bench.apply(.addMember(teamId: "team-0001", personId: "person-0003", role: "designer"))
        try bench.other([.addMember(teamId: "team-0001", personId: "person-0004", role: "organiser"),
                         .addIdea(Fx.draft("Tylos valanda"))])
        let outcome = try bench.session.undo(context: Fx.ctx, store: bench.file)
        guard case .saved(let saved) = outcome else {
            Issue.record("undo was not saved: \(outcome)")
            return
        }
        #expect(saved.merged)
        let db = try #require(bench.onDisk)
        #expect(db.teams[0].members.map(\.personId) == ["person-0004"])
        #expect(db.ideas.count == 2)
        // Redo puts our member back beside theirs, where it was.
        _ = try bench.session.redo(context: Fx.ctx, store: bench.file)
        #expect(bench.onDisk?.teams[0].members.map(\.personId) == ["person-0003", "person-0004"])
    }

    @Test func undoOfSomethingOthersChangedSinceIsAConflict() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.park(ideaId: "idea-0001", reason: "Waiting."))
        try bench.other([.reopen(ideaId: "idea-0001", reason: "Ready again."), .withdraw(ideaId: "idea-0001", reason: "Gave up.")])
        let theirBytes = bench.bytes
        let outcome = try bench.session.undo(context: Fx.ctx, store: bench.file)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        guard case .undo(_, forced: false) = conflict.change else {
            Issue.record("expected an undo, got \(conflict.change)")
            return
        }
        #expect(conflict.records.first?.theirs.flatMap(\.stage) == "withdrawn")
        #expect(conflict.records.first?.ours.flatMap(\.stage) == "shared")
        #expect(bench.bytes == theirBytes)
        #expect(bench.session.undoStack.count == 2)

        // Undoing over their change anyway: the idea is back in shared, and it was an undo.
        guard case .saved(let saved) = try bench.session.keepOurs(conflict, context: Fx.ctx, store: bench.file) else {
            Issue.record("the forced undo was not saved")
            return
        }
        #expect(saved.entry.summary.hasPrefix("undid, over another change: "))
        #expect(bench.onDisk?.ideas[0].stage == .shared)
        #expect(bench.session.undoStack.count == 1 && bench.session.canRedo)
    }

    @Test func undoingAnIdeaOthersBuiltOnIsAConflict() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.other([.createTeam(ideaId: "idea-0001", leadId: "person-0005")])
        let theirBytes = bench.bytes
        let outcome = try bench.session.undo(context: Fx.ctx, store: bench.file)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        #expect(conflict.reasons.map(ModelStrings.en.conflict).joined().contains("idea-0001"))
        #expect(conflict.others.count == 1)
        #expect(bench.bytes == theirBytes)
    }
}

private extension JSONValue {
    var stage: String? {
        guard case .object(let fields) = self, case .string(let stage)? = fields["stage"] else { return nil }
        return stage
    }
}
