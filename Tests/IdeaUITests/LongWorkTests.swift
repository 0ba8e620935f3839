import IdeaModel
@testable import IdeaUI
import Testing

/// Long work off the loop, on the state's side: the auto-scheduler and the mentor
/// suggestion become a `Job` and a progress line; Esc (or q, or Q) cancels with nothing
/// changed; moving around goes on; other keys are refused, saying why; the answer shown
/// when the work ends is the one shown when it ran at once. A save cannot be stopped:
/// Esc says so and other keys wait for its end, then act in order.
@Suite struct LongWorkTests {
    /// The grid, off the loop, `A` pressed: the auto-scheduler's job and the state with it.
    static func scheduling(_ size: Size = Size(cols: 100, rows: 30), lang: Lang = .en,
                           db: Database = SampleDatabase.database) -> (AppState, Job?) {
        var state = AppState(database: db, path: "ideas.db.json", size: size, lang: lang, today: SampleDatabase.day, actor: "p-ruta")
        state.work.offLoop = true
        state.handle(.char("9"))
        guard case .run(let job) = state.handle(.char("A")) else { return (state, nil) }
        return (state, job)
    }

    @Test func aStartsTheSchedulerOffTheLoopAndItsAnswerIsTheOneShownAtOnce() throws {
        let (running, job) = Self.scheduling()
        let started = try #require(job)
        #expect(running.work.running?.kind == .autoSchedule(ideas: 2))
        #expect(running.overlay == nil)
        // The same database, the same answer: the question a state not run off the loop asks.
        var atOnce = WindowKeysTests.pressing([.char("9"), .char("A")])
        atOnce.message = nil
        var state = running
        _ = state.finishWork(id: started.id, try #require(started.run()))
        #expect(!state.isWorking)
        #expect(state.overlay == atOnce.overlay)
        guard case .notice(let notice)? = state.overlay else { Issue.record("expected the question"); return }
        #expect(notice.confirm != nil)
    }

    /// A terminal too small for the screens still shows what runs and how to stop it.
    @Test func theTooSmallScreenShowsTheProgressAndTheWayToStop() throws {
        let (running, job) = Self.scheduling()
        _ = try #require(job)
        var small = running
        small.size = Size(cols: 30, rows: 12)
        let text = render(small).lines.joined(separator: "\n")
        #expect(text.contains("Scheduling 2") && text.contains("Esc cancel"), "\(text)")
    }

    @Test func escCancelsWithNothingChangedAndALateAnswerIsDropped() throws {
        let (before, job) = Self.scheduling()
        let started = try #require(job)
        for key: Key in [.escape, .char("q")] {
            var state = before
            #expect(state.handle(key) == Effect.none)
            #expect(!state.isWorking)
            #expect(state.message == "Automatic scheduling cancelled; nothing was changed.")
            #expect(state.database == before.database && state.route == .grid && state.overlay == nil)
            // The job's answer, should it still come, changes nothing.
            _ = state.finishWork(id: started.id, try #require(started.run()))
            #expect(state.overlay == nil && state.database == before.database)
            // Esc again is the grid's own Esc (back), not a second cancel.
            state.handle(.escape)
            #expect(state.route == .dashboard)
        }
        // The job itself stops when its progress says so, and gives nothing.
        var asked = 0
        #expect(started.run { _, _ in
            asked += 1
            return asked < 3
        } == nil)
    }

    @Test func qStopsTheWorkFirstAndDoesNotQuit() {
        var (state, _) = Self.scheduling()
        #expect(state.handle(.char("Q")) == Effect.none)
        #expect(state.isRunning && !state.isWorking)
        #expect(state.message == "Automatic scheduling cancelled; nothing was changed. Q again quits.")
        #expect(state.handle(.char("Q")) == .quit)
    }

    @Test func movingGoesOnWhileItRuns() {
        let (running, _) = Self.scheduling()
        var state = running
        state.handle(.down)
        #expect(state.grid.venue == 1)
        state.handle(.right)
        #expect(state.grid.minute != running.grid.minute)
        state.handle(.char("2"))
        #expect(state.route == .list(.ideas))
        state.handle(.down)
        #expect(state.list(.ideas).selected == 1)
        state.handle(.enter)
        #expect(state.route.isTab == false)
        state.handle(.tab)
        #expect(state.route == .board)
        state.update(.resize(Size(cols: 80, rows: 24)))
        #expect(state.size == Size(cols: 80, rows: 24))
        #expect(state.handle(.ctrl("l")) == .redrawAll)
        #expect(state.isWorking && state.message == nil)
    }

