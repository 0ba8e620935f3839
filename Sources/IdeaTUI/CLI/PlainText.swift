import IdeaModel
import IdeaUI

/// Plain command-line output for a person's terminal. Text from the data is cleaned as
/// on the screens (␛ for ESC, ␇ for BEL, ⸮ for a bidi override, zero-width characters
/// left out), so a hostile title cannot steer the terminal; columns count display width.
enum PlainText {
    static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map { DisplayWidth.of(safe($0)) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(safe(cell))) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let text = safe(cell)
                parts.append(i == cells.count - 1 ? text : text + String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text))))
            }
            return parts.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// At most `max` columns, cleaned, ending in "…" when cut.
    static func clip(_ s: String, _ max: Int) -> String { TextFit.truncate(s, to: max) }

    static func safe(_ s: String) -> String { Sanitizer.clean(s) }

    /// Several lines for the terminal: each cleaned, the line breaks kept.
    static func forTerminal(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { safe(String($0)) }.joined(separator: "\n")
    }
}

/// Prints human-readable output (not an export or a machine format) cleaned for the terminal.
func say(_ text: String, terminator: String = "\n") {
    StandardOutput.write(PlainText.forTerminal(text) + terminator)
}
