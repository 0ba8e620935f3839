import IdeaModel

/// How a sort compares rows: text in Lithuanian alphabetical order, or numbers.
public enum SortKey: Comparable, Sendable {
    case number(Int)
    case text([UInt32])

    public static func text(_ s: String) -> SortKey { .text(LithuanianOrder.key(s)) }

    public static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x.lexicographicallyPrecedes(y)
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}

/// A column of a list: its title, how wide, and how to read a row's cell and sort key.
public struct ColumnSpec: Sendable {
    public enum Width: Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// Shares what is left, never below `min`.
        case flex(min: Int)
    }

    public var id: String
    public var title: String
    public var width: Width
    public var alignRight: Bool
    /// Cut in the middle rather than at the end (venue names, as the grid cuts them).
    public var cutMiddle: Bool
    public var text: @Sendable (Int) -> String
    public var sortKey: @Sendable (Int) -> SortKey
    /// Colour for the cell (by sector or stage), if any.
    public var style: (@Sendable (Int) -> Style)?
    /// The sort key runs against the values shown (newest first while the key ascends),
    /// so the arrow in the heading is turned to show the order of the values themselves.
    public var keyRunsBackwards = false

    public init(_ id: String, _ title: String, _ width: Width, alignRight: Bool = false, cutMiddle: Bool = false,
                text: @escaping @Sendable (Int) -> String, sortKey: (@Sendable (Int) -> SortKey)? = nil,
                style: (@Sendable (Int) -> Style)? = nil) {
        self.id = id
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.cutMiddle = cutMiddle
        self.text = text
        self.sortKey = sortKey ?? { .text(text($0)) }
        self.style = style
    }
}

/// A named group of filters for the filter menu.
public struct FilterGroup: Sendable {
    public var title: String
    public var tokens: [FilterToken]
}

/// Everything a list screen needs about one kind of record. Rows are positions in the
/// kind's records (ideas in `db.ideas`, and so on), so they stay cheap to sort and filter.
public struct ListSpec: Sendable {
    public var count: Int
    public var columns: [ColumnSpec]
    public var defaultSort: String
    /// Built only when the filter menu opens: some groups (mentors) cost a sort.
    public var filters: @Sendable () -> [FilterGroup]
    /// Whether a row passes one filter token.
    public var passes: @Sendable (Int, FilterToken) -> Bool
    /// The text search looks through, for a row.
    public var searchText: @Sendable (Int) -> String
    /// Where Enter on a row goes.
    public var route: @Sendable (Int) -> Route
    /// The row showing a record, for jumping to a route (e.g. from a detail back to the list).
    public var rowOf: @Sendable (Route) -> Int?

    public init(count: Int, columns: [ColumnSpec], defaultSort: String, filters: @autoclosure @escaping @Sendable () -> [FilterGroup],
                passes: @escaping @Sendable (Int, FilterToken) -> Bool, searchText: @escaping @Sendable (Int) -> String,
                route: @escaping @Sendable (Int) -> Route, rowOf: @escaping @Sendable (Route) -> Int?) {
        self.count = count
        self.columns = columns
        self.defaultSort = defaultSort
        self.filters = filters
        self.passes = passes
        self.searchText = searchText
        self.route = route
        self.rowOf = rowOf
    }

    /// The spec for a kind over a database.
    public static func of(_ kind: ListKind, _ ctx: ListContext) -> ListSpec {
        var spec: ListSpec
        switch kind {
        case .ideas: spec = IdeasList.spec(ctx)
        case .people: spec = PeopleList.spec(ctx)
        case .teams: spec = TeamsList.spec(ctx)
        case .mentors: spec = MentorsList.spec(ctx)
        case .venues: spec = VenuesList.spec(ctx)
        case .forums: spec = ForumsList.spec(ctx)
        case .log: spec = LogList.spec(ctx)
        }
        // The text filter works alike on every list: over the text a search looks through.
        let passes = spec.passes, text = spec.searchText
        spec.passes = { row, token in
            guard case .text(let words) = token else { return passes(row, token) }
            return ListSpec.contains(Array(SearchText.fold(text(row)).utf8), words: ListSpec.words(words))
        }
        return spec
    }

    /// The folded words of a search or a text filter.
    static func words(_ text: String) -> [[UInt8]] {
        SearchText.fold(text).split(separator: " ").map { Array($0.utf8) }
    }

    /// True when folded `text` holds every one of `words` (all of them when there are none).
    static func contains(_ text: [UInt8], words: [[UInt8]]) -> Bool {
        words.allSatisfy { AppState.contains(text, $0) }
    }
}

/// What list specs read: the database, its index and the words of the interface.
public struct ListContext: Sendable {
    public var db: Database
    public var index: DatabaseIndex
    public var strings: Strings
    /// The festival's time zone, for moments.
    public var zone: TimeZoneRules

    public init(db: Database, index: DatabaseIndex, strings: Strings, zone: TimeZoneRules = .utc) {
        self.db = db
        self.index = index
        self.strings = strings
        self.zone = zone
    }

    public func name(_ personId: String) -> String {
        index.person[personId].map { db.people[$0].name } ?? personId
    }
}
