import IdeaModel

/// Where a detail screen is scrolled and which of its lines is selected (a line that
/// names another record, opened with Enter).
public struct DetailState: Equatable, Sendable {
    /// The first line shown.
    public var top = 0
    /// The line chosen; nil until one is, and then the first link in view is selected.
    public var cursor: Int?

    public init(top: Int = 0, cursor: Int? = nil) {
        self.top = top
        self.cursor = cursor
    }

    /// Moves within a detail. With links on the screen, ↑/↓ step from link to link
    /// (scrolling to keep the selected one in view) and paging scrolls and selects the
    /// first link in view; without links, every move scrolls.
    mutating func move(by delta: Int, in layout: DetailLayout) {
        let height = layout.height, bottom = layout.bottom
        var top = layout.top
        let links = layout.links
        let step = delta.clamped(to: -1_000_000...1_000_000)
        if links.isEmpty || abs(step) > 1 {
            top = max(0, min(bottom, top + step))
            self.top = top
            if !links.isEmpty {
                let inView = links.filter { $0 >= top && $0 < top + height }
                cursor = step > 0 ? inView.last ?? cursor : inView.first ?? cursor
            }
            return
        }
        let next: Int?
        if let current = layout.cursor {
            next = step > 0 ? links.first { $0 > current } : links.last { $0 < current }
        } else {
            next = links.first { $0 >= top }
        }
        guard let target = next else {
            // No link further that way: scroll instead, so the rest can still be read.
            self.top = max(0, min(bottom, top + step))
            return
        }
        cursor = target
        if target < top { top = target }
        if target >= top + height { top = target - height + 1 }
        self.top = max(0, min(bottom, top))
    }

    /// Selects the link line under the mouse; true when there was one.
    mutating func select(row: Int, in layout: DetailLayout) -> Bool {
        guard let at = layout.link(atRow: row) else { return false }
        cursor = at
        return true
    }
}

extension AppState {
    /// The detail on screen laid out at the current size.
    var detailLayout: DetailLayout { DetailLayout(route, self, size: size) }

    /// The link of the detail's selected line, if any.
    var detailSelectedLink: Route? { detailLayout.selectedLink }

    mutating func moveDetail(by delta: Int) {
        let layout = detailLayout
        details[route, default: DetailState()].move(by: delta, in: layout)
    }

    mutating func selectDetailLine(row: Int) -> Bool {
        let layout = detailLayout
        return details[route, default: DetailState()].select(row: row, in: layout)
    }
}
