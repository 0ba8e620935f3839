/// A small window of choices: the filter menu (several can be on) or the sort menu.
public struct Menu: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case filters(ListKind)
        case sort(ListKind)
        /// The stage moves of an idea.
        case moves(ideaId: String)
        /// What can be done on the screen (`c`).
        case actions
        /// Suggested mentors: each kept or dropped, then the kept ones applied (`a`).
        case suggestions
    }

    public struct Item: Equatable, Sendable {
        public var label: String
        /// A heading line that cannot be chosen.
        public var isHeading: Bool
        public var checked: Bool
        public var filter: FilterToken?
        public var column: String?
        public var move: StageMove?
        var action: ActionMenu.Choice?

        init(label: String, isHeading: Bool, checked: Bool, filter: FilterToken? = nil,
             column: String? = nil, move: StageMove? = nil, action: ActionMenu.Choice? = nil) {
            self.action = action
            self.label = label
            self.isHeading = isHeading
            self.checked = checked
            self.filter = filter
            self.column = column
            self.move = move
        }
    }

    public var title: String
    public var purpose: Purpose
    public var items: [Item]
    public var selected: Int
    public var top = 0

    /// Moves the selection by `delta` items (clamped to the ends), skipping headings.
    mutating func move(by delta: Int) {
        guard !items.isEmpty else { return }
        let target = max(0, min(items.count - 1, selected + max(-items.count, min(items.count, delta))))
        let step = delta < 0 ? -1 : 1
        for candidate in [target] + Array(stride(from: target + step, to: step < 0 ? -1 : items.count, by: step))
            + Array(stride(from: target - step, to: step < 0 ? items.count : -1, by: -step))
            where !items[candidate].isHeading {
            selected = candidate
            return
        }
    }
}
