/// The top row: the eight screens with their number keys, the current one marked.
public enum TabBar {
    /// Each tab and the columns it takes.
    public static func items(_ state: AppState) -> [(route: Route, cols: Range<Int>)] {
        var col = 0
        var out: [(Route, Range<Int>)] = []
        let short = isShort(state)
        for (i, route) in Route.tabs.enumerated() {
            let text = label(i, route, state, short: short)
            let w = DisplayWidth.of(text)
            if col + w > state.size.cols { break }
            out.append((route, col..<col + w))
            col += w
        }
        return out
    }

    /// Short labels only when the full ones do not fit.
    static func isShort(_ state: AppState) -> Bool {
        let full = Route.tabs.enumerated().reduce(0) { $0 + DisplayWidth.of(label($1.offset, $1.element, state, short: false)) }
        return full > state.size.cols
    }

    /// The longest short title (at most 7 columns) with which all eight tabs fit.
    static func shortRoom(_ state: AppState) -> Int {
        for room in stride(from: 7, through: 2, by: -1) {
            let total = Route.tabs.enumerated().reduce(0) { sum, tab in
                let title = tab.element.title(state.strings)
                return sum + DisplayWidth.of(" \(tab.offset + 1) \(TextFit.truncate(title, to: room)) ")
            }
            if total <= state.size.cols { return room }
        }
        return 2
    }

    static func label(_ i: Int, _ route: Route, _ state: AppState, short: Bool) -> String {
        let title = route.title(state.strings)
        let room = short ? shortRoom(state) : Int.max
        let text = DisplayWidth.of(title) > room ? TextFit.truncate(title, to: room) : title
        return " \(i + 1) \(text) "
    }

    public static func tab(at col: Int, in state: AppState) -> Route? {
        items(state).first { $0.cols.contains(col) }?.route
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        screen.fill(Rect(row: 0, col: 0, width: screen.cols, height: 1), style: Styles.tab)
        let short = isShort(state)
        for (i, item) in items(state).enumerated() {
            let current = item.route == state.tab
            screen.write(label(i, item.route, state, short: short), row: 0, col: item.cols.lowerBound,
                         style: current ? Styles.currentTab : Styles.tab)
        }
    }
}
