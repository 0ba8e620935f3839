import IdeaModel

/// Whether an action would do something here and now. The status line offers only the
/// keys whose action passes, so it never names a key that would only say "not here"; the
/// help still lists every key of the screen. Each answer asks the same thing the action
/// itself checks first.
extension AppState {
    public func offers(_ action: Action) -> Bool {
        switch action {
        case .open:
            if case .menu(let menu)? = overlay {
                return menu.items.indices.contains(menu.selected) && !menu.items[menu.selected].isHeading
            }
            switch route {
            case .dashboard: return !dashboardLayout.items.isEmpty
            case .list(let kind): return list(kind).selectedRecord != nil
            case .board: return boardSelectedRoute != nil
            case .grid: return grid.carrying != nil || GridLayout.slotAtCursor(self) != nil
            default: return detailSelectedLink != nil
            }
        case .moveForward, .moveBack, .moveMenu, .editRecord:
            return selectedIdea != nil
        case .actions:
            return !ActionMenu.items(self).isEmpty
        case .takeTeam, .letGoTeam:
            guard case .mentoring = route, let actor, case .team(let id)? = detailSelectedLink,
                  let team = index.team[id].map({ database.teams[$0] }) else { return false }
            return team.mentorIds.contains(actor) == (action == .letGoTeam)
        case .gridPlace:
            return !GridLayout.venues(database).isEmpty && !(gridReady ?? GridLayout.ready(database)).isEmpty
        case .gridMove:
            return grid.carrying != nil || GridLayout.slotAtCursor(self) != nil
        case .gridWhy:
            return !(gridReady ?? GridLayout.ready(database)).isEmpty
        case .applyChange:
            return offersChange
        case .gridRemove, .gridPin, .gridLonger, .gridShorter:
            return GridLayout.slotAtCursor(self) != nil
        case .nextMatch, .previousMatch:
            return filteredKind.map { !list($0).matches.isEmpty } ?? false
        case .clearFilters:
            return filteredKind.map { !list($0).filters.isEmpty } ?? false
        case .applySuggestions:
            guard case .menu(let menu)? = overlay else { return false }
            return menu.items.contains { $0.checked && $0.action != nil }
        case .showMessages:
            return !messageLog.isEmpty
        default:
            return true
        }
    }
}
