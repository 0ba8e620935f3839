#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import IdeaUI

/// What the terminal said: a key, a new size, a mouse click, or nothing before the timeout.
enum TerminalInput: Equatable {
    case key(Key)
    case resize
    case click(row: Int, col: Int)
    case nothing
}

/// The only place that knows ncurses: starts and stops it, copies a `Screen` out (only
/// the rows that changed), and turns what `wget_wch` reads into `TerminalInput`.
final class NcursesTerminal {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Bool
    private var previous: Screen?
    private var stopped = false

    /// Milliseconds a read waits for a key before returning `.nothing`.
    static let readTimeout: Int32 = 200

    /// Starts ncurses on this process's terminal. Call `TerminalCheck` and
    /// `Signals.install` first.
    init(mouse: Bool) throws {
        setlocale(LC_ALL, "")
        guard let s = cn_newterm(nil) else {
            throw Failure("the terminal could not be started (ncurses newterm failed for TERM=\(getenv("TERM").map { String(cString: $0) } ?? "?"))",
                          code: ExitCodes.ioError)
        }
        screenPointer = s
        set_term(s)
        guard let w = cn_stdscr() else {
            endwin()
            delscreen(s)
            throw Failure("the terminal could not be started (no screen window)", code: ExitCodes.ioError)
        }
        window = w
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        wtimeout(window, NcursesTerminal.readTimeout)

        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors() && !noColor {
            start_color()
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            for role in ColorRole.allCases where role != .normal {
                init_pair(Int16(role.rawValue), NcursesTerminal.foreground(role), background)
            }
            colors = true
        } else {
            colors = false
        }
        if mouse {
            mousemask(cn_button1_pressed() | cn_button1_clicked(), nil)
            mouseinterval(0)
        }
    }

    deinit { stop() }

    /// Restores the terminal. Safe to call more than once.
    func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screenPointer)
    }

    var size: Size {
        var rows: Int32 = 0, cols: Int32 = 0
        cn_getmaxyx(window, &rows, &cols)
        return Size(cols: Int(cols), rows: Int(rows))
    }

    /// The next time `draw` runs, every cell is sent and the terminal is cleared first.
    func redrawAll() {
        clearok(cn_curscr(), true)
        previous = nil
    }

    /// Forgets what is on the terminal (after a resize), so the next draw sends every row.
    func invalidate() { previous = nil }

    func draw(_ screen: Screen) {
        let rows = screen.rows, cols = screen.cols
        for row in 0..<rows where screen.rowDiffers(row, from: previous) {
            var col = 0
            while col < cols {
                let style = screen[row, col].style
                let start = col
                var text: [wchar_t] = []
                while col < cols, screen[row, col].style == style {
                    for s in TerminalText.text(for: screen[row, col], scalarWidth: NcursesTerminal.wcwidthOf).unicodeScalars {
                        text.append(wchar_t(bitPattern: s.value))
                    }
                    col += 1
                }
                wattrset(window, attributes(style))
                // The bottom-right cell cannot move the cursor on; ncurses says ERR but draws it.
                _ = mvwaddnwstr(window, Int32(row), Int32(start), text, Int32(text.count))
            }
        }
        wattrset(window, 0)
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    /// Waits up to `readTimeout` for input.
    func read() -> TerminalInput {
        var ch: wint_t = 0
        let result = wget_wch(window, &ch)
        if result == ERR { return .nothing }
        if result == KEY_CODE_YES {
            let code = Int32(bitPattern: ch)
            switch code {
            case KEY_RESIZE: return .resize
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK,
                      event.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 else { return .nothing }
                return .click(row: Int(event.y), col: Int(event.x))
            default:
                return NcursesTerminal.key(code).map(TerminalInput.key) ?? .nothing
            }
        }
        return .key(Key(code: ch))
    }

    // MARK: Mapping

    static func key(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    static func foreground(_ role: ColorRole) -> Int16 {
        switch role {
        case .normal, .muted: return -1
        case .title: return Int16(COLOR_BLUE)
        case .heading, .accent: return Int16(COLOR_CYAN)
        case .key: return Int16(COLOR_YELLOW)
        case .bar, .good: return Int16(COLOR_GREEN)
        case .warning: return Int16(COLOR_RED)
        }
    }

    private func attributes(_ style: Style) -> Int32 {
        var a = cn_a_normal()
        if style.bold { a |= cn_a_bold() }
        if style.dim { a |= cn_a_dim() }
        if style.reverse { a |= cn_a_reverse() }
        if style.underline { a |= cn_a_underline() }
        if colors && style.role != .normal { a |= attr_t(COLOR_PAIR(Int32(style.role.rawValue))) }
        return Int32(truncatingIfNeeded: a)
    }

    /// The terminal's width of a code point under the current locale.
    static func wcwidthOf(_ s: Unicode.Scalar) -> Int {
        Int(cn_wcwidth(s.value))
    }
}