    /// Every key that would open a window or change something is refused while it runs,
    /// with a message; the state is otherwise as it was.
    @Test(arguments: [Key.char("u"), .ctrl("r"), .char("p"), .char("c"), .char("+"), .char("/"), .char("\\"), .char("f"),
                      .char("?"), .function(1), .char("~"), .char("x"), .char("!"), .char("A"), .char("z"), .char("M"), .char("a")])
    func otherKeysAreRefusedSayingWhy(_ key: Key) {
        let (running, _) = Self.scheduling()
        var state = running
        #expect(state.handle(key) == Effect.none)
        #expect(state.message == "Still scheduling: until it ends only moving around and switching screens work; Esc cancels it.")
        // The refusal is kept among the messages (~); nothing else changed.
        #expect(state.messageLog == running.messageLog + [state.message ?? ""])
        var unchanged = running
        unchanged.message = state.message
        #expect(state == unchanged, "\(key)")
    }

    @Test func aClickOnEscCancelCancelsAndTheRestOfTheLineDoesNothing() {
        let (running, _) = Self.scheduling()
        var state = running
        let row = state.size.rows - 1
        state.update(.click(row: row, col: 30))
        #expect(state.isWorking)
        state.update(.click(row: row, col: 2))
        #expect(!state.isWorking && state.message?.hasPrefix("Automatic scheduling cancelled") == true)
    }

    @Test func theProgressLineSaysWhatHowFarAndHowLong() {
        var (state, _) = Self.scheduling()
        let id = state.work.running?.id ?? 0
        state.workProgressed(id: id, done: 412, total: 1_000, elapsedMilliseconds: 2_149)
        #expect(render(state).lines.last?.hasPrefix(" Esc cancel  Scheduling 2 ready ideas: 41% …, 2.1 s") == true)
        state.workProgressed(id: id + 1, done: 999, total: 1_000, elapsedMilliseconds: 9_000)
        #expect(state.work.running?.done == 412, "another job's progress is not this one's")
        // Never 100% before the end.
        state.workProgressed(id: id, done: 1_000, total: 1_000, elapsedMilliseconds: 9_000)
        #expect(state.work.running?.percent == 99)
        // A refusal's message comes after the figures, in place of the name.
        state.handle(.char("u"))
        #expect(render(state).lines.last?.hasPrefix(" Esc cancel  99% …, 9.0 s · Still scheduling") == true)
    }

    @Test(arguments: [Lang.en, .lt])
    func golden(_ lang: Lang) {
        var (state, _) = Self.scheduling(Size(cols: 80, rows: 24), lang: lang, db: Generator.database(ideas: 60, seed: 3))
        state.workProgressed(id: state.work.running?.id ?? 0, done: 4_120, total: 10_000, elapsedMilliseconds: 2_100)
        let screen = render(state)
        Golden.check(screen.golden, "long-work-grid-\(lang == .en ? "" : "lt-")80x24.txt")
        DashboardGoldenTests.checkShape(screen)
    }

