import IdeaUI

/// What an escape sequence means to the app.
enum EscapeInput: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The start of a bracketed paste: the text up to ESC[201~ follows.
    case pasteStart
    /// A whole sequence that means nothing here (an unknown key, a release, focus
    /// reports): swallowed, never replayed as Esc and letters.
    case ignored
}

/// Reads the rest of an escape sequence that ncurses did not recognise, one character at
/// a time, and says what it was. Pure, so it is tested without a terminal.
///
/// ncurses decodes only the sequences the terminfo entry of the current TERM lists; for
/// any other (Home as ESC[1~ under TERM=xterm-256color, Ctrl-Home, a key of another
/// terminal) it hands over ESC and then the rest as separate keys, which would go back a
/// screen and then type "[1~". The backend gives every character that follows ESC at once
/// (no waiting) to `feed` until it says `.done`; if nothing more comes in time, `finish`.
///
/// Covered: CSI (`ESC [` parameters, intermediates, one final byte; xterm's modifiers
/// `1;5H`; rxvt's finals `^ $ @`), SS3 (`ESC O` with an optional modifier, one final
/// byte), the Linux console's `ESC [ [ A`…`E` (F1–F5), and mouse reports in both the X10
/// (`ESC [ M` and three bytes) and SGR (`ESC [ < b ; x ; y M`) forms.
struct EscapeParser: Sendable {
    /// What came after ESC so far.
    private(set) var body: [UInt32] = []

    enum Step: Equatable {
        case more
        case done(EscapeInput)
    }

    /// Longest sequence read before giving up on it (and swallowing it).
    static let longest = 32

    /// True when a sequence starts with this character after ESC: `[` (CSI) or `O` (SS3).
    static func starts(_ c: UInt32) -> Bool { c == 0x5B || c == 0x4F }

    mutating func feed(_ c: UInt32) -> Step {
        guard let first = body.first else {
            guard EscapeParser.starts(c) else { return .done(.ignored) }
            body.append(c)
            return .more
        }
        body.append(c)
        if body.count > EscapeParser.longest { return .done(.ignored) }
        if first == 0x4F {  // SS3: an optional modifier, then one final byte
            if (0x30...0x3B).contains(c) { return .more }
            return .done((0x40...0x7E).contains(c) ? EscapeParser.ss3(body) : .ignored)
        }
        // CSI
        if body.count == 2, c == 0x4D { return .more }  // X10 mouse: three bytes follow
        if body.count == 2, c == 0x5B { return .more }  // Linux console: one letter follows
        if body.count >= 3, body[1] == 0x4D { return body.count == 5 ? .done(EscapeParser.x10Mouse(body)) : .more }
        if body.count == 3, body[1] == 0x5B {
            return .done((0x41...0x45).contains(c) ? .key(.function(Int(c) - 0x40)) : .ignored)
        }
        if (0x40...0x7E).contains(c) { return .done(EscapeParser.csi(body)) }
        if (0x20...0x3F).contains(c) { return .more }
        return .done(.ignored)  // a control or non-ASCII character cannot be inside a sequence
    }

    /// Nothing more came: rxvt's `ESC [ 7 $` (Shift-Home) ends on a byte that is an
    /// intermediate in ECMA-48, so it is decided here; anything else unfinished is dropped.
    func finish() -> EscapeInput {
        guard body.count >= 3, body[0] == 0x5B, body.last == 0x24 else { return .ignored }
        return EscapeParser.csi(body)
    }

    // MARK: Decoding

