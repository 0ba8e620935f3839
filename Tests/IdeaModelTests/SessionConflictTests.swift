import Foundation
import Testing
@testable import IdeaModel

/// Resolving conflicts never takes back what someone else did unless the user chose to,
/// and the log always explains the file; several changes made as one are one save and
/// one undo.
@Suite struct SessionConflictTests {
    /// A team with an idea, a lead and `mentors`; Ugnė (person-0011) is a fourth mentor.
    private func teamBench(mentors: [String], most: Int) throws -> SessionBench {
        var db = Fx.base()
        db.festival.maxMentorsPerTeam = most
        db.people[10].roles.append(.mentor)
        db.people[10].mentor = MentorProfile(expertise: ["music"], capacity: 2)
        var bench = try SessionBench(db)
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createTeam(ideaId: "idea-0001", leadId: "person-0002"))
        for mentor in mentors { try bench.apply(.assignMentor(teamId: "team-0001", mentorId: mentor)) }
        return bench
    }

    @Test func keepingOursTakesOnlyTheFieldsThatClashed() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.apply(.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai"))
        try bench.apply(.recordDiscussion(forumId: "forum-01", ideaId: "idea-0001", outcome: "Go on."))
        // They park it and give it a better title; we move it forward.
        try bench.other([.park(ideaId: "idea-0001", reason: "The courtyard is closed."),
                         .editIdea(ideaId: "idea-0001", Fx.draft("Žalias kiemas Šančiuose"))])
        guard case .conflict(let conflict) = try bench.session.apply(.moveForward(ideaId: "idea-0001"), context: Fx.ctx, store: bench.file) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(conflict.canKeepOurs)
        _ = try bench.session.keepOurs(conflict, context: Fx.ctx, store: bench.file)
        let idea = try #require(bench.onDisk?.ideas.first)
        #expect(idea.stage == .refined)
        // Their title is kept: it did not clash with anything of ours.
        #expect(idea.title == "Žalias kiemas Šančiuose")
        #expect(bench.onDisk?.log.last?.summary.hasPrefix("kept own version of stage over another change") == true)
    }

    /// A form sends every field of its record, as the user saw them: made again on top of
    /// someone else's change to other fields, it must not take their change back.
    @Test func aWholeRecordEditKeepsOthersChangesToOtherFields() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        var theirs = Fx.draft()
        theirs.summary = "Their better summary."
        try bench.other([.editIdea(ideaId: "idea-0001", theirs)])
        // Ours was filled in from the version before theirs: only the title is new.
        try bench.apply(.editIdea(ideaId: "idea-0001", Fx.draft("Žalias kiemas Šančiuose")))
        let idea = try #require(bench.onDisk?.ideas.first)
        #expect(idea.title == "Žalias kiemas Šančiuose")
        #expect(idea.summary == "Their better summary.")

        // The same for a venue: they change its capacity, we its name.
        try bench.other { $0.venues[0].capacity = 120 }
        var venue = Fx.venues[0]
        venue.name = "Didžioji kiemo scena"
        try bench.apply(.editVenue(venue))
        let onDisk = try #require(bench.onDisk?.venues.first)
        #expect(onDisk.name == "Didžioji kiemo scena" && onDisk.capacity == 120)
    }

    /// Both changing the same field of a record sent whole is still a conflict.
    @Test func aWholeRecordEditOfTheSameFieldIsAConflict() throws {
        var bench = try SessionBench()
        try bench.apply(.addIdea(Fx.draft()))
        try bench.other([.editIdea(ideaId: "idea-0001", Fx.draft("Jų pavadinimas"))])
        let outcome = try bench.session.apply(.editIdea(ideaId: "idea-0001", Fx.draft("Mūsų pavadinimas")),
                                              context: Fx.ctx, store: bench.file)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        #expect(conflict.records.flatMap(\.fields) == ["title"])
    }

    @Test func aLimitReachedMeanwhileIsARuleConflictThatCannotBeKeptOver() throws {
        var bench = try teamBench(mentors: ["person-0007", "person-0009"], most: 3)
        // Someone else gives the team its third mentor; we try to give it a different one.
        try bench.other([.assignMentor(teamId: "team-0001", mentorId: "person-0008")])
        let theirBytes = bench.bytes
        guard case .conflict(let conflict) = try bench.session.apply(.assignMentor(teamId: "team-0001", mentorId: "person-0011"),
                                                                     context: Fx.ctx, store: bench.file) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(!conflict.canKeepOurs)
        guard case .rule(let violation, let remedy) = conflict.clash else {
            Issue.record("expected a rule clash, got \(conflict.clash)")
            return
        }
        #expect(violation.message.contains("3"))
        #expect(remedy == .dropTeamMentor(teamId: "team-0001", mentorIds: ["person-0007", "person-0009", "person-0008"]))
        // The panel shows the values that differ (the mentors), not every field name.
        let record = try #require(conflict.records.first { $0.collection == .teams })
        #expect(record.fields == ["mentorIds"])
        // Our version cannot be forced over theirs.
        #expect(throws: EditSession.Failure.refused(violation)) {
            try bench.session.keepOurs(conflict, context: Fx.ctx, store: bench.file)
        }
        #expect(bench.bytes == theirBytes)
    }

    @Test func makingRoomDropsTheChosenMentorAndLogsBothAsOneChange() throws {
        var bench = try teamBench(mentors: ["person-0007", "person-0009"], most: 3)
        try bench.other([.assignMentor(teamId: "team-0001", mentorId: "person-0008")])
        guard case .conflict(let conflict) = try bench.session.apply(.assignMentor(teamId: "team-0001", mentorId: "person-0011"),
                                                                     context: Fx.ctx, store: bench.file) else {
            Issue.record("expected a conflict")
            return
        }
        let limited = conflict
        let logBefore = try #require(bench.onDisk?.log.count)
        guard case .saved(let saved) = try bench.session.resolve(limited, dropping: "person-0009", reason: "Fewer teams this spring.",
                                                                 context: Fx.ctx, store: bench.file) else {
            Issue.record("making room was not saved")
            return
        }
        let team = try #require(bench.onDisk?.teams.first)
        #expect(team.mentorIds == ["person-0007", "person-0008", "person-0011"])
        // Two entries explain the file: who was let go and why, and who came.
        let log = try #require(bench.onDisk?.log)
        #expect(log.count == logBefore + 2 && saved.entries.count == 2)
        #expect(log[logBefore].summary.contains("Ieva Urbonaitė") && log[logBefore].reason == "Fewer teams this spring.")
        #expect(log[logBefore + 1].summary.contains("Ugnė Kavaliauskaitė"))
        // One undo takes back both.
        _ = try bench.session.undo(context: Fx.ctx, store: bench.file)
        #expect(Set(bench.onDisk?.teams.first?.mentorIds ?? []) == ["person-0007", "person-0009", "person-0008"])
    }

    @Test func aBatchIsOneSaveAndOneUndoOrNothing() throws {
        var bench = try teamBench(mentors: [], most: 3)
        let before = bench.bytes
        let assign: [Command] = [.assignMentor(teamId: "team-0001", mentorId: "person-0007"),
                                 .assignMentor(teamId: "team-0001", mentorId: "person-0009")]
        guard case .saved(let saved) = try bench.session.apply(assign, context: Fx.ctx, store: bench.file) else {
            Issue.record("the batch was not saved")
            return
        }
        #expect(saved.entries.count == 2)
        #expect(bench.onDisk?.teams.first?.mentorIds == ["person-0007", "person-0009"])
        #expect(bench.session.undoStack.count == 3)  // idea, team, and the batch as one
        _ = try bench.session.undo(context: Fx.ctx, store: bench.file)
        #expect(bench.onDisk?.teams.first?.mentorIds == [])
        #expect(bench.onDisk?.records == (try DatabaseCodec.decode(before)).records)

        // One refused command refuses the whole batch: nothing is saved.
        let undone = bench.bytes
        let bad: [Command] = [.assignMentor(teamId: "team-0001", mentorId: "person-0007"),
                              .assignMentor(teamId: "team-0001", mentorId: "person-0002")]
        #expect(throws: EditSession.Failure.self) { try bench.session.apply(bad, context: Fx.ctx, store: bench.file) }
        #expect(bench.bytes == undone)
    }

    @Test func aBatchThatCannotBeSavedLeavesNothingBehind() throws {
        var bench = try teamBench(mentors: [], most: 3)
        let before = bench.bytes
        let steps = bench.session.undoStack.count
        #expect(chmod(bench.file.path, 0o444) == 0)
        let assign: [Command] = [.assignMentor(teamId: "team-0001", mentorId: "person-0007"),
                                 .assignMentor(teamId: "team-0001", mentorId: "person-0009")]
        #expect(throws: EditSession.Failure.store(.readOnly(path: bench.file.name))) {
            try bench.session.apply(assign, context: Fx.ctx, store: bench.file)
        }
        #expect(bench.bytes == before)
        #expect(bench.session.undoStack.count == steps)
        #expect(bench.session.database == (try DatabaseCodec.decode(before)))
    }
}
