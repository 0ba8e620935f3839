import IdeaModel

/// A list screen: the filter or search bar, a header with the sort marked, the rows with
/// the selection and search matches highlighted, and a position counter.
enum ListView {
    static func draw(_ kind: ListKind, _ state: AppState, into screen: inout Screen) {
        let list = state.list(kind)
        let spec = ListSpec.of(kind, state.listContext)
        let s = state.strings
        let width = screen.cols
        bar(kind, list, total: spec.count, state, into: &screen)

        let widths = columnWidths(spec.columns, total: width - 1)
        let sortId = list.sortColumn ?? spec.defaultSort
        var col = 1
        for (column, w) in zip(spec.columns, widths) {
            var title = column.title
            if column.id == sortId { title += list.ascending != column.keyRunsBackwards ? " ▲" : " ▼" }
            screen.write(title, row: 2, col: col, exactly: w, alignRight: column.alignRight, style: Styles.header)
            col += w + 1
        }

        let words = SearchText.fold(list.query).split(separator: " ").map(String.init)
        let matches = Set(list.matches)
        let height = max(0, screen.rows - Layout.listChrome)
        for i in 0..<height {
            let at = list.top + i
            guard list.rows.indices.contains(at) else { break }
            let row = Layout.listFirstRow + i
            let record = list.rows[at]
            let selected = at == list.selected
            if selected { screen.fill(Rect(row: row, col: 0, width: width, height: 1), style: Styles.selected) }
            if matches.contains(at) {
                screen.write("›", row: row, col: 0, style: selected ? Styles.selected : Styles.match)
            } else if marked(kind, record, spec, state) {
                screen.write(ListView.changedMark, row: row, col: 0, style: selected ? Styles.selected : Styles.changed)
            }
            var x = 1
            for (column, w) in zip(spec.columns, widths) {
                let text = column.cutMiddle ? TextFit.truncateMiddle(column.text(record), to: w) : column.text(record)
                let base = selected ? Styles.selected : (column.style?(record) ?? .plain)
                screen.write(text, row: row, col: x, exactly: w, alignRight: column.alignRight, style: base)
                if !words.isEmpty {
                    Highlight.mark(text, words: words, row: row, col: x, width: w, alignRight: column.alignRight,
                                   style: selected ? Style(.warning, bold: true, reverse: true) : Styles.match, into: &screen)
                }
                x += w + 1
            }
        }
        if list.rows.isEmpty {
            screen.write(list.filters.isEmpty ? s.nothingHere : s.noneMatchFilters, row: Layout.listFirstRow, col: 1, style: Styles.muted)
        }
    }

    /// The mark in front of a row someone else changed a moment ago.
    static let changedMark = "•"

    /// Whether a row is marked as changed by someone else (see `ChangeMarks`).
    static func marked(_ kind: ListKind, _ record: Int, _ spec: ListSpec, _ state: AppState) -> Bool {
        guard !state.marks.isEmpty else { return false }
        if kind == .log {
            return state.database.log.indices.contains(record) && state.marks.contains(.entry(state.database.log[record].id))
        }
        return state.marks.contains(.record(spec.route(record)))
    }

    /// Row 1: the line being typed (a search or a text filter), else the filters in force
    /// with how many rows they leave, and the search in force with where its matches are;
    /// the position on the right. A search hides nothing, so it is never called a filter.
    static func bar(_ kind: ListKind, _ list: ListState, total: Int, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let counter = list.rows.isEmpty ? s.shownOf(0, total)
            : "\(list.selected + 1)/\(list.rows.count)"
        let counterWidth = DisplayWidth.of(counter)
        screen.write(counter, row: 1, col: screen.cols - counterWidth, style: Styles.muted)
        var room = screen.cols - counterWidth - 2
        if let used = typingLine(state, room: room, into: &screen) {
            // While searching, where the matches are, after the line when there is room.
            if state.searchInput != nil, let search = searchStatus(list, state, withQuery: false) {
                let w = DisplayWidth.of(search)
                if used + 2 + w <= room { screen.write(search, row: 1, col: room - w, style: Styles.muted) }
            }
            return
        }
        if let search = searchStatus(list, state) {
            let w = DisplayWidth.of(search)
            if w + 16 < room {
                screen.write(search, row: 1, col: room - w, style: list.matches.isEmpty ? Styles.warning : Styles.match)
                room -= w + 2
            }
        }
        let parts = filterParts(list, state)
        if parts.isEmpty {
            screen.write("\(kind.title(s)) · \(s.shownOf(list.rows.count, total))", row: 1, col: 0, width: room, style: Styles.heading)
        } else {
            let w = screen.write(s.filtersLabel + " ", row: 1, col: 0, width: room, style: Styles.key)
            screen.write(parts.joined(separator: " · ") + " — " + s.shownOf(list.rows.count, total), row: 1, col: w, width: room - w)
        }
    }

