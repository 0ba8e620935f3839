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
    BusyLine.draw(state, into: &screen)
    if let overlay = state.overlay { draw(overlay, state, into: &screen) }
    return screen
}

/// A window over the screen; the help over a window draws the window first.
private func draw(_ overlay: Overlay, _ state: AppState, into screen: inout Screen) {
    switch overlay {
    case .help: HelpView.draw(state, into: &screen)
    case .helpOver(let under):
        draw(under, state, into: &screen)
        HelpView.draw(state, into: &screen)
    case .menu(let menu): MenuView.draw(menu, state, into: &screen)
    case .notice(let notice): DialogView.drawNotice(notice, into: &screen)
    case .prompt(let prompt): DialogView.drawPrompt(prompt, into: &screen)
    case .conflict(let conflict): ConflictView.draw(conflict, state, into: &screen)
    case .form(let form): FormView.draw(form, state, into: &screen)
    case .picker(let picker): PickerView.draw(picker, state, into: &screen)
    case .reasons(let window): ReasonsView.draw(window, state, into: &screen)
    }
}

/// Draws the state at the size it holds.
public func render(_ state: AppState) -> Screen { render(state, state.size) }

/// The "terminal too small" message, centred, with the way out; while work runs, its
/// progress and how to stop it too (the keys still work at this size).
enum TooSmallView {
    static func draw(into screen: inout Screen, needs: Size, state: AppState) {
        let s = state.strings
        var lines = TextFit.wrap(s.terminalTooSmall, to: screen.cols)
        lines += TextFit.wrap(s.needsHave(needs, screen.size), to: screen.cols)
        if let running = state.work.running {
            lines += [""] + TextFit.wrap(BusyLine.text(state), to: screen.cols)
            if running.kind.cancellable { lines += TextFit.wrap(BusyLine.cancelLabel(state), to: screen.cols) }
        }
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
