#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import IdeaUI

/// What the terminal said: a key, a new size, a mouse event, something to ignore, or
/// nothing before the timeout.
enum TerminalInput: Equatable {
    case key(Key)
    case resize
    case mouse(MouseEvent)
    /// Input that means nothing here: an unknown special key, a mouse release, a control
    /// character with no key. Not `.nothing`: the read did not time out.
    case ignored
    /// The read timed out (or failed).
    case nothing
}

/// The only place that knows ncurses: starts and stops it, copies a `Screen` out (only
/// the rows that changed), and turns what `wget_wch` reads into `TerminalInput`.
final class NcursesTerminal {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Bool
    private let mouse: Bool
    private var previous: Screen?
    private var stopped = false
    /// Inputs already read, to be returned by the next calls to `read`.
    private var pending: [TerminalInput] = []

    /// Milliseconds a read waits for a key before returning `.nothing`.
    static let readTimeout: Int32 = 200
    /// The wait now: shorter while work runs off the loop, so its progress line moves.
    var readTimeout = NcursesTerminal.readTimeout {
        didSet { if readTimeout != oldValue { wtimeout(window, readTimeout) } }
    }

    /// Starts ncurses on this process's terminal. Call `TerminalCheck` and
    /// `Signals.install` first.
    init(mouse: Bool) throws {
        if !TerminalLocale.isUTF8() { TerminalLocale.apply() }
        FatalRescue.saveMode()
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
        NcursesTerminal.stopFlowControl()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        wtimeout(window, NcursesTerminal.readTimeout)
        ExtraKeys.start()

        colors = NcursesTerminal.startColors()
        self.mouse = mouse
        if mouse {
            // Presses and the wheel only; clicks and double clicks are timed by
            // `MouseDecoder`, so ncurses must report each press at once (interval 0).
            mousemask(NcursesTerminal.mouseMask, nil)
            mouseinterval(0)
        }
        FatalRescue.arm()
    }

