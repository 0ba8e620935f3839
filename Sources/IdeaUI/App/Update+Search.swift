import IdeaModel

/// `/` searches the list on screen (or the ideas from elsewhere): it moves between the
/// matches and hides nothing; `n`/`N` go to the next and previous match.
extension AppState {
    /// The list a search runs over: the one on screen, or the ideas from elsewhere.
    var searchKind: ListKind {
        if case .list(let kind) = route { return kind }
        return .ideas
    }

    mutating func startSearch() {
        if case .list = route {} else { push(.list(.ideas)) }
        searchInput = ""
        filterInput = nil
        overlay = nil
    }

    /// A key on the line being typed: the search's or the text filter's.
    mutating func typeInLine(_ key: Key) -> Effect {
        filterInput != nil ? typeInFilter(key) : typeInSearch(key)
    }

    /// Esc (or "cancel" clicked) on the line: the search or the text filter typed goes.
    mutating func cancelLine() {
        if filterInput != nil { cancelTextFilter() } else { cancelSearch() }
    }

    /// Enter (or "done" clicked) on the line: what was typed stays.
    mutating func endLine() {
        if filterInput != nil { endTextFilter() } else { endSearch() }
    }

    /// Ctrl-U: the line is emptied.
    mutating func clearLine() {
        if filterInput != nil { typeTextFilter("") } else { typeSearch("") }
    }

    mutating func typeInSearch(_ key: Key) -> Effect {
        guard var text = searchInput else { return .none }
        switch key {
        case .escape:
            cancelSearch()
        case .enter:
            endSearch()
        case .ctrl("l"):
            return .redrawAll
        default:
            if AppState.edit(&text, with: key) { typeSearch(text) }
        }
        return .none
    }

    private mutating func cancelSearch() {
        guard searchInput != nil else { return }
        searchInput = nil
        setQuery("", jump: false)
    }

    private mutating func endSearch() {
        guard let text = searchInput else { return }
        searchInput = nil
        let state = list(searchKind)
        if state.matches.isEmpty, !text.isEmpty { message = strings.noMatches(text) }
    }

    /// The search line now holds `text`: the list moves to its first match.
    private mutating func typeSearch(_ text: String) {
        guard searchInput != nil else { return }
        searchInput = text
        setQuery(text, jump: true)
    }

    /// Sets the search of the current list and moves to the first match at or after
    /// the selection (incremental search).
    mutating func setQuery(_ text: String, jump: Bool) {
        let kind = searchKind
        let texts = searchTexts(kind)
        editList(kind) { state in
            state.query = text
            state.matches = AppState.matches(of: text, in: state.rows, texts: texts)
            if jump, let first = state.matches.first { state.selected = first }
        }
        let state = list(kind)
        // Where the matches are shows beside the list; only "none" is a message.
        message = text.isEmpty || !state.matches.isEmpty ? nil : strings.noMatches(text)
    }

    mutating func jumpToMatch(forward: Bool) {
        guard case .list(let kind) = route else { return }
        let state = list(kind)
        guard !state.matches.isEmpty else {
            message = state.query.isEmpty ? nil : strings.noMatches(state.query)
            return
        }
        let next = forward ? state.matches.first { $0 > state.selected } ?? state.matches[0]
            : state.matches.last { $0 < state.selected } ?? state.matches[state.matches.count - 1]
        editList(kind) { $0.selected = next }
        message = nil
    }
}
