import IdeaModel

/// One filter a user can switch on. Filters of the same group match any of them;
/// filters of different groups must all match ("stage team or mentored, and youth").
public enum FilterToken: Hashable, Sendable {
    case stage(Stage)
    case sector(Sector)
    case district(String)
    case mentor(String)
    case needsTeam
    case needsMentor
    case role(PersonRole)
    case feature(VenueFeature)
    case hasOpenRoles
    case atCapacity
    case hasRoom
    case forumsOnly
    case workshopsOnly
    /// Log entries by a person, of a kind, about an idea.
    case actor(String)
    case logKind(String)
    case idea(String)
    /// Rows whose text (what `/` searches) contains every word of this, ignoring case and
    /// diacritics: the "text contains" filter, typed after a backslash.
    case text(String)

    /// Tokens of one group are alternatives.
    public var group: Int {
        switch self {
        case .stage: return 0
        case .sector: return 1
        case .district: return 2
        case .mentor: return 3
        case .needsTeam: return 4
        case .needsMentor: return 5
        case .role: return 6
        case .feature: return 7
        case .hasOpenRoles: return 8
        case .atCapacity, .hasRoom: return 9
        case .forumsOnly, .workshopsOnly: return 10
        case .actor: return 11
        case .logKind: return 12
        case .idea: return 13
        case .text: return 14
        }
    }

    /// How the filter bar and the menu name it.
    public func label(_ s: Strings, db: Database, index: DatabaseIndex) -> String {
        switch self {
        case .stage(let stage): return s.stage(stage)
        case .sector(let sector): return s.sector(sector)
        case .district(let name): return name
        case .mentor(let id): return index.person[id].map { db.people[$0].name } ?? id
        case .needsTeam: return s.needsTeam
        case .needsMentor: return s.needsMentor
        case .role(let role): return s.role(role)
        case .feature(let feature): return s.feature(feature)
        case .hasOpenRoles: return s.hasOpenRoles
        case .atCapacity: return s.atCapacity
        case .hasRoom: return s.hasRoom
        case .forumsOnly: return s.forumsOnly
        case .workshopsOnly: return s.workshopsOnly
        case .actor(let id): return index.person[id].map { db.people[$0].name } ?? id
        case .logKind(let kind): return kind
        case .idea(let id): return index.idea[id].map { db.ideas[$0].title } ?? id
        case .text(let text): return s.screen.textContains(text)
        }
    }
}

extension Set where Element == FilterToken {
    /// True when `test` holds for at least one token of every group present.
    public func allGroupsMatch(_ test: (FilterToken) -> Bool) -> Bool {
        guard !isEmpty else { return true }
        var groups: [Int: Bool] = [:]
        for token in self { groups[token.group] = (groups[token.group] ?? false) || test(token) }
        return groups.values.allSatisfy { $0 }
    }
}

extension Set where Element == FilterToken {
    /// The "text contains" filter in force, if any.
    public var text: String? {
        for case .text(let text) in self { return text }
        return nil
    }

    /// The same filters with the text filter set to `text` (none when it is blank).
    public func settingText(_ text: String) -> Set<FilterToken> {
        var out = filter { if case .text = $0 { return false } else { return true } }
        if !text.allSatisfy(\.isWhitespace) { out.insert(.text(text)) }
        return out
    }
}
