#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IdeaModel
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
/// program's save read in and drawn is "reload", then "ready".
enum TerminalApp {
    static func run(database: Database, stamp: DatabaseFile.Stamp, file given: DatabaseFile, mouse: Bool, lang: Lang,
                    actor: String?, keyLogin: KeyLogin? = nil) throws -> Int32 {
        if let problem = TerminalCheck.problem() {
            throw Failure(problem, code: ExitCodes.ioError)
        }
        Signals.install()
        let terminal = try NcursesTerminal(mouse: mouse)
        defer { terminal.stop() }
        let log = InputLog(path: getenv("IDEA_TUI_INPUT_LOG").map { String(cString: $0) })
        let strings = Strings.of(lang)

        // A lock another program holds: say who on the status line while waiting; a
        // signal ends the wait (the change is then not saved, and the app stops).
        var file = given
        let note = StatusNote(terminal)
        file.locking = DatabaseOptions.locking(environment: ProcessInfo.processInfo.environment) { holder in
            note.show(strings.saving.waitingForLock(strings.model.lockHolder(holder)))
        }
        file.locking.cancelled = { Signals.pending != 0 }
        let drafts = Drafts(beside: file)

        var state = AppState(database: database, path: file.name, size: terminal.size, lang: lang, today: clock().today, actor: actor,
                             zone: FestivalClock.zoneOrUTC)
        // Every change says who made it: without --as, ask once, at the start.
        if actor == nil { state.askWhoYouAre() } else { state.openHomeForActor() }
        // Over ssh the key decides who you are; say so, once.
        if let keyLogin, let name = state.actorName {
            state.message = keyLogin == .ignoredUserVariable ? strings.edit.userVariableIgnored(name) : strings.edit.youAreByKey(name)
        }
        var workspace = Workspace(state: state, session: EditSession(database: database, stamp: stamp),
                                  file: file, clock: clock)
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
        let watch = FileWatch(path: file.path, polling: getenv("IDEA_TUI_WATCH").map { String(cString: $0) } == "poll",
                              now: monotonicMilliseconds())
        var mouseDecoder = MouseDecoder(interval: MouseDecoder.interval(from: getenv("IDEA_TUI_DOUBLE_CLICK_MS").map { String(cString: $0) }))
        terminal.draw(render(workspace.state))
        log.write("ready")
        var quickNothings = 0
        #if DEBUG
        let crash = TestCrash.requested()
        #endif
        while true {
            let sig = Signals.take()
            if sig != 0 {
                log.write("signal \(sig)")
                // Ctrl-C with typed text asks first, as Esc does.
                if sig == SIGINT, workspace.askBeforeInterrupting() {
                    terminal.draw(render(workspace.state))
                    log.write("ready")
                    continue
                }
                // Nothing typed is lost: an open form becomes a draft beside the database.
                if let draft = workspace.state.draft(at: clock().now) { drafts.write(draft) }
                return 128 + sig
            }
            let started = monotonicMilliseconds()
            if watch.check(now: started) {
                switch workspace.fileMayHaveChanged(at: started) {
                case .unchanged: break
                case .reloaded, .unreadable:
                    // Logged like an input, so a test script can wait for the redraw.
                    log.write("reload")
                    terminal.draw(render(workspace.state))
                    log.write("ready")
                }
            }
            if workspace.expireMarks(at: started) { terminal.draw(render(workspace.state)) }
            let effect: Effect
            let input = terminal.read()
            switch input {
            case .nothing:
                // A read that returns at once with nothing, again and again, means the
                // terminal is gone (not a timeout): stop rather than spin.
                if monotonicMilliseconds() - started < Int(NcursesTerminal.readTimeout) / 4 {
                    quickNothings += 1
                    if quickNothings > 100 {
                        if let draft = workspace.state.draft(at: clock().now) { drafts.write(draft) }
                        throw Failure("lost the terminal (reading a key fails at once); stopped", code: ExitCodes.ioError)
                    }
                } else {
                    quickNothings = 0
                }
                continue
            case .ignored:
                quickNothings = 0
                log.write("ignored")
                log.write("ready")
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
            switch effect {
            case .quit: return 0
            case .redrawAll: terminal.redrawAll()
            case .forgetDraft: if let person = workspace.state.actor { drafts.remove(for: person) }
            case .none, .edit: break
            }
            terminal.draw(render(workspace.state))
            log.write("ready")
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
