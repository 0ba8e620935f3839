/// Draws the whole interface for a state at a size: the tab bar, the current screen, the
/// status line, and the help or a menu on top; or the "too small" message when the
/// terminal cannot hold it.
public func render(_ state: AppState, _ size: Size) -> Screen {
    var screen = Screen(size: size)
    guard size.cols > 0, size.rows > 0 else { return screen }
    guard size.covers(Layout.minimum) else {
        TooSmallView.draw(into: &screen, needs: Layout.minimum, state: state)
        return screen
    }
    TabBar.draw(state, into: &screen)
    switch state.route {
    case .dashboard: DashboardView.draw(state, into: &screen)
    case .list(let kind): ListView.draw(kind, state, into: &screen)
    case .board: BoardView.draw(state, into: &screen)
    case .grid: GridView.draw(state, into: &screen)
    default: DetailView.draw(state, into: &screen)
    }
    StatusLine.draw(state, into: &screen)
    switch state.overlay {
    case .help?: HelpView.draw(state, into: &screen)
    case .menu(let menu)?: MenuView.draw(menu, state, into: &screen)
    case .notice(let notice)?: DialogView.drawNotice(notice, into: &screen)
    case .prompt(let prompt)?: DialogView.drawPrompt(prompt, into: &screen)
    case .conflict(let conflict)?: ConflictView.draw(conflict, state, into: &screen)
    case .form(let form)?: FormView.draw(form, state, into: &screen)
    case .picker(let picker)?: PickerView.draw(picker, state, into: &screen)
    case nil: break
    }
    return screen
}

/// Draws the state at the size it holds.
public func render(_ state: AppState) -> Screen { render(state, state.size) }

/// The "terminal too small" message, centred, with the way out.
enum TooSmallView {
    static func draw(into screen: inout Screen, needs: Size, state: AppState) {
        let s = state.strings
        var lines = TextFit.wrap(s.terminalTooSmall, to: screen.cols)
        lines += TextFit.wrap(s.needsHave(needs, screen.size), to: screen.cols)
        if let quit = state.keyMap.bindings.first(where: { $0.action == .quit }), let key = quit.keys.first {
            lines += [""] + TextFit.wrap("\(key.label) \(s.label(quit.word))", to: screen.cols)
        }
        let shown = Array(lines.prefix(screen.rows))
        let top = max(0, (screen.rows - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let w = DisplayWidth.of(line)
            screen.write(line, row: top + i, col: max(0, (screen.cols - w) / 2), style: i == 0 ? Styles.warning : .plain)
        }
    }
}

/// Boxes and rules shared by views.
enum Frame {
    static func border(_ r: Rect, title: String, into screen: inout Screen) {
        // Too small for two corners each way: nothing to draw (and no inverted range).
        guard r.width >= 2, r.height >= 2 else { return }
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

    /// A section heading with a rule to the right edge of `r`, and optional text at the end.
    static func heading(_ title: String, right: String = "", in r: Rect, into screen: inout Screen) {
        guard r.height > 0 else { return }
        let w = screen.write(title, row: r.row, col: r.col, width: r.width, style: Styles.heading)
        let rightWidth = DisplayWidth.of(right)
        let ruleEnd = right.isEmpty ? r.right : r.right - rightWidth - 1
        if ruleEnd - (r.col + w + 1) > 0 {
            screen.repeating("─", count: ruleEnd - (r.col + w + 1), row: r.row, col: r.col + w + 1, style: Styles.rule)
        }
        if !right.isEmpty, rightWidth < r.width - w - 1 {
            screen.write(right, row: r.row, col: r.right - rightWidth, style: Styles.muted)
        }
    }
}

/// The last row: the keys that work here, then the last message (or the file).
public enum StatusLine {
    /// Each key shown, and the columns it takes (clicking there acts like the key).
    public static func items(_ state: AppState) -> [(binding: KeyBinding, cols: Range<Int>)] {
        var col = 1
        var out: [(KeyBinding, Range<Int>)] = []
        for binding in state.keyMap.statusBindings(in: state.keyContext) {
            guard let key = binding.keys.first else { continue }
            let w = DisplayWidth.of(key.label) + 1 + DisplayWidth.of(state.strings.label(binding.word))
            if col + w > state.size.cols * 2 / 3 { break }
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
            screen.write(state.strings.label(binding.word), row: row, col: cols.lowerBound + kw + 1)
            end = cols.upperBound
        }
        let room = screen.cols - end - 4
        guard room >= 8 else { return }
        let text: String
        if let message = state.message {
            text = TextFit.truncate(message, to: room)
        } else {
            // The count and who is acting matter more than the path: the path gives way
            // first, losing its start ("…/ideas.db.json").
            let tail = " · " + state.strings.ideaCount(state.stats.ideaCount)
                + (state.actorName.map { " · " + $0 } ?? "")
            let pathRoom = room - DisplayWidth.of(tail)
            text = pathRoom >= 8 ? TextFit.truncateLeft(state.path, to: pathRoom) + tail
                : TextFit.truncate(String(tail.dropFirst(3)), to: room)
        }
        screen.write(text, row: row, col: screen.cols - 1 - DisplayWidth.of(text),
                     style: state.message == nil ? Styles.muted : Styles.warning)
    }
}

/// The keys of the current screen, in a box over it, from the same table keys are
/// dispatched with.
enum HelpView {
    static func entries(_ state: AppState, _ context: KeyContext) -> [(String, String)] {
        let s = state.strings
        return state.keyMap.helpLines(in: context).map { ($0.keys, s.explanation($0.word)) }
            + state.keyMap.helpLines(in: .help).filter { $0.word == .close }.map { ($0.keys, s.explanation($0.word)) }
    }

