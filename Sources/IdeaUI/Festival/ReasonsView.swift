/// Draws the reasons window: a framed box centred on the screen, its lines wrapped to the
/// width; a change takes a mark column ("›" on the selected one, highlighted). Taller
/// than the screen, it shows the part with the selected change (and the question), with
/// ↑/↓ in the frame where there is more.
enum ReasonsView {
    /// The wrapped lines as drawn: text, look, the change they belong to, and whether a
    /// line is the first of its change (it carries the mark).
    static func layout(_ window: ReasonsWindow, _ state: AppState, width: Int) -> [(text: String, look: ReasonsWindow.Line.Look, change: Int?, first: Bool)] {
        var out: [(text: String, look: ReasonsWindow.Line.Look, change: Int?, first: Bool)] = []
        for line in window.lines(state.strings) {
            if line.text.isEmpty {
                out.append(("", line.look, nil, true))
                continue
            }
            // A change is indented by its mark; a bulleted line ("• ", "✗ ") hangs under its
            // text; the others wrap at the full width.
            let room = line.change == nil ? width : width - 2
            let bullet = ["• ", "✗ "].first { line.text.hasPrefix($0) }
            let text = bullet.map { String(line.text.dropFirst($0.count)) } ?? line.text
            let indent = bullet == nil ? 0 : 2
            for (n, part) in TextFit.wrap(text, to: max(1, room - indent)).enumerated() {
                let lead = bullet.map { n == 0 ? $0 : "  " } ?? ""
                out.append((lead + part, line.look, line.change, n == 0))
            }
        }
        return out
    }

    static func draw(_ window: ReasonsWindow, _ state: AppState, into screen: inout Screen) {
        let width = min(screen.cols - 4, 78)
        guard width >= 20 else { return }
        let inner = width - 4
        let lines = layout(window, state, width: inner)
        let height = min(screen.rows - 2, lines.count + 2)
        guard height >= 3 else { return }
        let box = Rect(row: max(1, (screen.rows - height) / 2), col: (screen.cols - width) / 2, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: window.title(state.strings), into: &screen)
        let room = height - 2
        // The selected change (and the question under it) in view; from the top when all fits.
        var first = 0
        if lines.count > room {
            let selected = lines.lastIndex { $0.change == window.selected } ?? 0
            let wanted = window.asking ? lines.count - 1 : selected
            first = max(0, min(lines.count - room, wanted - room + 1))
        }
        for i in 0..<room {
            guard lines.indices.contains(first + i) else { break }
            let line = lines[first + i], row = box.row + 1 + i
            let style: Style
            switch line.look {
            case .plain: style = .plain
            case .heading: style = Styles.heading
            case .warning: style = Styles.warning
            case .muted: style = Styles.muted
            }
            guard let change = line.change else {
                screen.write(line.text, row: row, col: box.col + 2, width: inner, style: style)
                continue
            }
            let chosen = change == window.selected
            if line.first { screen.write(chosen ? "›" : " ", row: row, col: box.col + 2, style: Styles.key) }
            screen.write(line.text, row: row, col: box.col + 4, width: inner - 2, style: chosen ? Styles.selected : style)
        }
        if first > 0 { screen.write("↑", row: box.row, col: box.right - 3, style: Styles.key) }
        if first + room < lines.count { screen.write("↓", row: box.bottom - 1, col: box.right - 3, style: Styles.key) }
    }
}
