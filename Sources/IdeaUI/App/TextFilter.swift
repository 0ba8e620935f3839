import IdeaModel

/// The "text contains" filter (`\`, or its line in the filter window): typed on the line
/// above the list, which narrows as each letter comes; Enter keeps it, Esc puts back the
/// one before. Unlike a search it hides rows, shows among the filters and `F` clears it.
extension AppState {
    mutating func startTextFilter() {
        guard let kind = filteredKind else { return }
        overlay = nil
        searchInput = nil
        let current = list(kind).filters.text ?? ""
        filterBefore = current
        filterInput = current
    }

    mutating func typeInFilter(_ key: Key) -> Effect {
        guard var text = filterInput, filteredKind != nil else {
            filterInput = nil
            return .none
        }
        switch key {
        case .escape:
            cancelTextFilter()
        case .enter:
            endTextFilter()
        case .ctrl("l"):
            return .redrawAll
        default:
            if AppState.edit(&text, with: key) { typeTextFilter(text) }
        }
        return .none
    }

    /// Esc: the filter in force before comes back.
    mutating func cancelTextFilter() {
        guard filterInput != nil, let kind = filteredKind else {
            filterInput = nil
            return
        }
        filterInput = nil
        setTextFilter(filterBefore ?? "", on: kind)
        filterBefore = nil
    }

    /// Enter: the filter typed stays in force.
    mutating func endTextFilter() {
        guard filterInput != nil, filteredKind != nil else {
            filterInput = nil
            return
        }
        filterInput = nil
        filterBefore = nil
    }

    /// The line now holds `text`: the list narrows to it.
    mutating func typeTextFilter(_ text: String) {
        guard filterInput != nil, let kind = filteredKind else {
            filterInput = nil
            return
        }
        filterInput = text
        setTextFilter(text, on: kind)
    }

    mutating func setTextFilter(_ text: String, on kind: ListKind) {
        editList(kind) { $0.filters = $0.filters.settingText(text) }
        refreshList(kind)
    }

    /// `F`: every filter off, the text filter too; in the filter window its boxes follow.
    mutating func clearFilters() {
        guard let kind = filteredKind else { return }
        editList(kind) { $0.filters = [] }
        refreshList(kind)
        if case .menu(let menu)? = overlay, case .filters = menu.purpose {
            openMenu(filters: true)
            if case .menu(var fresh)? = overlay {
                fresh.selected = min(menu.selected, fresh.items.count - 1)
                fresh.top = menu.top
                overlay = .menu(fresh)
            }
        }
    }

    /// `~`: the last messages of the status line, newest first, each in full.
    mutating func showMessages() {
        let s = strings.screen
        let lines = messageLog.isEmpty ? [s.noMessages] : Array(messageLog.reversed().flatMap { [$0, ""] }.dropLast())
        overlay = .notice(Notice(title: s.messagesTitle, lines: lines))
    }
}

extension AppState {
    /// A key typed into a one-line search or filter: Backspace, Ctrl-U (clear), a
    /// character, a paste (line breaks as spaces). False for any other key.
    static func edit(_ text: inout String, with key: Key) -> Bool {
        switch key {
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .ctrl("u"):
            text = ""
        case .char(let c):
            text.append(c)
        case .paste(let pasted):
            text += pasted.map { $0.isNewline ? " " : $0 }
        default:
            return false
        }
        return true
    }
}
