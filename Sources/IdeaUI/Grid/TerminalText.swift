/// The text a backend sends for a cell. The grid decides widths per grapheme cluster; a
/// terminal decides them per code point with its own table (wcwidth). Where the two
/// disagree (an emoji sequence the terminal counts as two pictures, a symbol outside the
/// locale's character set) the backend must send something of the grid's width, or every
/// later cell on the row would be shifted. This is that choice, kept pure for tests.
public enum TerminalText {
    /// ASCII stand-ins for the drawing characters the screens use, for a terminal whose
    /// locale cannot show them (wcwidth returns -1).
    static let asciiFallback: [Unicode.Scalar: Character] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "█": "#", "░": ".",
        "…": "~", "·": "-", "×": "x", "↑": "^", "↓": "v", "←": "<", "→": ">", "–": "-", "—": "-",
        // Lithuanian letters read well enough without their marks.
        "ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i", "š": "s", "ų": "u", "ū": "u", "ž": "z",
        "Ą": "A", "Č": "C", "Ę": "E", "Ė": "E", "Į": "I", "Š": "S", "Ų": "U", "Ū": "U", "Ž": "Z",
    ]

    /// `scalarWidth` is the terminal's width of a code point: 0, 1, 2, or -1 when it
    /// cannot show it at all. The result always takes exactly `cell.width` columns there.
    public static func text(for cell: Cell, scalarWidth: (Unicode.Scalar) -> Int) -> String {
        guard cell.width > 0 else { return "" }
        var total = 0
        var printable = true
        for s in cell.text.unicodeScalars {
            let w = scalarWidth(s)
            if w < 0 { printable = false; break }
            total += w
        }
        if printable && total == cell.width { return cell.text }
        guard let first = cell.text.unicodeScalars.first else { return String(repeating: " ", count: cell.width) }
        // The base character alone: "❤️" → "❤ ", "👩‍👩‍👧" → "👩", "👍🏽" → "👍".
        let w = scalarWidth(first)
        if w > 0 && w <= cell.width { return String(first) + String(repeating: " ", count: cell.width - w) }
        let stand: Character = asciiFallback[first] ?? (scalarWidth("\u{FFFD}") == 1 ? "\u{FFFD}" : "?")
        return String(stand) + String(repeating: " ", count: cell.width - 1)
    }
}