    /// Ctrl-S saves a form, so the terminal must not take it as "stop output" (XOFF).
    /// ncurses remembers this as its program mode and restores the shell's own mode,
    /// flow control included, when it stops.
    static func stopFlowControl() {
        var mode = termios()
        guard tcgetattr(STDIN_FILENO, &mode) == 0 else { return }
        mode.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &mode)
        def_prog_mode()
    }

    static var mouseMask: mmask_t { cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed() }

    /// Starts colours and defines a pair per coloured role when `ColorScheme` says to;
    /// returns whether colours are on.
    private static func startColors() -> Bool {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        if let noColor, !noColor.isEmpty { return false }
        guard has_colors() else { return false }
        guard start_color() == OK else { return false }
        let defaultBackground = use_default_colors() == OK
        guard ColorScheme.useColor(noColor: noColor, hasColors: true, colors: Int(cn_colors()),
                                   colorPairs: Int(cn_color_pairs()), defaultBackground: defaultBackground) else { return false }
        for (number, foreground) in ColorScheme.pairs {
            init_pair(number, cursesColor(foreground), -1)
        }
        return true
    }

    static func cursesColor(_ c: TerminalColor) -> Int16 {
        switch c {
        case .terminalDefault: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }

    deinit { stop() }

    /// Restores the terminal. Safe to call more than once.
    func stop() {
        guard !stopped else { return }
        stopped = true
        ExtraKeys.stop()
        endwin()
        delscreen(screenPointer)
        FatalRescue.disarm()
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

    /// Waits up to `readTimeout` for input. One read from the terminal can hold several
    /// inputs (two mouse reports of a double click over a slow link, Esc and a letter);
    /// the ones after the first wait in `pending` and come out first next time.
    func read() -> TerminalInput {
        if !pending.isEmpty { return pending.removeFirst() }
        var ch: wint_t = 0
        let status = wget_wch(window, &ch)
        return interpret(status: status, code: ch)
    }

    /// What one `wget_wch` result is, reading what belongs to it (the rest of an escape
    /// sequence or a paste, the mouse events).
    private func interpret(status: Int32, code ch: wint_t) -> TerminalInput {
        if status == KEY_CODE_YES, Int32(bitPattern: ch) == KEY_MOUSE { return readMouse() }
        if status == KEY_CODE_YES, Int32(bitPattern: ch) == ExtraKeys.pasteStart { return readPaste() }
        if status == OK, ch == 27 { return readEscape() }
        return NcursesTerminal.input(status: status, code: ch)
    }

    /// Every mouse event ncurses has: when several reports came in one read it keeps them
    /// all but says KEY_MOUSE once, and `getmouse` gives them newest first.
    private func readMouse() -> TerminalInput {
        guard mouse else {
            discardMouseReport()
            return .ignored
        }
        var events: [MouseEvent] = []
        var event = MEVENT()
        while events.count < 64, getmouse(&event) == OK {
            if let e = NcursesTerminal.mouseEvent(event.bstate, row: Int(event.y), col: Int(event.x)) { events.append(e) }
        }
        guard let first = events.last else { return .ignored }
        pending += events.dropLast().reversed().map(TerminalInput.mouse)
        return .mouse(first)
    }

    /// ESC that ncurses did not make into a key. Alone (nothing follows at once), it is
    /// Esc. Followed by `[` or `O`, it starts a sequence this terminal's terminfo does not
    /// list: `EscapeParser` reads it whole and says what key it is, or swallows it.
    /// Followed by anything else, it is Esc and then that input, as before.
    private func readEscape() -> TerminalInput {
        var ch: wint_t = 0
        // What came with the ESC is already read (ncurses looked at it); no waiting here.
        wtimeout(window, 0)
        defer { wtimeout(window, readTimeout) }
        let status = wget_wch(window, &ch)
        guard status != ERR else { return .key(.escape) }
        guard status == OK, EscapeParser.starts(ch) else {
            pending.append(interpret(status: status, code: ch))
            return .key(.escape)
        }
        var parser = EscapeParser()
        var step = parser.feed(ch)
        // The rest of a sequence normally comes in the same write; allow for a slow link.
        wtimeout(window, NcursesTerminal.sequenceByteWait)
        while step == .more {
            let status = wget_wch(window, &ch)
            if status == ERR { return deliver(parser.finish()) }
            if status != OK {
                // A key ncurses decoded: the sequence was cut short; keep the key.
                pending.append(interpret(status: status, code: ch))
                return deliver(parser.finish())
            }
            step = parser.feed(ch)
        }
        guard case .done(let input) = step else { return .ignored }
        return deliver(input)
    }

    /// Milliseconds to wait for each further character of an escape sequence.
    static let sequenceByteWait: Int32 = 50

    private func deliver(_ input: EscapeInput) -> TerminalInput {
        switch input {
        case .key(let key): return .key(key)
        case .mouse(let event): return mouse ? .mouse(event) : .ignored
        case .pasteStart: return readPaste()
        case .ignored: return .ignored
        }
    }

    /// Everything up to the end of a bracketed paste, as one key; a paste that never
    /// ends (a terminal cut off mid-way) stops after a quiet half second or 1 MB.
    private func readPaste() -> TerminalInput {
        wtimeout(window, 500)
        defer { wtimeout(window, readTimeout) }
        var scalars: [Unicode.Scalar] = []
        var ch: wint_t = 0
        while scalars.count < 1 << 20 {
            let status = wget_wch(window, &ch)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(bitPattern: ch) == ExtraKeys.pasteEnd { break }
                continue
            }
            if let scalar = Unicode.Scalar(ch) { scalars.append(scalar) }
        }
        return .key(.paste(ExtraKeys.cleanPaste(scalars)))
    }

    /// With the mouse off, ncurses still recognises the start of a mouse report (a
    /// terminal left in mouse mode by another program) but leaves the rest unread, where
    /// it would turn into key presses. Reads it away: three bytes for X10 reports, up to
    /// the final M or m for SGR ones.
    private func discardMouseReport() {
        let sgr = cn_key_mouse().map { String(cString: $0).hasSuffix("<") } ?? false
        wtimeout(window, 0)
        defer { wtimeout(window, readTimeout) }
        var ch: wint_t = 0
        for _ in 0..<(sgr ? 24 : 3) {
            guard wget_wch(window, &ch) == OK else { return }
            if sgr, ch == 0x4D || ch == 0x6D { return }  // M, m
        }
    }

    // MARK: Mapping

    /// What `wget_wch` returned, for everything but mouse events (which need `getmouse`).
    static func input(status: Int32, code: wint_t) -> TerminalInput {
        if status == KEY_CODE_YES {
            let special = Int32(bitPattern: code)
            if special == KEY_RESIZE { return .resize }
            return (key(special) ?? ExtraKeys.key(special)).map(TerminalInput.key) ?? .ignored
        }
        if status == OK { return character(code).map(TerminalInput.key) ?? .ignored }
        return .nothing
    }

    /// A character read (not a special key): control characters that are keys (Esc, Enter,
    /// Tab, Backspace, Ctrl-letter), or any printable character, ASCII or not (ž, š, ą, 語).
    /// Other control characters (NUL, C1 codes, Ctrl-\ …) and invalid code points are nil.
    static func character(_ code: wint_t) -> Key? {
        switch code {
        case 0, 28...31, 0x80...0x9F: return nil
        case 1...27, 127: return Key(code: code)
        default:
            guard Unicode.Scalar(code) != nil else { return nil }
            return Key(code: code)
        }
    }

    /// The mouse event in an ncurses event state, or nil for what the app does not use.
    static func mouseEvent(_ state: mmask_t, row: Int, col: Int) -> MouseEvent? {
        if state & (cn_button1_pressed() | cn_button1_clicked()) != 0 { return .press(row: row, col: col) }
        if state & cn_button4_pressed() != 0 { return .wheelUp(row: row, col: col) }
        if cn_button5_pressed() != 0, state & cn_button5_pressed() != 0 { return .wheelDown(row: row, col: col) }
        return nil
    }

    static func key(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_BEG, KEY_FIND, KEY_A1, KEY_SHOME: return .home
        case KEY_END, KEY_SELECT, KEY_C1, KEY_SEND: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
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

    private func attributes(_ style: Style) -> Int32 {
        var a = cn_a_normal()
        if style.bold { a |= cn_a_bold() }
        if style.dim { a |= cn_a_dim() }
        if style.reverse { a |= cn_a_reverse() }
        if style.underline { a |= cn_a_underline() }
        if colors {
            let pair = ColorScheme.pair(style.role)
            if pair != 0 { a |= attr_t(COLOR_PAIR(Int32(pair))) }
        }
        return Int32(truncatingIfNeeded: a)
    }

    /// The terminal's width of a code point under the current locale.
    static func wcwidthOf(_ s: Unicode.Scalar) -> Int {
        Int(cn_wcwidth(s.value))
    }
}
