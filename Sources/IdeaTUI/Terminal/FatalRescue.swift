#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import CTerminalRescue

/// The fatal-error path: if the app dies of a trap, an abort or a bad memory access while
/// ncurses has the terminal, a signal handler (in C, see TerminalRescue.h) writes what
/// turns off everything the app turned on, restores the terminal mode saved before
/// ncurses started, and lets the signal end the process as it would have. `q`, Ctrl-C and
/// `kill` go through `endwin` instead (see `Signals`).
enum FatalRescue {
    /// Mouse reporting (every mode ncurses or another program may have asked for) and
    /// bracketed paste off.
    static let reportingOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1005l\u{1B}[?1006l\u{1B}[?1015l\u{1B}[?2004l"

    /// What the handler writes: reporting off, then the terminal's own sequences for
    /// plain text, the normal cursor, the keypad's normal mode and leaving the alternate
    /// screen (its terminfo strings, where it has them; a fallback for the cursor and
    /// attributes, which every terminal that runs idea-tui understands).
    static func restoreBytes(terminfo: (String) -> String?) -> [UInt8] {
        let text = reportingOff + (terminfo("sgr0") ?? "\u{1B}[m") + (terminfo("cnorm") ?? "\u{1B}[?25h")
            + (terminfo("rmkx") ?? "") + (terminfo("rmcup") ?? "")
        return Array(text.utf8)
    }

    /// Before ncurses starts: the mode to give back.
    static func saveMode() { _ = rescue_save_mode(STDIN_FILENO) }

    /// Once ncurses has started (terminfo is loaded): installs the handlers.
    static func arm() {
        let bytes = restoreBytes { name in cn_tigetstr(name).map { String(cString: $0) } }
        _ = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { rescue_arm(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
    }

    /// After ncurses has given the terminal back.
    static func disarm() { rescue_disarm() }
}