    /// The numbers of a CSI's parameters ("1;5" → [1, 5]); empty ones are nil.
    static func parameters(_ body: ArraySlice<UInt32>) -> [Int?] {
        String(decoding: body.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    }

    /// xterm's modifier parameter (1 + shift 1, alt 2, ctrl 4, meta 8): whether Alt, Ctrl
    /// or Meta is held, which turns ← and → into word jumps.
    static func jumpsWords(_ modifier: Int?) -> Bool {
        guard let modifier, modifier > 1 else { return false }
        return (modifier - 1) & 0b1110 != 0
    }

    static func csi(_ body: [UInt32]) -> EscapeInput {
        guard let final = body.last, body.count >= 2 else { return .ignored }
        let inner = body[1..<body.count - 1]
        if inner.first == 0x3C { return sgrMouse(inner.dropFirst(), final: final) }  // "<"
        // Private or intermediate bytes (focus, device reports …): nothing for the app.
        if inner.contains(where: { !(0x30...0x3B).contains($0) }) { return .ignored }
        let params = parameters(inner)
        let modifier = params.count > 1 ? params[1] : nil
        switch final {
        case 0x7E, 0x5E, 0x24, 0x40:  // ~, and rxvt's ^ (Ctrl) $ (Shift) @ (Ctrl-Shift)
            return tilde(params.first ?? nil)
        case 0x5A: return .key(.backTab)  // Z
        default: return letter(final, modifier: modifier)
        }
    }

    static func ss3(_ body: [UInt32]) -> EscapeInput {
        guard let final = body.last else { return .ignored }
        let digits = body.dropFirst().dropLast()
        let modifier = digits.isEmpty ? nil : parameters(digits).last ?? nil
        if final == 0x4D { return .key(.enter) }  // the keypad's Enter
        return letter(final, modifier: modifier)
    }

    /// Final letters shared by CSI and SS3: arrows, Home, End, F1–F4.
    static func letter(_ final: UInt32, modifier: Int?) -> EscapeInput {
        switch final {
        case 0x41: return .key(.up)
        case 0x42: return .key(.down)
        case 0x43: return .key(jumpsWords(modifier) ? .wordRight : .right)
        case 0x44: return .key(jumpsWords(modifier) ? .wordLeft : .left)
        case 0x48: return .key(.home)
        case 0x46: return .key(.end)
        case 0x50...0x53: return .key(.function(Int(final) - 0x4F))  // P Q R S
        default: return .ignored
        }
    }

    /// `ESC [ n ~` (and rxvt's other finals): the vt220 editing keypad and F-keys.
    static func tilde(_ n: Int?) -> EscapeInput {
        switch n {
        case 1, 7: return .key(.home)
        case 4, 8: return .key(.end)
        case 2: return .key(.insert)
        case 3: return .key(.delete)
        case 5: return .key(.pageUp)
        case 6: return .key(.pageDown)
        case 11, 12, 13, 14, 15: return .key(.function((n ?? 0) - 10))
        case 17, 18, 19, 20, 21: return .key(.function((n ?? 0) - 11))
        case 23, 24: return .key(.function((n ?? 0) - 12))
        case 200: return .pasteStart
        default: return .ignored
        }
    }

    /// A button byte (after taking off 32 for X10) and a 0-based cell.
    static func mouse(button: Int, row: Int, col: Int, release: Bool) -> EscapeInput {
        guard !release, button & 32 == 0, row >= 0, col >= 0 else { return .ignored }  // releases and drags
        switch button & 0b1100_0011 {
        case 0: return .mouse(.press(row: row, col: col))
        case 64: return .mouse(.wheelUp(row: row, col: col))
        case 65: return .mouse(.wheelDown(row: row, col: col))
        default: return .ignored
        }
    }

    /// `ESC [ M b x y`, each byte 32 more than the value (cells counted from 1).
    static func x10Mouse(_ body: [UInt32]) -> EscapeInput {
        let b = Int(body[2]) - 32, x = Int(body[3]) - 33, y = Int(body[4]) - 33
        return mouse(button: b, row: y, col: x, release: b & 3 == 3)
    }

    /// `ESC [ < b ; x ; y M` (press) or `m` (release), cells counted from 1.
    static func sgrMouse(_ params: ArraySlice<UInt32>, final: UInt32) -> EscapeInput {
        guard final == 0x4D || final == 0x6D, !params.contains(where: { !(0x30...0x3B).contains($0) }) else { return .ignored }
        let numbers = parameters(params)
        guard numbers.count == 3, let b = numbers[0], let x = numbers[1], let y = numbers[2] else { return .ignored }
        return mouse(button: b, row: y - 1, col: x - 1, release: final == 0x6D)
    }
}
