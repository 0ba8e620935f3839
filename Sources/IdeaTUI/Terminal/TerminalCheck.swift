#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// What must be true before ncurses is started: both ends are a terminal, and TERM names
/// one that can address the cursor. Checked without ncurses printing or exiting, so a
/// failure is one plain line on stderr and never an escape code in a redirected file.
enum TerminalCheck {
    /// Why the interface cannot start here, or nil when it can.
    static func problem() -> String? {
        if isatty(STDOUT_FILENO) == 0 {
            return "idea-tui needs a terminal, but its output goes to a file or pipe; run it in a terminal (for figures as text, use `idea-tui stats`)"
        }
        if isatty(STDIN_FILENO) == 0 {
            return "idea-tui needs a terminal, but its input comes from a file or pipe; run it in a terminal"
        }
        guard let raw = getenv("TERM"), raw.pointee != 0 else {
            return "TERM is not set, so idea-tui cannot tell what terminal this is; set it, e.g. TERM=xterm-256color"
        }
        let term = String(cString: raw)
        if term == "dumb" {
            return "TERM=dumb cannot move the cursor, which idea-tui needs; run it in a full terminal (e.g. TERM=xterm-256color)"
        }
        switch cn_check_terminal(raw, STDOUT_FILENO) {
        case 0: return nil
        case 1: return "the terminal type TERM=\(term) is not known on this system; try TERM=xterm-256color"
        case 2: return "no terminal database (terminfo) was found, so idea-tui cannot drive the terminal; install ncurses-base"
        case 3: return "TERM=\(term) is a printing terminal; idea-tui needs a screen"
        default: return "TERM=\(term) cannot move the cursor, which idea-tui needs; run it in a full terminal (e.g. TERM=xterm-256color)"
        }
    }
}