    /// The search or text filter being typed, on row 1, and the columns it took; nil when
    /// neither is being typed.
    @discardableResult
    static func typingLine(_ state: AppState, room: Int, into screen: inout Screen) -> Int? {
        let s = state.strings
        guard let (prompt, input) = state.searchInput.map({ (s.searchPrompt, $0) })
                ?? state.filterInput.map({ (s.screen.textFilterPrompt, $0) }) else { return nil }
        let w = screen.write(prompt, row: 1, col: 0, width: room, style: Styles.key)
        let shown = TextFit.truncateLeft(input, to: max(1, room - w - 1))
        let iw = screen.write(shown, row: 1, col: w, width: room - w)
        screen.write("▏", row: 1, col: w + iw, style: Styles.key)
        return w + iw + 1
    }

    /// "/darž · match 2 of 6": the search in force and the selection's place among its
    /// matches (or how many there are when the selection is not one); nil without a
    /// search. Beside the line being typed, without the query ("match 2 of 6").
    static func searchStatus(_ list: ListState, _ state: AppState, withQuery: Bool = true) -> String? {
        let n = state.strings.screen
        guard !list.query.isEmpty else { return nil }
        let q = TextFit.truncate(list.query, to: 20)
        let status: String
        if list.matches.isEmpty {
            status = n.searchNone(q)
        } else if let at = list.matches.firstIndex(of: list.selected) {
            status = n.searchAt(q, at + 1, list.matches.count)
        } else {
            status = n.searchCount(q, list.matches.count)
        }
        // Each form is "/query · where": beside the typed line only "where" is new.
        let prefix = "/\(q) · "
        return withQuery || !status.hasPrefix(prefix) ? status : String(status.dropFirst(prefix.count))
    }

    /// The filters in force, one part per group ("team | mentored"), the text filter too.
    static func filterParts(_ list: ListState, _ state: AppState) -> [String] {
        var parts: [String] = []
        let groups = Dictionary(grouping: list.filters, by: \.group)
        for key in groups.keys.sorted() {
            let labels = (groups[key] ?? []).map { $0.label(state.strings, db: state.database, index: state.index) }
            parts.append(labels.sorted(by: LithuanianOrder.less).joined(separator: " | "))
        }
        return parts
    }

    /// Fixed columns get their width; flexible ones share the rest in proportion to
    /// their minimum. Columns that do not fit at all are dropped from the right.
    static func columnWidths(_ columns: [ColumnSpec], total: Int) -> [Int] {
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): return w
            case .flex(let min): return min
            }
        }
        let gaps = max(0, columns.count - 1)
        var spare = total - gaps - widths.reduce(0, +)
        // Too narrow: shrink flexible columns to 6, then fixed ones, right to left.
        var i = columns.count - 1
        while spare < 0 && i >= 0 {
            let floor = 4
            let cut = min(-spare, max(0, widths[i] - floor))
            widths[i] -= cut
            spare += cut
            i -= 1
        }
        let flexMins = columns.indices.compactMap { j -> (Int, Int)? in
            if case .flex(let m) = columns[j].width { return (j, m) }
            return nil
        }
        let totalMin = flexMins.reduce(0) { $0 + $1.1 }
        if spare > 0, totalMin > 0 {
            var given = 0
            for (n, (j, m)) in flexMins.enumerated() {
                let share = n == flexMins.count - 1 ? spare - given : spare * m / totalMin
                widths[j] += share
                given += share
            }
        }
        return widths
    }
}

/// Underlines the parts of a cell's text that a search matched, ignoring case and
/// diacritics, character by character so the highlight sits on the real letters.
enum Highlight {
    static func mark(_ text: String, words: [String], row: Int, col: Int, width: Int, alignRight: Bool,
                     style: Style, into screen: inout Screen) {
        let shown = TextFit.truncate(text, to: width)
        let chars = Array(shown)
        // Fold each character on its own, remembering which character each folded one
        // came from, so a match in the folded text maps back to the letters shown.
        var folded: [Character] = []
        var owner: [Int] = []
        for (n, ch) in chars.enumerated() {
            for f in SearchText.fold(String(ch)) {
                folded.append(f)
                owner.append(n)
            }
        }
        var marked = Array(repeating: false, count: chars.count)
        for word in words {
            let w = Array(word)
            guard !w.isEmpty, w.count <= folded.count else { continue }
            for start in 0...(folded.count - w.count) where folded[start..<start + w.count].elementsEqual(w) {
                for m in start..<start + w.count { marked[owner[m]] = true }
            }
        }
        guard marked.contains(true) else { return }
        var x = alignRight ? col + width - DisplayWidth.of(shown) : col
        for (n, ch) in chars.enumerated() {
            let w = DisplayWidth.of(ch)
            if marked[n] { screen.write(String(ch), row: row, col: x, width: w, style: style) }
            x += w
        }
    }
}
