#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IdeaModel
import IdeaPostgres
import IdeaUI

/// The terminal interface: checks the terminal, starts ncurses, then runs
/// key → Action → update(state) → render(state, size) → Screen → terminal until quit.
///
/// Exit statuses: 0 after `q`; 128+N after signal N (SIGINT 130, SIGTERM 143, SIGHUP 129);
/// 74 (input/output error) when there is no usable terminal or it goes away. The terminal
/// is restored on every one of these paths.
///
/// For tests, `IDEA_TUI_INPUT_LOG=<file>` appends one line per input read (key, resize or
/// the mouse action), so end-to-end scripts can see what a raw byte sequence became, and
/// a line "ready" each time the app has dealt with its input and drawn the result: a
/// script waits for it instead of guessing how long a busy machine needs. Another
/// program's save read in and drawn is "reload", then "ready". While long work runs off
/// the loop (see `WorkRunner`), a frame drawn for an input is followed by "busy" instead
/// of "ready", and the work's end by "done" (then "ready" once it is drawn).
enum TerminalApp {
    static func run(database: Database, stamp: StoreStamp, store given: any DatabaseStore, mouse: Bool, lang: Lang,
                    actor: String?, keyLogin: KeyLogin? = nil) throws -> Int32 {
        if let problem = TerminalCheck.problem() {
            throw Failure(problem, code: ExitCodes.ioError)
        }
        Signals.install()
        let terminal = try NcursesTerminal(mouse: mouse)
        defer { terminal.stop() }
        let log = InputLog(path: getenv("IDEA_TUI_INPUT_LOG").map { String(cString: $0) })
        let strings = Strings.of(lang)

        // A lock another program holds: say who on the status line while waiting (the
        // save runs off the loop, which shows it); a signal ends the wait (the change is
        // then not saved, and the app stops).
        var store = given
        let lockNote = LockNote()
        if var file = given as? DatabaseFile {
            file.locking = DatabaseOptions.locking(environment: ProcessInfo.processInfo.environment) { holder in lockNote.set(holder) }
            file.locking.cancelled = { Signals.pending != 0 }
            store = file
        }
        // A database server's turn for changes (its advisory lock), the same way.
        if let server = given as? PostgresStore {
            server.waitForTurn(PostgresStore.HoldWaiting(cancelled: { Signals.pending != 0 }, waiting: { lockNote.set($0) }))
        }
        let drafts = Drafts(for: store, environment: ProcessInfo.processInfo.environment)

        var state = AppState(database: database, path: store.name, size: terminal.size, lang: lang, today: clock().today, actor: actor,
                             zone: FestivalClock.zoneOrUTC)
        // Every change says who made it: without --as, ask once, at the start.
        if actor == nil { state.askWhoYouAre() } else { state.openHomeForActor() }
        // Over ssh the key decides who you are; say so, once.
        if let keyLogin, let name = state.actorName {
            state.message = keyLogin == .ignoredUserVariable ? strings.edit.userVariableIgnored(name) : strings.edit.youAreByKey(name)
        }
        var workspace = Workspace(state: state, session: EditSession(database: database, stamp: stamp),
                                  store: store, clock: clock)
        // Whichever way the app ends: the version a save set aside is not left in the folder.
        defer { workspace.session.removeSetAside() }
        // Long work (the auto-scheduler, the mentor suggestion, saving) runs on a thread
        // of its own; the loop keeps reading keys and drawing its progress line.
        workspace.runWorkOffLoop()
        var work: WorkRunner?
        // Every list's search texts, made off the loop once a frame is up, and carried
        // over after each change (see SearchWarmUp).
        let searchWarmUp = SearchWarmUp()
        let hold = WorkHold.fromEnvironment()
        // A draft this person left when the app was stopped is offered back, once.
        var draftOffered = false
        func offerDraft() {
            guard !draftOffered, let person = workspace.state.actor else { return }
            draftOffered = true
            if let draft = drafts.read(for: person) { workspace.offerDraft(draft) }
        }
        offerDraft()
        // Others' saves are looked for between keys (a read waits at most 200 ms), so an
        // idle app does nothing more than wake up to look. IDEA_TUI_WATCH=poll skips inotify.
        let watch = store.watch(polling: getenv("IDEA_TUI_WATCH").map { String(cString: $0) } == "poll",
                                now: monotonicMilliseconds())
        var mouseDecoder = MouseDecoder(interval: MouseDecoder.interval(from: getenv("IDEA_TUI_DOUBLE_CLICK_MS").map { String(cString: $0) }))

        /// Does what an effect asks; true when the app is to quit.
        func perform(_ effect: Effect) -> Bool {
            switch effect {
            case .quit: return true
            case .redrawAll: terminal.redrawAll()
            case .forgetDraft: if let person = workspace.state.actor { drafts.remove(for: person) }
            case .run(let job):
                let runner = WorkRunner(job, started: monotonicMilliseconds(), hold: hold)
                runner.start()
                work = runner
                // Quick work (most saves, a small festival) ends before its line would
                // be seen: it is then shown at once, without a flash of the line.
                _ = runner.wait(milliseconds: 40)
            case .none, .edit: break
            }
            return false
        }
        /// Once the first frame is up, and after each save: on a thread of its own, the save
        /// encoder learns every record's bytes and the store makes the file the next save
        /// writes into, so each change saves as quickly as the next (a save made before
        /// the encoder is done waits for it and goes on from there).
        func prepareSaving() {
            let warming = Thread { [session = workspace.session, store] in session.prepareSaving(for: store) }
            warming.stackSize = 8 << 20
            warming.start()
        }
        /// Takes in the output of work that has ended, then the keys that waited for a
        /// save; true when the app is to quit.
        func settle() -> Bool {
            while true {
                if let runner = work, case .some(let output) = runner.result {
                    work = nil
                    // Nil output: it was cancelled, and the state already says so.
                    if let output {
                        log.write("done")
                        if perform(workspace.finishWork(id: runner.job.id, output)) { return true }
                        if case .saved = output { prepareSaving() }
                    }
                } else if work == nil, let effect = workspace.replayWaiting() {
                    if perform(effect) { return true }
                } else {
                    return false
                }
            }
        }
        /// Draws the state, with the work's progress as it is now; the log's "busy" says
        /// the frame is drawn while work still runs, "ready" that nothing runs.
        func draw(logging: Bool = true) {
            // Work the state no longer runs (Esc cancelled it) is told to stop.
            if let runner = work, workspace.state.work.running?.id != runner.job.id {
                runner.cancel()
                work = nil
            }
            if let runner = work {
                let (done, total) = runner.progress
                workspace.workProgressed(id: runner.job.id, done: done, total: total,
                                         elapsedMilliseconds: monotonicMilliseconds() - runner.started)
                if let holder = lockNote.take() { workspace.say(strings.saving.waitingForLock(strings.model.lockHolder(holder))) }
            }
            terminal.readTimeout = work == nil ? NcursesTerminal.readTimeout : 100
            terminal.draw(render(workspace.state))
            if logging { log.write(work == nil ? "ready" : "busy") }
            searchWarmUp.startIfBehind(workspace.state)
        }

        draw()
        prepareSaving()
        var quickNothings = 0
        #if DEBUG
        let crash = TestCrash.requested()
        #endif
        while true {
            if Signals.pending != 0, let runner = work {
                // A save in flight ends first: it cannot stop half way (a lock wait gives
                // up on the signal), and what became of it decides whether a form's text
                // must be kept as a draft. A computation is dropped; it changed nothing.
                work = nil
                if runner.job.kind.cancellable {
                    runner.cancel()
                } else {
                    runner.waitToEnd()
                    if case .some(.some(let output)) = runner.result { _ = workspace.finishWork(id: runner.job.id, output) }
                }
            }
            let sig = Signals.take()
            if sig != 0 {
                log.write("signal \(sig)")
                // Ctrl-C with typed text asks first, as Esc does.
                if sig == SIGINT, workspace.askBeforeInterrupting() {
                    draw()
                    continue
                }
                // Nothing typed is lost: an open form becomes a draft beside the database.
                if let draft = workspace.state.draft(at: clock().now) { drafts.write(draft) }
                return 128 + sig
            }
            let started = monotonicMilliseconds()
            // Others' saves are read in between keys, never while work runs (a save holds
            // the session; a computation answers for the database it was given).
            // A database server's connection lost or back: said, and logged for tests.
            if let news = watch.news() {
                switch news {
                case .lost(let name):
                    log.write("connection lost")
                    workspace.say(strings.server.connectionLost(name))
                case .back(let name):
                    log.write("connection back")
                    workspace.say(strings.server.connectionBack(name))
                }
                draw()
            }
            if work == nil, watch.check(now: started) {
                switch workspace.fileMayHaveChanged(at: started) {
                case .unchanged: break
                case .reloaded, .unreadable:
                    // Logged like an input, so a test script can wait for the redraw.
                    log.write("reload")
                    draw()
                }
            }
            if workspace.expireMarks(at: started) { draw(logging: false) }
            let effect: Effect
            let input = terminal.read()
            switch input {
            case .nothing:
                // A read that returns at once with nothing, again and again, means the
                // terminal is gone (not a timeout): stop rather than spin.
                if monotonicMilliseconds() - started < Int(terminal.readTimeout) / 4 {
                    quickNothings += 1
                    if quickNothings > 100 {
                        if let draft = workspace.state.draft(at: clock().now) { drafts.write(draft) }
                        throw Failure("lost the terminal (reading a key fails at once); stopped", code: ExitCodes.ioError)
                    }
                } else {
                    quickNothings = 0
                }
                // Work running: its progress line moves, and when it ends, its answer shows.
                if let runner = work {
                    if runner.result != nil {
                        if settle() { return 0 }
                        draw()
                    } else {
                        draw(logging: false)
                    }
                }
                continue
            case .ignored:
                quickNothings = 0
                log.write("ignored")
                log.write(work == nil ? "ready" : "busy")
                continue
            case .resize:
                let size = terminal.size
                log.write("resize \(size.cols)x\(size.rows)")
                // Whatever is open (help, a prompt, a modal), a resize goes through update.
                effect = workspace.update(.resize(size))
                terminal.invalidate()
            case .key(let key):
                log.write("key \(key)")
                #if DEBUG
                crash?.happen()
                #endif
                effect = workspace.handle(key)
            case .mouse(let event):
                let action = mouseDecoder.action(for: event, at: monotonicMilliseconds())
                log.write("mouse \(InputLog.describe(action))")
                effect = workspace.update(action)
            }
            quickNothings = 0
            offerDraft()
            if perform(effect) || settle() { return 0 }
            draw()
        }
    }

    /// Now, for the log, and the festival's calendar day, for the gates.
    @Sendable static func clock() -> (now: Timestamp, today: Day) { FestivalClock.now() }

    static func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}

/// The input log for end-to-end tests (see `TerminalApp`); does nothing without a path.
final class InputLog {
    private let fd: Int32

    init(path: String?) {
        guard let path, !path.isEmpty else { fd = -1; return }
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    }

    deinit { if fd >= 0 { close(fd) } }

    func write(_ line: String) {
        guard fd >= 0 else { return }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
            Glibc.write(fd, buffer.baseAddress, buffer.count)
            #else
            Darwin.write(fd, buffer.baseAddress, buffer.count)
            #endif
        }
    }

    /// "click 5 10", "doubleClick 5 10", "scroll 5 10 -3".
    static func describe(_ action: Action) -> String {
        switch action {
        case .click(let row, let col): return "click \(row) \(col)"
        case .doubleClick(let row, let col): return "doubleClick \(row) \(col)"
        case .scroll(let row, let col, let by): return "scroll \(row) \(col) \(by)"
        default: return "\(action)"
        }
    }
}
