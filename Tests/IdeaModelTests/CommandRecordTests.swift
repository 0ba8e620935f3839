import Testing
@testable import IdeaModel

@Suite("Creation commands, references, capacity and the log")
struct CommandRecordTests {
    // MARK: People and actors

    @Test("people get the next free id; a taken id or an empty name is refused")
    func addPerson() throws {
        var db = Fx.base()
        let entry = try db.apply(.addPerson(Person(id: "", name: " Ona Kairienė ", roles: [.talent])), context: Fx.ctx)
        #expect(db.people.last?.id == "person-0013")
        #expect(db.people.last?.name == "Ona Kairienė")
        #expect(entry.summary == "added Ona Kairienė")
        #expect(entry.kind == "person")
        #expect(Fx.message(.addPerson(Person(id: "person-0002", name: "Jonas")), on: db)
            == "Cannot add Jonas: the id “person-0002” already belongs to Jonas Kazlauskas.")
        #expect(Fx.message(.addPerson(Person(id: "", name: "  ")), on: db) == "Cannot add the person: the name is empty.")
    }

    @Test("no command brings a text longer than the file may hold")
    func textLimit() throws {
        var db = Fx.base()
        var draft = Fx.draft()
        draft.summary = String(repeating: "a", count: TextLimit.characters + 1)
        #expect(Fx.refusal(.addIdea(draft), on: db)?.texts == ["it holds " + TextLimit.message])
        draft.summary = String(repeating: "a", count: TextLimit.characters)
        try db.apply(.addIdea(draft), context: Fx.ctx)
        let id = try #require(db.ideas.last?.id)
        #expect(Fx.refusal(.park(ideaId: id, reason: String(repeating: "ą", count: TextLimit.characters + 1)), on: db) != nil)
    }

    @Test("every change needs an actor the database knows")
    func unknownActor() {
        let (db, id) = Fx.ideaAt(.shared)
        let stranger = Fx.context(on: Fx.today, actor: "ghost")
        #expect(Fx.message(.park(ideaId: id, reason: "x"), on: db, context: stranger)
            == "Cannot make this change: “ghost” is not a person in this database, and every change must say who made it.")
    }

    @Test("the first person of an empty database registers themselves")
    func bootstrap() throws {
        var db = Database(districts: Database.kaunasDistricts, festival: Festival(title: "100 in 1 day", day: Fx.festivalDay))
        let me = Fx.context(on: Fx.today, actor: "person-0001")
        let entry = try db.apply(.addPerson(Fx.people[0]), context: me)
        #expect(entry.by == "person-0001")
        #expect(Validator.problems(in: db).isEmpty)
    }

    // MARK: Ideas and plans

    @Test("a shared idea gets an id, stage shared and the time it was shared")
    func addIdea() throws {
        var db = Fx.base()
        let first = try db.apply(.addIdea(Fx.draft()), context: Fx.ctx)
        let second = try db.apply(.addIdea(Fx.draft("Tylos valanda")), context: Fx.ctx)
        #expect(db.ideas.map(\.id) == ["idea-0001", "idea-0002"])
        #expect(db.ideas[0].stage == .shared)
        #expect(db.ideas[0].createdAt == Fx.ctx.now)
        #expect(db.ideas[0].fundingNeed == 800)
        #expect(first == LogEntry(id: "log-000001", at: Fx.ctx.now, by: Fx.facilitator, kind: "idea", ideaId: "idea-0001",
                                  summary: "shared the idea “Žalias kiemas” by Jonas Kazlauskas"))
        #expect(second.id == "log-000002")
    }

    @Test("a bad idea is refused with every reason at once")
    func addIdeaRefused() {
        let draft = IdeaDraft(title: " ", authorId: "person-9999", sectors: [], district: "Atlantida")
        #expect(Fx.message(.addIdea(draft), on: Fx.base())
            == "Cannot share the idea “ ”: the title is empty; the author “person-9999” is not a person in this database; an idea needs at least one sector; “Atlantida” is not one of the districts of this database.")
    }

    @Test("editing an idea says what changed")
    func editIdea() throws {
        var (db, id) = Fx.ideaAt(.shared)
        var draft = IdeaDraft(db.ideas[0])
        draft.title = "Žali kiemai"
        draft.problem = "Courtyards are concrete."
        let entry = try db.apply(.editIdea(ideaId: id, draft), context: Fx.ctx)
        #expect(db.ideas[0].title == "Žali kiemai")
        #expect(entry.summary == "edited “Žalias kiemas”: changed the title and problem")
    }

    @Test("plans are checked against the grid, the districts and their own window", arguments: [
        (InterventionPlan(durationMinutes: 50, audience: 10, districts: ["Centras"]), "50 minutes is not on the 15-minute grid"),
        (InterventionPlan(durationMinutes: 0, audience: 10), "an intervention lasts between 1 minute and a whole day, not 0 minutes"),
        (InterventionPlan(durationMinutes: 60, audience: 10, districts: ["Centras", "Atlantida"]), "“Atlantida” is not a district of this database"),
        (InterventionPlan(durationMinutes: 60, audience: -1), "the audience cannot be below 0"),
        (InterventionPlan(durationMinutes: 60, audience: 10, earliest: ClockTime(12), latest: ClockTime(12, 30)),
         "60 minutes do not fit between 12:00 and 12:30"),
        (InterventionPlan(durationMinutes: 60, audience: 10, earliest: ClockTime(14), latest: ClockTime(12)),
         "the earliest time 14:00 is not before the latest time 12:00"),
    ])
    func setPlanRefused(plan: InterventionPlan, reason: String) {
        let (db, id) = Fx.ideaAt(.workshops)
        #expect(Fx.message(.setPlan(ideaId: id, plan), on: db) == "Cannot set the plan of “Žalias kiemas”: \(reason).")
    }

    @Test("a scheduled idea keeps its plan until it is moved back")
    func setPlanScheduled() {
        let (db, id) = Fx.ideaAt(.scheduled)
        #expect(Fx.message(.setPlan(ideaId: id, Fx.plan), on: db)
            == "Cannot set the plan of “Žalias kiemas”: it is scheduled; change its length on the festival grid, or move it back to ready to change the rest of its plan.")
    }

    // MARK: Teams

    @Test("one team per idea, with a lead the database knows")
    func createTeam() {
        let (db, id) = Fx.ideaAt(.team)
        #expect(db.teams.map(\.id) == ["team-0001"])
        #expect(Fx.message(.createTeam(ideaId: id, leadId: "person-9999"), on: db)
            == "Cannot form a team for “Žalias kiemas”: there is no person with the id “person-9999”; it already has a team, led by Jonas Kazlauskas.")
    }

    @Test("members join once, with a role; the lead stays")
    func members() throws {
        var (db, _) = Fx.ideaAt(.team)
        #expect(Fx.message(.addMember(teamId: "team-0001", personId: "person-0003", role: "designer"), on: db)
            == "Cannot add Eglė Žukauskaitė to the team for “Žalias kiemas”: Eglė Žukauskaitė is already a member.")
        #expect(Fx.message(.addMember(teamId: "team-0001", personId: "person-0002", role: "x"), on: db)
            == "Cannot add Jonas Kazlauskas to the team for “Žalias kiemas”: Jonas Kazlauskas already leads the team.")
        #expect(Fx.message(.addMember(teamId: "team-0001", personId: "person-9999", role: " "), on: db)
            == "Cannot add “person-9999” to the team for “Žalias kiemas”: there is no person with the id “person-9999”; the member's role in the team is not written down.")
        #expect(Fx.message(.addMember(teamId: "team-0099", personId: "person-0005", role: "x"), on: db)
            == "Cannot add a member to the team “team-0099”: there is no team with that id.")
        #expect(Fx.message(.removeMember(teamId: "team-0001", personId: "person-0002"), on: db)
            == "Cannot remove Jonas Kazlauskas from the team for “Žalias kiemas”: Jonas Kazlauskas leads the team, and a team keeps its lead.")

        let added = try db.apply(.addMember(teamId: "team-0001", personId: "person-0005", role: " photographer "), context: Fx.ctx)
        #expect(added.summary == "added Gabija Stankevičiūtė to the team for “Žalias kiemas” as photographer")
        let removed = try db.apply(.removeMember(teamId: "team-0001", personId: "person-0005"), context: Fx.ctx)
        #expect(removed.summary == "removed Gabija Stankevičiūtė (photographer) from the team for “Žalias kiemas”")
        #expect(db.teams[0].members.map(\.personId) == ["person-0003", "person-0004"])
    }

    @Test("open roles get ids within their team")
    func openRoles() throws {
        var (db, _) = Fx.ideaAt(.team)
        Fx.run(&db, [.addOpenRole(teamId: "team-0001", title: "Sound engineer", skills: ["sound"]),
                     .addOpenRole(teamId: "team-0001", title: "Gardener", sectors: [.social])])
        #expect(db.teams[0].openRoles.map(\.id) == ["role-01", "role-02"])
        #expect(Fx.message(.addOpenRole(teamId: "team-0001", title: ""), on: db)
            == "Cannot open a role in the team for “Žalias kiemas”: the role has no title.")
        let entry = try db.apply(.removeOpenRole(teamId: "team-0001", roleId: "role-01"), context: Fx.ctx)
        #expect(entry.summary == "closed the role “Sound engineer” in the team for “Žalias kiemas”")
        #expect(db.teams[0].openRoles.map(\.id) == ["role-02"])
    }

    // MARK: Mentors

    @Test("a mentor takes teams up to their capacity, and the refusal counts them")
    func mentorCapacity() throws {
        var db = Fx.base()
        for k in 1...4 {
            var spec = Fx.Spec()
            spec.title = "Idėja \(k)"
            Fx.addIdea(&db, upTo: .team, spec)
        }
        Fx.run(&db, (1...3).map { .assignMentor(teamId: "team-000\($0)", mentorId: "person-0007") })
        #expect(db.log.last?.summary == "Rūta Petrauskienė now mentors the team for “Idėja 3” (3 of 3 teams)")
        #expect(Fx.message(.assignMentor(teamId: "team-0004", mentorId: "person-0007"), on: db)
            == "Cannot assign Rūta Petrauskienė to the team for “Idėja 4”: Rūta Petrauskienė mentors 3 of 3 teams.")

        Fx.run(&db, [.assignMentor(teamId: "team-0001", mentorId: "person-0008")])
        #expect(Fx.message(.assignMentor(teamId: "team-0002", mentorId: "person-0008"), on: db)
            == "Cannot assign Tomas Jankauskas to the team for “Idėja 2”: Tomas Jankauskas mentors 1 of 1 team.")

        // Letting a team go frees a place.
        let entry = try db.apply(.removeMentor(teamId: "team-0001", mentorId: "person-0007"), context: Fx.ctx)
        #expect(entry.summary == "Rūta Petrauskienė no longer mentors the team for “Idėja 1”")
        #expect(db.applying(.assignMentor(teamId: "team-0004", mentorId: "person-0007"), context: Fx.ctx).isCommandSuccess)
    }

    @Test("mentor refusals: no profile, twice, too many per team, not mentoring")
    func mentorRefusals() {
        var (db, _) = Fx.ideaAt(.mentored)
        #expect(Fx.message(.assignMentor(teamId: "team-0001", mentorId: "person-0005"), on: db)
            == "Cannot assign Gabija Stankevičiūtė to the team for “Žalias kiemas”: Gabija Stankevičiūtė is not a mentor (no mentor profile).")
        #expect(Fx.message(.assignMentor(teamId: "team-0001", mentorId: "person-0007"), on: db)
            == "Cannot assign Rūta Petrauskienė to the team for “Žalias kiemas”: Rūta Petrauskienė already mentors this team.")
        db.festival.maxMentorsPerTeam = 1
        #expect(Fx.message(.assignMentor(teamId: "team-0001", mentorId: "person-0009"), on: db)
            == "Cannot assign Ieva Urbonaitė to the team for “Žalias kiemas”: the team already has 1 mentor, the most one team may have.")
        #expect(Fx.message(.removeMentor(teamId: "team-0001", mentorId: "person-0009"), on: db)
            == "Cannot remove Ieva Urbonaitė from the team for “Žalias kiemas”: Ieva Urbonaitė does not mentor this team.")
    }

    // MARK: Forums and workshops

    @Test("forums and discussions check their references")
    func forums() {
        var db = Fx.base()
        #expect(Fx.message(.createForum(title: "", day: Fx.today, place: " ", hostIds: ["person-0001", "person-9999"]), on: db)
            == "Cannot create the forum “”: the title is empty; the place is not written down; the host “person-9999” is not a person in this database.")
        #expect(Fx.message(.recordDiscussion(forumId: "forum-99", ideaId: "idea-99", outcome: ""), on: db)
            == "Cannot record the discussion: there is no forum with the id “forum-99”; there is no idea with the id “idea-99”.")
        Fx.addIdea(&db, upTo: .refined)
        #expect(db.forums.map(\.id) == ["forum-01"])
        #expect(Fx.message(.recordDiscussion(forumId: "forum-01", ideaId: "idea-0001", outcome: "again"), on: db)
            == "Cannot record that “Žalias kiemas” was discussed at “Kiemų forumas”: it has already been recorded.")
    }

    @Test("workshop tracks, sessions and attendance check their references")
    func workshops() throws {
        var (db, _) = Fx.ideaAt(.mentored)
        #expect(Fx.message(.recordAttendance(sessionId: "session-01", teamId: "team-0001"), on: db)
            == "Cannot record that the team for “Žalias kiemas” attended “Problem & people” on 2026-05-01: the team is not enrolled in a workshop track; enroll it in “Idea to intervention” first.")
        #expect(Fx.message(.addWorkshopSession(trackId: "track-1", stageId: "dance", day: Fx.today, place: "Salė"), on: db)
            == "Cannot plan the workshop: the track “Idea to intervention” has no stage “dance”.")
        #expect(Fx.message(.addWorkshopTrack(WorkshopTrack(id: "", name: "Short", stages: [])), on: db)
            == "Cannot add the workshop track “Short”: a track needs at least one stage.")
        #expect(Fx.message(.enrollTeam(teamId: "team-0001", trackId: "track-9"), on: db)
            == "Cannot enroll the team for “Žalias kiemas” in a workshop track: there is no workshop track with the id “track-9”.")

        let track = WorkshopTrack(id: "", name: "Greitas kelias", stages: [WorkshopStage(id: "all", name: "Viskas iš karto")])
        Fx.run(&db, [.addWorkshopTrack(track), .addWorkshopSession(trackId: "track-02", stageId: "all", day: Fx.day(2026, 5, 10), place: "Žalgirio arena")])
        #expect(db.tracks.map(\.id) == ["track-1", "track-02"])
        #expect(db.sessions.last?.id == "session-06")
        Fx.run(&db, [.enrollTeam(teamId: "team-0001", trackId: "track-02"), .recordAttendance(sessionId: "session-06", teamId: "team-0001"),
                     .moveForward(ideaId: "idea-0001"), .setPlan(ideaId: "idea-0001", Fx.plan), .moveForward(ideaId: "idea-0001")])
        #expect(db.ideas[0].stage == .ready)
        #expect(Fx.message(.enrollTeam(teamId: "team-0001", trackId: "track-02"), on: db)
            == "Cannot enroll the team for “Žalias kiemas” in “Greitas kelias”: it is already enrolled there.")
    }

    // MARK: Sponsors and venues

    @Test("sponsors pledge money, help in kind, or both")
    func sponsors() throws {
        var (db, id) = Fx.ideaAt(.team)
        Fx.run(&db, [.addSponsor(name: "Kauno energija", kind: .business)])
        let entry = try db.apply(.addPledge(sponsorId: "sponsor-01", ideaId: id, amount: 500, inKind: "sound equipment"), context: Fx.ctx)
        #expect(entry.summary == "Kauno energija pledged 500 € and “sound equipment” to “Žalias kiemas”")
        #expect(db.sponsors[0].pledges == [Pledge(id: "pledge-0001", ideaId: id, amount: 500, inKind: "sound equipment")])
        #expect(Fx.message(.addPledge(sponsorId: "sponsor-01", ideaId: id, amount: nil, inKind: " "), on: db)
            == "Cannot record the pledge of Kauno energija to “Žalias kiemas”: a pledge needs an amount in euros, something in kind, or both.")
        #expect(Fx.message(.addPledge(sponsorId: "sponsor-09", ideaId: "idea-09", amount: -5, inKind: nil), on: db)
            == "Cannot record the pledge: there is no sponsor with the id “sponsor-09”; there is no idea with the id “idea-09”; an amount must be more than 0 €, not -5 €.")
        #expect(Fx.message(.addSponsor(name: "", kind: .foundation), on: db) == "Cannot add the sponsor: the name is empty.")
    }

    @Test("venues need a known district and opening hours that make sense")
    func venues() throws {
        var db = Fx.base()
        let bad = Venue(id: "venue-01", name: "Nežinoma vieta", district: "Atlantida", address: "", capacity: -3,
                        features: [], opens: ClockTime(18), closes: ClockTime(10))
        #expect(Fx.message(.addVenue(bad), on: db)
            == "Cannot add the venue “Nežinoma vieta”: the id “venue-01” already belongs to Kiemo scena; “Atlantida” is not one of the districts of this database; the capacity cannot be below 0; it opens at 18:00 but closes at 10:00.")
        let good = Venue(id: "", name: "Šančių kiemas", district: "Šančiai", address: "Juozapavičiaus pr. 5", capacity: 50,
                         features: [.outdoor], opens: ClockTime(10), closes: ClockTime(20))
        let entry = try db.apply(.addVenue(good), context: Fx.ctx)
        #expect(db.venues.last?.id == "venue-05")
        #expect(entry.summary == "added the venue Šančių kiemas in Šančiai")
    }

    // MARK: Refusals change nothing

    @Test("a refused command leaves the database exactly as it was", arguments: [
        Command.moveForward(ideaId: "idea-0002"),
        .moveBack(ideaId: "idea-0001", reason: ""),
        .park(ideaId: "idea-0001", reason: "rain"),
        .schedule(ideaId: "idea-0002", venueId: "venue-01", start: ClockTime(12), pinned: false),
        .schedule(ideaId: "idea-0001", venueId: "venue-03", start: ClockTime(12), pinned: true),
        .assignMentor(teamId: "team-0002", mentorId: "person-0008"),
        .addMember(teamId: "team-0001", personId: "person-0003", role: "again"),
        .setPlan(ideaId: "idea-0001", Fx.plan),
        .addIdea(IdeaDraft(title: "", authorId: "x", sectors: [], district: "x")),
        .addPledge(sponsorId: "sponsor-01", ideaId: "idea-0001", amount: nil, inKind: nil),
        .recordAttendance(sessionId: "session-01", teamId: "team-0001"),
    ])
    func refusalChangesNothing(command: Command) throws {
        var db = Fx.base()
        var spec = Fx.Spec()
        spec.mentors = ["person-0008"]
        Fx.addIdea(&db, upTo: .scheduled, spec)
        Fx.addIdea(&db, upTo: .mentored, Fx.quietHour())
        Fx.run(&db, [.addSponsor(name: "Kauno energija", kind: .business)])
        let refusal = try #require(Fx.refusal(command, on: db))  // also checks the database is unchanged
        #expect(!refusal.reasons.isEmpty)
        if case .failure(let error) = db.applying(command, context: Fx.ctx) {
            #expect(error == refusal)
        } else {
            Issue.record("applying(\(command)) succeeded")
        }
    }

    @Test("applying returns the new database and its log entry, leaving the original alone")
    func applyingIsPure() throws {
        let db = Fx.base()
        let applied = try db.applying(.addSponsor(name: "Fondas", kind: .foundation), context: Fx.ctx).get()
        #expect(db.sponsors.isEmpty && db.log.isEmpty)
        #expect(applied.database.sponsors.map(\.name) == ["Fondas"])
        #expect(applied.database.log == [applied.entry])
    }

    // MARK: The log

    @Test("every change is logged with who, when and why")
    func logWhoWhenWhy() throws {
        var (db, id) = Fx.ideaAt(.team)
        let count = db.log.count
        let other = Fx.context(on: Fx.day(2026, 5, 15), actor: "person-0006", hour: 9)
        let entry = try db.apply(.park(ideaId: id, reason: "Lead is ill"), context: other)
        #expect(db.log.count == count + 1)
        #expect(db.log.last == entry)
        #expect(entry.id == "log-\(String(repeating: "0", count: 6 - String(count + 1).count))\(count + 1)")
        #expect(entry.by == "person-0006")
        #expect(entry.at == Timestamp(day: Fx.day(2026, 5, 15), hour: 9))
        #expect(entry.reason == "Lead is ill")
        #expect(entry.ideaId == id)
        #expect(entry.kind == "stage")
        #expect(Set(db.log.map(\.id)).count == db.log.count)
    }

    @Test("ids are unique even when the numbers were not in order")
    func ids() {
        #expect(CommandIDs.next("idea-", width: 4, in: [String]()) == "idea-0001")
        #expect(CommandIDs.next("idea-", width: 4, in: ["idea-0001", "idea-0002"]) == "idea-0003")
        #expect(CommandIDs.next("idea-", width: 4, in: ["idea-0003", "idea-0001"]) == "idea-0004")
        #expect(CommandIDs.next("idea-", width: 4, in: ["žalias", "idea-0009", "mano"]) == "idea-0004")
        #expect(CommandIDs.next("forum-", width: 2, in: ["forum-99"]) == "forum-100")
        #expect(CommandIDs.nextLogID(in: []) == "log-000001")
    }

    // MARK: A whole season

    @Test("after a season of valid commands the database passes every cross-record check and survives a save")
    func seasonIsValid() throws {
        var db = Fx.base()
        Fx.addIdea(&db, upTo: .delivered)
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(venue: "venue-03", start: ClockTime(15)))
        var third = Fx.Spec()
        third.title = "Upės pasakos"
        third.lead = "person-0011"
        third.members = ["person-0012", "person-0006"]
        third.mentors = ["person-0009"]
        let upe = Fx.addIdea(&db, upTo: .workshops, third)
        let park = Fx.addIdea(&db, upTo: .refined, Fx.Spec(title: "Senamiesčio šviesos"))
        Fx.run(&db, [
            .addOpenRole(teamId: Fx.teamId(of: upe, in: db), title: "Storyteller", skills: ["voice"], sectors: [.cultural]),
            .addSponsor(name: "Kauno energija", kind: .business),
            .addSponsor(name: "Miesto fondas", kind: .municipal),
            .addPledge(sponsorId: "sponsor-01", ideaId: upe, amount: 300, inKind: nil),
            .addPledge(sponsorId: "sponsor-02", ideaId: "idea-0001", amount: nil, inKind: "stage lights"),
            .addVenue(Venue(id: "", name: "Aleksoto aikštelė", district: "Aleksotas", address: "", capacity: 120,
                            features: [.outdoor, .power], opens: ClockTime(10), closes: ClockTime(21))),
            .park(ideaId: park, reason: "Waiting for the river season"),
            .reopen(ideaId: park, reason: "Spring is here"),
            .withdraw(ideaId: park, reason: "Merged into “Upės pasakos”"),
            .moveBack(ideaId: "idea-0002", reason: "Swap with another team"),
            .schedule(ideaId: "idea-0002", venueId: "venue-05", start: ClockTime(17), pinned: true),
        ])
        #expect(db.ideas.map(\.stage) == [.delivered, .scheduled, .workshops, .withdrawn])
        #expect(Validator.problems(in: db).isEmpty, "\(Validator.problems(in: db))")
        let reloaded = try DatabaseCodec.decode(DatabaseCodec.encode(db))
        #expect(reloaded == db)
    }
}
