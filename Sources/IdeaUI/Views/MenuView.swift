/// The filter or sort window, over the list it changes.
enum MenuView {
    static func draw(_ menu: Menu, _ state: AppState, into screen: inout Screen) {
        // Wide enough for whole labels (names and quoted roles), up to 64 columns; the
        // suggested mentors, with their reasons, as wide as the screen.
        let most = menu.purpose == .suggestions ? screen.cols : 64
        let labelWidth = min(most, (menu.items.map { DisplayWidth.of($0.label) }.max() ?? 10) + 6)
        let width = min(screen.cols - 4, max(24, labelWidth + 4))
        let height = min(screen.rows - 2, menu.items.count + 2)
        guard width >= 10, height >= 3 else { return }
        let top = 1, left = max(0, screen.cols - width - 2)
        let box = Rect(row: top, col: left, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: menu.title, into: &screen)
        let visible = height - 2
        let first = max(0, min(menu.selected - visible / 2, menu.items.count - visible))
        for i in 0..<visible {
            let at = first + i
            guard menu.items.indices.contains(at) else { break }
            let item = menu.items[at]
            let row = top + 1 + i
            if item.isHeading {
                screen.write(item.label, row: row, col: left + 2, width: width - 4, style: Styles.heading)
                continue
            }
            let mark: String
            switch menu.purpose {
            case .filters, .suggestions: mark = item.checked ? "[x] " : "[ ] "
            case .sort: mark = item.checked ? "• " : "  "
            case .moves, .actions: mark = ""
            }
            let style = at == menu.selected ? Styles.selected : Style.plain
            screen.write(mark + item.label, row: row, col: left + 2, exactly: width - 4, style: style)
        }
    }
}
