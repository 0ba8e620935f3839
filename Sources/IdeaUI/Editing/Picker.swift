import IdeaModel

/// A searchable list to choose from: who you are, an idea's sectors, its district, its
/// tags, its author. Typing narrows the list (case and diacritics ignored); ↑/↓ move,
/// PgUp/PgDn a page; Home/End go to the first and last row while nothing is typed (then
/// they move in the typed text); Enter chooses; with several allowed, Tab marks and Enter takes the marked ones.
public struct Picker: Equatable, Sendable {
    public struct Option: Equatable, Sendable {
        public var id: String
        public var label: String
        /// Shown beside the label, and searched too (a person's roles, a tag's use).
        public var detail: String
        /// Cells under the picker's column titles, after the label (searched too).
        public var cells: [String]
        /// Set when the option would not do here: its last cell is shown as a warning.
        public var flagged: Bool
        /// Said at the foot of the picker while the option is selected (why it would not do).
        public var foot: String
        var folded: String

        /// `keywords` are searched but not shown (a sector's name in the other language).
        public init(id: String, label: String, detail: String = "", keywords: String = "", cells: [String] = [],
                    flagged: Bool = false, foot: String = "") {
            self.id = id
            self.label = label
            self.detail = detail
            self.cells = cells
            self.flagged = flagged
            self.foot = foot
            folded = SearchText.fold(([label, detail, keywords] + cells).joined(separator: " "))
        }
    }

    /// What the picker chooses for.
    public enum Purpose: Equatable, Sendable {
        /// The person using the app (asked once at the start when not given).
        case actor
        /// A choice field of the open form, by its id.
        case field(String)
        /// A ready idea for a place on the festival grid.
        case place(venueId: String, start: Int)
        /// Who (or which team) goes to make room for a change that hit a limit.
        case makeRoom(EditSession.Conflict)
        /// A ready idea waiting, to say why it is not on the grid.
        case diagnose
    }

    public enum Outcome: Equatable, Sendable {
        case open
        case cancelled
        /// The ids chosen, in order (one for a single choice).
        case chosen([String])
    }

    public var title: String
    public var purpose: Purpose
    /// Titles of the label's column and of each option's cells; empty: no header.
    public var columns: [String] = []
    public var query: LineEditor
    public private(set) var options: [Option]
    /// Positions in `options` that match the query, in order.
    public private(set) var shown: [Int]
    /// Index into the rows (`newValue` first when offered, then `shown`).
    public var selected = 0
    public var top = 0
    public var multiple: Bool
    /// Typed text can become a new option (tags).
    public var allowsNew: Bool
    /// The marked ids, in the order they were marked.
    public private(set) var chosen: [String]

    public init(title: String, purpose: Purpose, options: [Option], chosen: [String] = [],
                multiple: Bool = false, allowsNew: Bool = false, columns: [String] = []) {
        self.title = title
        self.purpose = purpose
        self.columns = columns
        query = LineEditor("")
        self.options = options
        shown = Array(options.indices)
        self.multiple = multiple
        self.allowsNew = allowsNew
        self.chosen = chosen
        if !multiple, let first = chosen.first, let at = options.firstIndex(where: { $0.id == first }) { selected = at }
    }

    /// The typed text offered as a new option, when new ones are allowed and it is not
    /// already one.
    public var newValue: String? {
        let text = query.text.trimmedForModel
        guard allowsNew, !text.isEmpty else { return nil }
        let folded = SearchText.fold(text)
        return options.contains { SearchText.fold($0.label) == folded } ? nil : text
    }

    /// The rows shown: the new value's row (as an id) first, then matching options.
    public var rowCount: Int { shown.count + (newValue == nil ? 0 : 1) }

    /// The option id at a row; a new value's id is its text.
    public func id(atRow row: Int) -> String? {
        if let new = newValue {
            if row == 0 { return new }
            return shown.indices.contains(row - 1) ? options[shown[row - 1]].id : nil
        }
        return shown.indices.contains(row) ? options[shown[row]].id : nil
    }

    public func isMarked(_ id: String) -> Bool { chosen.contains(id) }

    public mutating func handle(_ key: Key, height: Int) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .up: move(-1, height)
        case .down: move(1, height)
        case .pageUp: move(-max(1, height - 1), height)
        case .pageDown: move(max(1, height - 1), height)
        case .home where query.text.isEmpty: move(-rowCount, height)
        case .end where query.text.isEmpty: move(rowCount, height)
        case .tab where multiple:
            toggle()
            // After a search, marking starts the next one afresh.
            if query.text.isEmpty {
                move(1, height)
            } else {
                query = LineEditor("")
                refilter()
            }
        case .enter:
            return choose()
        default:
            let before = query.text
            guard query.handle(key) else { return .open }
            if query.text != before { refilter() }
        }
        return .open
    }

    /// Enter: the selected row (a new value becomes an option); with several allowed, the
    /// marked rows, or the selected one when none is marked.
    public mutating func choose() -> Outcome {
        if multiple {
            if chosen.isEmpty || newValue != nil && selected == 0, let id = id(atRow: selected) { toggle(id) }
            return .chosen(chosen)
        }
        guard let id = id(atRow: selected) else { return .open }
        if newValue != nil && selected == 0 { options.append(Option(id: id, label: id)) }
        return .chosen([id])
    }

    /// Marks or unmarks the selected row (a new value becomes an option, marked).
    mutating func toggle(_ given: String? = nil) {
        guard let id = given ?? id(atRow: selected) else { return }
        if newValue == id {
            options.append(Option(id: id, label: id))
            chosen.append(id)
            query = LineEditor("")
            refilter()
            return
        }
        if let at = chosen.firstIndex(of: id) { chosen.remove(at: at) } else { chosen.append(id) }
    }

    private mutating func move(_ delta: Int, _ height: Int) {
        selected = max(0, min(rowCount - 1, selected + delta))
        let h = max(1, height)
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = max(0, min(top, max(0, rowCount - h)))
    }

    private mutating func refilter() {
        let words = SearchText.fold(query.text).split(separator: " ")
        shown = options.indices.filter { i in words.allSatisfy { options[i].folded.contains($0) } }
        // A match is the likelier wish than a new value: select it when there is one.
        selected = newValue != nil && !shown.isEmpty ? 1 : 0
        top = 0
    }
}
