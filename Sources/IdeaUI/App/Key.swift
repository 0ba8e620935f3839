/// A key press, as the backend understands it from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// Ctrl with a letter, lowercase: Ctrl-L is `.ctrl("l")`.
    case ctrl(Character)
    case escape, enter, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl-← and Ctrl-→: a word back or forward.
    case wordLeft, wordRight
    /// Alt (or Esc quickly followed by) a character; Alt-Backspace deletes a word.
    case alt(Character)
    case altBackspace
    /// Text pasted into the terminal (bracketed paste), delivered at once.
    case paste(String)

    /// How the key is written in the status line and the help: "q", "^L", "Esc", "F1".
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .escape: return "Esc"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .wordLeft: return "C-←"
        case .wordRight: return "C-→"
        case .alt(let c): return "M-" + String(c)
        case .altBackspace: return "M-Bksp"
        case .paste: return "paste"
        }
    }

    /// The key for a character code read from the terminal (not a special key code).
    public init(code: UInt32) {
        switch code {
        case 27: self = .escape
        case 10, 13: self = .enter
        case 9: self = .tab
        case 8, 127: self = .backspace
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            if let s = Unicode.Scalar(code), code >= 32 {
                self = .char(Character(s))
            } else {
                self = .char("\u{FFFD}")
            }
        }
    }
}
