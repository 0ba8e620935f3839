#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import IdeaUI

/// The terminal interface: checks the terminal, starts ncurses, then runs
/// key → Action → update(state) → render(state, size) → Screen → terminal until quit.
///
/// Exit statuses: 0 after `q`; 128+N after signal N (SIGINT 130, SIGTERM 143, SIGHUP 129);
/// 74 (input/output error) when there is no usable terminal or it goes away. The terminal
/// is restored on every one of these paths.
enum TerminalApp {
    static func run(database: Database, stamp: DatabaseFile.Stamp, path: String, mouse: Bool) throws -> Int32 {
        if let problem = TerminalCheck.problem() {
            throw Failure(problem, code: ExitCodes.ioError)
        }
        Signals.install()
        let terminal = try NcursesTerminal(mouse: mouse)
        defer { terminal.stop() }

        var state = AppState(database: database, path: path, size: terminal.size)
        terminal.draw(render(state))
        var quickNothings = 0
        while true {
            let sig = Signals.take()
            if sig != 0 { return 128 + sig }
            let started = monotonicMilliseconds()
            let effect: Effect
            switch terminal.read() {
            case .nothing:
                // A read that returns at once with nothing, again and again, means the
                // terminal is gone (not a timeout): stop rather than spin.
                if monotonicMilliseconds() - started < Int(NcursesTerminal.readTimeout) / 4 {
                    quickNothings += 1
                    if quickNothings > 100 {
                        throw Failure("lost the terminal (reading a key fails at once); stopped", code: ExitCodes.ioError)
                    }
                } else {
                    quickNothings = 0
                }
                continue
            case .resize:
                effect = state.update(.resize(terminal.size))
                terminal.invalidate()
            case .key(let key):
                effect = state.handle(key)
            case .click(let row, let col):
                effect = state.update(.click(row: row, col: col))
            }
            quickNothings = 0
            switch effect {
            case .quit: return 0
            case .redrawAll: terminal.redrawAll()
            case .none: break
            }
            terminal.draw(render(state))
        }
    }

    static func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}
