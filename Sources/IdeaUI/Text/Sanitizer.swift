/// Makes text from the database safe to put on a terminal: nothing in user data may move
/// the cursor, ring the bell, start an escape sequence or flip the reading direction.
///
/// - C0 controls (U+0000–U+001F) become their Control Pictures (ESC → "␛", BEL → "␇"),
///   except tab, line and page breaks, which become one space (text here is one line).
/// - DEL becomes "␡"; C1 controls (U+0080–U+009F) become "�".
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become "⸮";
///   the invisible direction marks LRM, RLM and ALM are dropped.
/// - Invisible zero-width characters (ZWSP, ZWNJ, word joiner, BOM…) are dropped, and so
///   is a zero-width joiner that does not join two emoji: terminals disagree on their width.
/// - A combining mark with nothing to combine with is shown on a dotted circle "◌".
public enum Sanitizer {
    public static let bidiPlaceholder: Unicode.Scalar = "\u{2E2E}"  // ⸮
    public static let c1Placeholder: Unicode.Scalar = "\u{FFFD}"  // �

    /// The text as it may be shown. Returns the input unchanged (no copy) when it is clean.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x200D:
                // Kept only inside an emoji sequence (👩‍👧).
                func emoji(_ s: Unicode.Scalar) -> Bool { s.value > 0x7F && s.properties.isEmoji }
                if i > 0, i + 1 < scalars.count, emoji(scalars[i - 1]) || scalars[i - 1].value == 0xFE0F, emoji(scalars[i + 1]) {
                    out.append(s)
                }
                continue
            case _ where isZeroWidthFormat(v):
                continue
            case 0x0A where previousWasCR:
                continue  // "\r\n" is one break
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + v) ?? c1Placeholder)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append(c1Placeholder)
            case 0x200E, 0x200F, 0x061C:
                continue
            case _ where isBidiControl(v):
                out.append(bidiPlaceholder)
            default:
                if out.isEmpty, isMark(s) { out.append("\u{25CC}") }
                out.append(s)
            }
        }
        return String(out)
    }

    /// True when `clean` would change nothing.
    public static func isClean(_ text: String) -> Bool {
        var first = true
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
            if v >= 0x300 {
                if v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028 || v == 0x2029 || isBidiControl(v) { return false }
                if v == 0x200D || isZeroWidthFormat(v) { return false }
                if first && isMark(s) { return false }
            }
            first = false
        }
        return true
    }

    /// Invisible characters with no width of their own (ZWJ is handled apart).
    static func isZeroWidthFormat(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || (0x2060...0x2064).contains(v) || v == 0xFEFF || v == 0x180E
    }

    static func isBidiControl(_ v: UInt32) -> Bool { (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
