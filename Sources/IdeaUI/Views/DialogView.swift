/// Windows over the screen that wait for an answer: a notice to read, a prompt to type
/// into, a conflict to resolve. Each is a framed box centred on the screen.
enum DialogView {
    /// A centred box for `lines` of text (wrapped to fit), with its title; returns the
    /// box and the wrapped lines that fit inside.
    static func box(title: String, lines: [String], minWidth: Int = 30, extraRows: Int = 0,
                    into screen: inout Screen) -> (Rect, [String])? {
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.cols - 4, max(minWidth, max(widest, DisplayWidth.of(title) + 4) + 4))
        guard width >= 12 else { return nil }
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextFit.wrap($0, to: width - 4) }
        let height = min(screen.rows - 2, wrapped.count + extraRows + 2)
        guard height >= 3 else { return nil }
        let box = Rect(row: max(1, (screen.rows - height) / 2), col: (screen.cols - width) / 2, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: title, into: &screen)
        return (box, Array(wrapped.prefix(max(0, height - 2 - extraRows))))
    }

    static func drawNotice(_ notice: Notice, into screen: inout Screen) {
        guard let (box, lines) = box(title: notice.title, lines: notice.lines, into: &screen) else { return }
        for (i, line) in lines.enumerated() {
            let style: Style = line.hasPrefix("✗") || line.hasPrefix("•") ? Styles.warning : .plain
            screen.write(line, row: box.row + 1 + i, col: box.col + 2, width: box.width - 4, style: style)
        }
    }

    static func drawPrompt(_ prompt: Prompt, into screen: inout Screen) {
        // Question, a blank, the line, and the problem (if any) under it.
        let text = [prompt.question]
        guard let (box, lines) = box(title: prompt.title, lines: text, minWidth: min(screen.cols - 4, 60), extraRows: 3,
                                     into: &screen) else { return }
        for (i, line) in lines.enumerated() {
            screen.write(line, row: box.row + 1 + i, col: box.col + 2, width: box.width - 4)
        }
        let row = box.row + 1 + lines.count + 1
        guard row < box.bottom - 1 else { return }
        let labelWidth = screen.write(prompt.label + ": ", row: row, col: box.col + 2, width: box.width - 4, style: Styles.heading)
        let fieldCol = box.col + 2 + labelWidth
        let fieldWidth = box.right - 2 - fieldCol
        FieldView.drawLine(prompt.editor, row: row, col: fieldCol, width: fieldWidth, focused: true, into: &screen)
        if let problem = prompt.problem, row + 1 < box.bottom - 1 {
            screen.write(problem, row: row + 1, col: box.col + 2, width: box.width - 4, style: Styles.warning)
        }
    }
}