    @Test func theMentorSuggestionRunsOffTheLoopToo() throws {
        var db = SampleDatabase.database
        if let i = db.people.firstIndex(where: { $0.id == "p-aiste" }) { db.people[i].mentor?.capacity = 5 }
        var state = AppState(database: db, path: "ideas.db.json", size: Size(cols: 100, rows: 30), today: SampleDatabase.day, actor: "p-ruta")
        var atOnce = state
        state.work.offLoop = true
        guard case .run(let job) = state.openMentorSuggestion() else { Issue.record("expected a job"); return }
        let expected = MentorSuggestion.suggest(db)
        #expect(state.work.running?.kind == .suggestMentors(teams: expected.assignments.count + expected.unplaced.count))
        state.workProgressed(id: job.id, done: 3, total: 10, elapsedMilliseconds: 300)
        #expect(render(state).lines.last?.contains("Suggesting mentors for") == true)
        state.handle(.char("u"))
        #expect(state.message?.hasPrefix("Still looking for mentors") == true)
        _ = state.finishWork(id: job.id, try #require(job.run()))
        atOnce.openMentorSuggestion()
        #expect(state.overlay == atOnce.overlay)
        guard case .menu(let menu)? = state.overlay else { Issue.record("expected the preview"); return }
        #expect(menu.purpose == .suggestions)
        // Cancelled, it says so in its own words.
        var again = AppState(database: db, path: "ideas.db.json", size: Size(cols: 100, rows: 30), actor: "p-ruta")
        again.work.offLoop = true
        again.openMentorSuggestion()
        again.handle(.escape)
        #expect(again.message == "Mentor suggestion cancelled; nothing was changed." && again.overlay == nil)
    }

    /// Random keys, resizes and clicks with the auto-scheduler and the mentor suggestion
    /// starting, running and ending at random moments: while work runs the database never
    /// changes and the last row is its progress line; every frame is the terminal's width.
    @Test(arguments: [UInt64(31), 32, 33])
    func randomKeysWhileWorkRuns(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var state = WindowKeysTests.state(Size(cols: 80, rows: 24))
        state.work.offLoop = true
        var job: Job?
        var stepsWorking = 0, finished = 0
        let keys = WindowFuzzTests.keys + [.char("9"), .char("A"), .char("A"), .escape, .char("Q"), .char("j"), .char("c"), .enter]
        for step in 0..<1_500 {
            if rng.next() % 50 == 0 {
                state.update(.resize([Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 130, rows: 35)][Int(rng.next() % 3)]))
            }
            let key = keys[Int(rng.next() % UInt64(keys.count))]
            // Keys that would end the run: Esc on the dashboard, Q with nothing running.
            if !state.isWorking, key == .char("Q") || (key == .escape && state.route == .dashboard && state.overlay == nil) { continue }
            let before = state.database, working = state.isWorking
            if !working, rng.next() % 15 == 0 {
                // Now and then work starts: the grid's A, or the suggested mentors.
                state.overlay = nil
                state.searchInput = nil
                state.filterInput = nil
                let effect = rng.next() % 3 == 0 ? state.openMentorSuggestion() : { state.handle(.char("9")); return state.handle(.char("A")) }()
                if case .run(let started) = effect { job = started }
            } else if rng.next() % 20 == 0 {
                state.update(.click(row: Int(rng.next() % UInt64(state.size.rows)), col: Int(rng.next() % UInt64(state.size.cols))))
            } else if case .run(let started) = state.handle(key) {
                job = started
            }
            if working || state.isWorking { #expect(state.database == before, "step \(step)") }
            if state.isWorking { stepsWorking += 1 }
            if state.isWorking, state.fits {
                #expect(render(state).lines.last.map { $0.hasPrefix(" Esc ") } == true, "step \(step)")
            }
            if rng.next() % 25 == 0, let started = job {
                if let output = started.run(), state.work.running?.id == started.id {
                    _ = state.finishWork(id: started.id, output)
                    finished += 1
                }
                job = nil
            }
            #expect(render(state).lines.allSatisfy { DisplayWidth.of($0) == state.size.cols }, "step \(step)")
        }
        // The run went where it should: work running for many steps, and answers shown.
        #expect(stepsWorking > 100 && finished > 3, "\(stepsWorking) steps working, \(finished) answers")
    }

    /// The words of both languages, with Lithuanian plural forms and numbers as each
    /// language writes them; no English word in the Lithuanian set.
    @Test func bothLanguagesSayIt() {
        let en = WorkStrings.en, lt = WorkStrings.lt
        #expect(en.scheduling(1) == "Scheduling 1 ready idea" && en.scheduling(1_000) == "Scheduling 1,000 ready ideas")
        #expect(lt.scheduling(1) == "Planuojama 1 paruošta idėja")
        #expect(lt.scheduling(3) == "Planuojamos 3 paruoštos idėjos")
        #expect(lt.scheduling(12) == "Planuojama 12 paruoštų idėjų")
        #expect(lt.scheduling(21) == "Planuojama 21 paruošta idėja")
        #expect(lt.scheduling(1_000) == "Planuojama 1 000 paruoštų idėjų")
        #expect(lt.suggesting(1) == "Ieškoma mentorių 1 komandai" && lt.suggesting(2) == "Ieškoma mentorių 2 komandoms")
        #expect(lt.suggesting(30) == "Ieškoma mentorių 30 komandų" && en.suggesting(1) == "Suggesting mentors for 1 team")
        #expect(en.seconds(21) == "2.1 s" && lt.seconds(21) == "2,1 s" && lt.seconds(5) == "0,5 s")
        #expect(en.percent(41) == "41%" && lt.percent(41) == "41 %")
        #expect(lt.keysWait(1) == "1 klavišas laukia pabaigos" && lt.keysWait(10) == "10 klavišų laukia pabaigos")
        #expect(en.keysWait(1) == "1 key waits for it" && en.keysWait(2) == "2 keys wait for it")
        func said(_ w: WorkStrings) -> [String] {
            [w.scheduling(5), w.suggesting(5), w.saving, w.keysWait(5), w.scheduleCancelled, w.suggestionCancelled,
             w.quitAgain, w.cannotStopSaving, w.stillScheduling, w.stillSuggesting]
        }
        let english = Set(said(en).flatMap(ModelWordsTests.words))
        let shared = Set(said(lt).flatMap(ModelWordsTests.words)).intersection(english).subtracting(ModelWordsTests.shared)
        #expect(shared.subtracting(["esc", "q"]).isEmpty, "English words in Lithuanian: \(shared)")
    }
}

/// Saving off the loop, through a workspace on a real file: it cannot be stopped, keys
/// pressed meanwhile wait and then act in order, and the file is written only by the save.
@Suite(.serialized) struct SavingOffTheLoopTests {
    /// The grid's question answered yes, off the loop: the save's job, not yet run.
    static func saving() throws -> (EditBench, Job) {
        var bench = try EditBench()
        bench.workspace.runWorkOffLoop()
        bench.press(.char("9"))
        guard case .run(let schedule) = bench.workspace.handle(.char("A")), let answer = schedule.run() else {
            throw Stop("the auto-scheduler did not start")
        }
        _ = bench.workspace.finishWork(id: schedule.id, answer)
        guard case .run(let save) = bench.workspace.handle(.char("y")) else { throw Stop("the save did not start") }
        return (bench, save)
    }

