import IdeaModel

/// The windows of choices over a list: the filters (boxes to tick, the text filter
/// first), the sort, and choosing an item in any menu (a stage move, an action, a
/// suggested mentor kept or dropped).
extension AppState {
    /// The list whose filters the current screen uses: the board shows the ideas list's.
    var filteredKind: ListKind? {
        switch route {
        case .list(let kind): return kind
        case .board: return .ideas
        default: return nil
        }
    }

    mutating func openMenu(filters: Bool) {
        guard let kind = filteredKind, filters || route != .board else { return }
        let spec = ListSpec.of(kind, listContext)
        let state = list(kind)
        var items: [Menu.Item] = []
        if filters {
            // The text filter first: choosing it opens the line to type it (as \ does).
            let text = state.filters.text
            items.append(Menu.Item(label: strings.screen.textHeading, isHeading: true, checked: false))
            items.append(Menu.Item(label: text.map(strings.screen.textItemSet) ?? strings.screen.textItemEmpty, isHeading: false,
                                   checked: text != nil, filter: .text(text ?? "")))
            for group in spec.filters() where !group.tokens.isEmpty {
                items.append(Menu.Item(label: group.title, isHeading: true, checked: false))
                for token in group.tokens {
                    items.append(Menu.Item(label: token.label(strings, db: database, index: index), isHeading: false,
                                           checked: state.filters.contains(token), filter: token))
                }
            }
        } else {
            let current = state.sortColumn ?? spec.defaultSort
            for column in spec.columns {
                items.append(Menu.Item(label: column.title + (column.id == current ? (state.ascending != column.keyRunsBackwards ? " ▲" : " ▼") : ""),
                                       isHeading: false, checked: column.id == current, column: column.id))
            }
        }
        let first = items.firstIndex { !$0.isHeading } ?? 0
        let menu = Menu(title: filters ? strings.filterTitle : strings.sortTitle,
                        purpose: filters ? .filters(kind) : .sort(kind), items: items, selected: first)
        overlay = .menu(menu)
    }

    mutating func choose(in menu: Menu) -> Effect {
        guard menu.items.indices.contains(menu.selected) else { return .none }
        let item = menu.items[menu.selected]
        switch menu.purpose {
        case .filters(let kind):
            guard let token = item.filter else { return .none }
            if case .text = token {
                startTextFilter()
                return .none
            }
            editList(kind) { state in
                if state.filters.contains(token) { state.filters.remove(token) } else { state.filters.insert(token) }
            }
            refreshList(kind)
            var updated = menu
            updated.items[menu.selected].checked.toggle()
            overlay = .menu(updated)
        case .sort(let kind):
            guard let column = item.column else { return .none }
            let spec = ListSpec.of(kind, listContext)
            editList(kind) { state in
                if (state.sortColumn ?? spec.defaultSort) == column {
                    state.ascending.toggle()
                } else {
                    state.sortColumn = column
                    state.ascending = true
                }
            }
            refreshList(kind)
            overlay = nil
        case .moves(let ideaId):
            guard let move = item.move, let i = index.idea[ideaId] else { return .none }
            return choose(move, for: database.ideas[i])
        case .actions:
            switch item.action {
            case .form(let kind)?: openForm(kind)
            case .moveMenu?: openMoveMenu()
            case .command(let command)?:
                overlay = nil
                return .edit(.apply(command))
            case .suggestMentors?: return openMentorSuggestion()
            case nil: break
            }
        case .suggestions:
            guard !item.isHeading else { return .none }
            var updated = menu
            updated.items[menu.selected].checked.toggle()
            overlay = .menu(updated)
        }
        return .none
    }

}
