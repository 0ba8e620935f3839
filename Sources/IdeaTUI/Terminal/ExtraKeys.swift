#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import IdeaModel
import IdeaUI

/// Keys that terminfo often leaves out but editors need: word jumps (Ctrl or Alt with an
/// arrow, Alt-b, Alt-f), delete a word back (Alt-Backspace), and bracketed paste, where
/// the terminal wraps pasted text in ESC[200~ … ESC[201~ so it arrives as one edit
/// instead of as keys. Bound with `define_key` to codes above ncurses' own.
enum ExtraKeys {
    static let wordLeft: Int32 = 0x4000
    static let wordRight: Int32 = 0x4001
    static let altBackspace: Int32 = 0x4002
    static let pasteStart: Int32 = 0x4003
    static let pasteEnd: Int32 = 0x4004
    static let altB: Int32 = 0x4005
    static let altF: Int32 = 0x4006

    /// xterm, VTE, tmux and rxvt spellings.
    static let sequences: [(String, Int32)] = [
        ("\u{1B}[1;5D", wordLeft), ("\u{1B}[1;5C", wordRight),
        ("\u{1B}[1;3D", wordLeft), ("\u{1B}[1;3C", wordRight),
        ("\u{1B}[5D", wordLeft), ("\u{1B}[5C", wordRight),
        ("\u{1B}Od", wordLeft), ("\u{1B}Oc", wordRight),
        ("\u{1B}\u{7F}", altBackspace), ("\u{1B}\u{08}", altBackspace),
        ("\u{1B}b", altB), ("\u{1B}f", altF),
        ("\u{1B}[200~", pasteStart), ("\u{1B}[201~", pasteEnd),
    ]

    /// Home and End as every common terminal sends them, so ncurses decodes them under
    /// any TERM (tmux and PuTTY send ESC[1~ and ESC[4~ whatever TERM says): xterm's CSI
    /// and SS3 forms, the vt220 ones (1/7 and 4/8), each with xterm's modifiers (Shift,
    /// Alt, Ctrl: 2–8), and rxvt's Shift, Ctrl and Ctrl-Shift forms. `EscapeParser`
    /// decodes the same when a sequence arrives in pieces.
    static let homeEnd: [(String, Int32)] = {
        var out: [(String, Int32)] = []
        for (code, letter, numbers) in [(KEY_HOME, "H", ["1", "7"]), (KEY_END, "F", ["4", "8"])] {
            out += [("\u{1B}[" + letter, code), ("\u{1B}O" + letter, code)]
            for n in numbers {
                out.append(("\u{1B}[" + n + "~", code))
                out += ["$", "^", "@"].map { ("\u{1B}[" + n + $0, code) }
                out += (2...8).map { ("\u{1B}[" + n + ";\($0)~", code) }
            }
            out += (2...8).map { ("\u{1B}[1;\($0)" + letter, code) }
        }
        return out
    }()

    /// Binds every sequence and asks the terminal for bracketed paste.
    static func start() {
        for (sequence, code) in homeEnd + sequences { _ = define_key(sequence, code) }
        write("\u{1B}[?2004h")
    }

    /// Gives the terminal back without bracketed paste (the shell turns on its own).
    static func stop() { write("\u{1B}[?2004l") }

    private static func write(_ text: String) {
        fflush(nil)
        let bytes = Array(text.utf8)
        #if canImport(Glibc)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        #else
        _ = bytes.withUnsafeBufferPointer { Darwin.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        #endif
    }

    static func key(_ code: Int32) -> Key? {
        switch code {
        case wordLeft: return .wordLeft
        case wordRight: return .wordRight
        case altBackspace: return .altBackspace
        case altB: return .alt("b")
        case altF: return .alt("f")
        default: return nil
        }
    }

    /// Pasted text as the app should see it: line breaks as "\n" (terminals send CR),
    /// tabs kept, every other control character dropped.
    static func cleanPaste(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in scalars {
            defer { lastWasCR = s == "\r" }
            switch s {
            case "\r": out.append("\n")
            case "\n": if !lastWasCR { out.append("\n") }
            case "\t": out.append(s)
            default:
                if s.isControlCode { continue }
                out.append(s)
            }
        }
        return String(out)
    }
}