    struct Stop: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func keysWaitForTheSaveAndEscCannotStopIt() throws {
        var (bench, save) = try Self.saving()
        let before = try #require(bench.onDisk)
        #expect(bench.state.work.running?.kind == .saving)
        #expect(bench.workspace.handle(.escape) == Effect.none)
        #expect(bench.state.message == "Saving cannot be stopped now: the file is written whole or not at all.")
        #expect(bench.state.isWorking)
        // Keys wait, in order; the screen says how many.
        bench.press(.char("2"), .down, .down)
        #expect(bench.state.route == .grid)
        #expect(bench.state.work.running?.keysWaiting == 3)
        #expect(bench.screen.lines.last?.contains("Saving … 0.0 s · 3 keys wait for it") == true)
        #expect(bench.workspace.handle(.ctrl("l")) == .redrawAll)
        #expect(bench.onDisk == before, "nothing is written before the save runs")
        // The save runs (on the terminal's thread) and is taken in; then the keys act.
        #expect(bench.workspace.finishWork(id: save.id, try #require(save.run())) == Effect.none)
        #expect(bench.state.message?.hasPrefix("saved: scheduled") == true)
        #expect(bench.onDisk?.festival.slots.count == before.festival.slots.count + AutoScheduler.run(before).placements.count)
        while let effect = bench.workspace.replayWaiting() { #expect(effect == Effect.none) }
        #expect(bench.state.route == .list(.ideas) && bench.state.list(.ideas).selected == 2)
        #expect(bench.workspace.waiting.isEmpty)
    }

    /// Others' saves are read in only once the work has ended: a computation answers for
    /// the database it was given, and the question it asks is about that one.
    @Test func othersSavesWaitForTheWorkToEnd() throws {
        var bench = try EditBench()
        bench.workspace.runWorkOffLoop()
        bench.press(.char("9"))
        guard case .run(let schedule) = bench.workspace.handle(.char("A")) else { throw Stop("the auto-scheduler did not start") }
        var theirs = SampleDatabase.database
        theirs.festival.title = "Changed by someone else"
        let other = DatabaseFile(path: bench.path)
        _ = try other.save(theirs, expected: try other.load().1)
        #expect(bench.workspace.fileMayHaveChanged(at: 0) == .unchanged)
        #expect(bench.state.database.festival.title != theirs.festival.title)
        _ = bench.workspace.finishWork(id: schedule.id, try #require(schedule.run()))
        #expect(bench.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        #expect(bench.state.database.festival.title == theirs.festival.title)
    }

    @Test func aSaveCannotBeCancelledAndQWaitsForIt() throws {
        var (bench, save) = try Self.saving()
        // A progress that says stop does not stop a save.
        let output = try #require(save.run { _, _ in false })
        bench.press(.char("Q"))
        #expect(bench.state.isRunning)
        _ = bench.workspace.finishWork(id: save.id, output)
        let db = SampleDatabase.database
        #expect(bench.onDisk?.festival.slots.count == db.festival.slots.count + AutoScheduler.run(db).placements.count)
        // Q then quits, once the save is in.
        #expect(bench.workspace.replayWaiting() == .quit)
    }
}