    /// How far the help can scroll at the current size (one column).
    static func maxTop(_ state: AppState) -> Int {
        max(0, entries(state, context(state)).count - max(1, state.size.rows - 6))
    }

    static func context(_ state: AppState) -> KeyContext {
        switch state.route {
        case .dashboard: return .dashboard
        case .list: return .list
        case .board: return .board
        case .mentoring: return .mentoring
        case .grid: return .grid
        default: return .detail
        }
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let context = context(state)
        let entries = entries(state, context)
        let keyWidth = min(18, entries.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let textWidth = entries.map { DisplayWidth.of($0.1) }.max() ?? 0
        // Two columns when one would not fit the height (the list grows with every key).
        let columnWidth = keyWidth + textWidth + 4
        let columns = entries.count + 4 > screen.rows - 2 && screen.cols >= 2 * columnWidth + 7 ? 2 : 1
        let perColumn = (entries.count + columns - 1) / columns
        let width = min(screen.cols - 4, max(30, columns * columnWidth + 3))
        let height = min(screen.rows - 2, perColumn + 4)
        guard width >= 10, height >= 3 else { return }
        let top = max(1, (screen.rows - height) / 2)
        let left = (screen.cols - width) / 2
        let box = Rect(row: top, col: left, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: "\(s.keysTitle) · \(state.route.title(s))", into: &screen)
        let room = max(1, box.height - 4)
        let usable = (width - 3) / columns
        // A list taller than the box scrolls with ↑/↓; the frame says there is more.
        let first = max(0, min(state.helpTop, perColumn - room))
        for (i, entry) in entries.enumerated() {
            let column = i / perColumn, line = i % perColumn - first
            guard line >= 0, line < room else { continue }
            let row = top + 2 + line
            let col = left + 3 + column * usable
            screen.write(entry.0, row: row, col: col, width: keyWidth, style: Styles.key)
            screen.write(entry.1, row: row, col: col + keyWidth + 2, width: usable - keyWidth - 3)
        }
        if first > 0 { screen.write("↑", row: top + 1, col: box.right - 3, style: Styles.key) }
        if first + room < perColumn { screen.write("↓", row: box.bottom - 2, col: box.right - 3, style: Styles.key) }
    }
}
