/// What a list screen remembers: the rows that pass the filters in sort order, the
/// selection, the first row shown, the sort, the filters and the last search.
public struct ListState: Equatable, Sendable {
    /// Record positions, filtered and sorted.
    public var rows: [Int] = []
    /// Index into `rows`.
    public var selected = 0
    /// First row shown.
    public var top = 0
    public var sortColumn: String?
    public var ascending = true
    public var filters: Set<FilterToken> = []
    /// The search in force (empty: none).
    public var query = ""
    /// Indices into `rows` that match `query`, in order.
    public var matches: [Int] = []

    public init() {}

    /// The record position of the selection, if the list is not empty.
    public var selectedRecord: Int? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Keeps the selection inside the rows and on screen for `height` visible rows.
    public mutating func clamp(height: Int) {
        selected = max(0, min(selected, rows.count - 1))
        let h = max(1, height)
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = max(0, min(top, max(0, rows.count - h)))
    }
}
