/// Draws editable text: a line or a block of wrapped lines, with the cursor shown as a
/// reversed cell when the field has the focus.
enum FieldView {
    static func drawLine(_ editor: LineEditor, row: Int, col: Int, width: Int, focused: Bool, into screen: inout Screen) {
        guard width > 0 else { return }
        let shown = editor.visible(width: width)
        screen.write(shown.text, row: row, col: col, exactly: width, style: focused ? Styles.field : .plain)
        if focused { cursor(at: row, col: col + shown.cursor, into: &screen) }
    }

    static func drawArea(_ area: TextArea, row: Int, col: Int, width: Int, height: Int, focused: Bool, into screen: inout Screen) {
        guard width > 0, height > 0 else { return }
        let shown = area.visible(width: width, height: height)
        for r in 0..<height {
            let text = shown.lines.indices.contains(r) ? shown.lines[r] : ""
            screen.write(text, row: row + r, col: col, exactly: width, style: focused ? Styles.field : .plain)
        }
        if focused { cursor(at: row + shown.cursorRow, col: col + shown.cursorCol, into: &screen) }
    }

    /// The cursor: the cell under it, reversed (a space when past the end).
    static func cursor(at row: Int, col: Int, into screen: inout Screen) {
        guard row >= 0, row < screen.rows, col >= 0, col < screen.cols else { return }
        screen.highlight(Rect(row: row, col: col, width: 1, height: 1))
    }
}
