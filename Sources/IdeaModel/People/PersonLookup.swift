/// Finds the person a user means by a name or an id, as typed after `--as` or in
/// `IDEA_TUI_USER`: an exact id, else a whole name, else every word of the query found in
/// one name, ignoring case and diacritics ("ruta petrauskiene" is "Rūta Petrauskienė").
public enum PersonLookup {
    public enum Result: Equatable, Sendable {
        case found(Person)
        case none(query: String)
        /// More than one person fits; the first few, by name.
        case ambiguous(query: String, candidates: [Person])
    }

    public static func find(_ query: String, in people: [Person]) -> Result {
        let trimmed = CommandWords.trimmed(query)
        guard !trimmed.isEmpty else { return .none(query: query) }
        if let byId = people.first(where: { $0.id == trimmed }) { return .found(byId) }
        let folded = SearchText.fold(trimmed)
        let whole = people.filter { SearchText.fold($0.name) == folded }
        if whole.count == 1 { return .found(whole[0]) }
        let partial = whole.isEmpty ? people.filter { SearchText.matches($0.name, query: trimmed) } : whole
        switch partial.count {
        case 0: return .none(query: trimmed)
        case 1: return .found(partial[0])
        default:
            return .ambiguous(query: trimmed, candidates: partial.sorted { LithuanianOrder.less($0.name, $1.name) })
        }
    }
}
