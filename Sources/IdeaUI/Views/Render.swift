/// Sizes the screens are laid out for.
public enum Layout {
    /// Below this the app shows "terminal too small" instead of a squeezed screen.
    public static let minimum = Size(cols: 60, rows: 18)
}

/// Draws the whole interface for a state at a size: the current screen, the help on top
/// when it is open, or the "too small" message when the terminal cannot hold it.
public func render(_ state: AppState, _ size: Size) -> Screen {
    var screen = Screen(size: size)
    guard size.cols > 0, size.rows > 0 else { return screen }
    guard size.covers(Layout.minimum) else {
        TooSmallView.draw(into: &screen, needs: Layout.minimum, keyMap: state.keyMap)
        return screen
    }
    switch state.screen {
    case .dashboard:
        DashboardView.draw(state, into: &screen)
    }
    StatusLine.draw(state, into: &screen)
    if state.showingHelp {
        HelpView.draw(state, into: &screen)
    }
    return screen
}

/// Draws the state at the size it holds.
public func render(_ state: AppState) -> Screen { render(state, state.size) }

enum Styles {
    static let title = Style(.title, bold: true, reverse: true)
    static let heading = Style(.heading, bold: true)
    static let rule = Style(.muted, dim: true)
    static let muted = Style(.muted, dim: true)
    static let number = Style(.normal, bold: true)
    static let bar = Style(.bar)
    static let key = Style(.key, bold: true)
    static let warning = Style(.warning, bold: true)
    static let good = Style(.good, bold: true)
    static let border = Style(.accent)
}

/// The "terminal too small" message, centred, with the way out.
enum TooSmallView {
    static func draw(into screen: inout Screen, needs: Size, keyMap: KeyMap) {
        var lines = TextFit.wrap("terminal too small:", to: screen.cols)
        lines += TextFit.wrap("needs \(needs), have \(screen.size)", to: screen.cols)
        if let quit = keyMap.statusBindings(in: .dashboard).first(where: { $0.action == .quit }), let key = quit.keys.first {
            lines += [""] + TextFit.wrap("\(key.label) \(quit.label)", to: screen.cols)
        }
        let shown = Array(lines.prefix(screen.rows))
        let top = max(0, (screen.rows - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let w = DisplayWidth.of(line)
            screen.write(line, row: top + i, col: max(0, (screen.cols - w) / 2), style: i == 0 ? Styles.warning : .plain)
        }
    }
}

/// The last row: the keys that work here, then the file and its size.
public enum StatusLine {
    /// Each key shown, and the columns it takes (clicking there acts like the key).
    public static func items(_ state: AppState) -> [(binding: KeyBinding, cols: Range<Int>)] {
        var col = 1
        var out: [(KeyBinding, Range<Int>)] = []
        for binding in state.keyMap.statusBindings(in: state.keyContext) {
            guard let key = binding.keys.first else { continue }
            let w = DisplayWidth.of(key.label) + 1 + DisplayWidth.of(binding.label)
            if col + w > state.size.cols { break }
            out.append((binding, col..<col + w))
            col += w + 2
        }
        return out
    }

    /// The binding whose status label is at a cell, if any.
    public static func binding(at row: Int, col: Int, in state: AppState) -> KeyBinding? {
        guard state.fits, row == state.size.rows - 1 else { return nil }
        return items(state).first { $0.cols.contains(col) }?.binding
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let row = screen.rows - 1
        var end = 0
        for (binding, cols) in items(state) {
            guard let key = binding.keys.first else { continue }
            let kw = screen.write(key.label, row: row, col: cols.lowerBound, style: Styles.key)
            screen.write(binding.label, row: row, col: cols.lowerBound + kw + 1)
            end = cols.upperBound
        }
        let n = state.stats.ideaCount
        let info = "\(state.path) · \(n) \(n == 1 ? "idea" : "ideas")"
        let room = screen.cols - end - 4
        guard room >= 8 else { return }
        let text = TextFit.truncate(info, to: room)
        screen.write(text, row: row, col: screen.cols - 1 - DisplayWidth.of(text), style: Styles.muted)
    }
}

/// The keys, in a box over the current screen.
enum HelpView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let map = state.keyMap
        var entries = map.bindings(in: .dashboard).map { ($0.keyLabels, $0.help) }
        for b in map.bindings(in: .help) where !map.bindings(in: .dashboard).contains(b) {
            entries.append((b.keyLabels, b.help))
        }
        let keyWidth = min(16, entries.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let textWidth = entries.map { DisplayWidth.of($0.1) }.max() ?? 0
        let width = min(screen.cols - 4, max(30, keyWidth + textWidth + 7))
        let height = min(screen.rows - 2, entries.count + 4)
        guard width >= 10, height >= 3 else { return }
        let top = max(1, (screen.rows - height) / 2)
        let left = (screen.cols - width) / 2
        let box = Rect(row: top, col: left, width: width, height: height)
        screen.fill(box)
        drawBorder(box, title: "Keys", into: &screen)
        for (i, entry) in entries.enumerated() where top + 2 + i < box.bottom - 1 {
            let row = top + 2 + i
            screen.write(entry.0, row: row, col: left + 3, width: keyWidth, style: Styles.key)
            screen.write(entry.1, row: row, col: left + 3 + keyWidth + 2, width: width - keyWidth - 6)
        }
    }

    static func drawBorder(_ r: Rect, title: String, into screen: inout Screen) {
        let inner = r.width - 2
        screen.write("┌", row: r.row, col: r.col, style: Styles.border)
        screen.repeating("─", count: inner, row: r.row, col: r.col + 1, style: Styles.border)
        screen.write("┐", row: r.row, col: r.right - 1, style: Styles.border)
        for row in r.row + 1..<r.bottom - 1 {
            screen.write("│", row: row, col: r.col, style: Styles.border)
            screen.write("│", row: row, col: r.right - 1, style: Styles.border)
        }
        screen.write("└", row: r.bottom - 1, col: r.col, style: Styles.border)
        screen.repeating("─", count: inner, row: r.bottom - 1, col: r.col + 1, style: Styles.border)
        screen.write("┘", row: r.bottom - 1, col: r.right - 1, style: Styles.border)
        screen.write(" \(title) ", row: r.row, col: r.col + 2, width: inner - 2, style: Styles.heading)
    }
}
