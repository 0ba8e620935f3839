/// The columns an idea spreadsheet may have, and the names a header may give them in
/// English or Lithuanian (case, diacritics, spaces, dashes and underscores ignored).
public enum ImportColumn: String, CaseIterable, Sendable {
    case title, summary, problem, impact, author, email, sectors, district, tags

    /// Columns every file must have; the others may be left out.
    public static let required: [ImportColumn] = [.title, .summary, .author, .email, .sectors, .district]

    /// Header names in English, the first being the one messages suggest.
    public var english: [String] {
        switch self {
        case .title: return ["title", "idea", "idea title"]
        case .summary: return ["summary", "description"]
        case .problem: return ["problem"]
        case .impact: return ["impact"]
        case .author: return ["author", "author name", "name", "full name"]
        case .email: return ["email", "e-mail", "author email", "author e-mail"]
        case .sectors: return ["sectors", "sector"]
        case .district: return ["district", "neighbourhood", "neighborhood"]
        case .tags: return ["tags", "keywords"]
        }
    }

    /// Header names in Lithuanian, the first being the one messages suggest.
    public var lithuanian: [String] {
        switch self {
        case .title: return ["pavadinimas", "idėja", "idėjos pavadinimas"]
        case .summary: return ["santrauka", "aprašymas", "idėjos aprašymas", "trumpas aprašymas"]
        case .problem: return ["problema"]
        case .impact: return ["poveikis", "nauda"]
        case .author: return ["autorius", "autoriaus vardas", "vardas pavardė", "vardas ir pavardė", "vardas"]
        case .email: return ["el. paštas", "el paštas", "elektroninis paštas", "e. paštas"]
        case .sectors: return ["sektoriai", "sektorius"]
        case .district: return ["seniūnija", "rajonas", "mikrorajonas"]
        case .tags: return ["žymės", "raktažodžiai"]
        }
    }

    /// The key a header cell is compared by.
    static func key(_ header: String) -> String {
        String(SearchText.fold(header).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    static let byKey: [String: ImportColumn] = {
        var out: [String: ImportColumn] = [:]
        for column in allCases { for name in column.english + column.lithuanian { out[key(name)] = column } }
        return out
    }()

    public static func named(_ header: String) -> ImportColumn? { byKey[key(header)] }
}

extension Sector {
    /// A sector as a person writes it, in English or Lithuanian, in any case, with or
    /// without diacritics ("Kultūra", "kulturinis", "cultural").
    public static func named(_ text: String) -> Sector? {
        let key = SearchText.fold(CommandWords.trimmed(text))
        return allCases.first { sector in sector.names.contains { SearchText.fold($0) == key } }
    }

    /// The English name, then the Lithuanian one messages suggest, then other spellings.
    var names: [String] {
        switch self {
        case .youth: return ["youth", "jaunimas", "jaunimo"]
        case .cultural: return ["cultural", "kultūra", "culture", "kultūrinis", "kultūros"]
        case .educational: return ["educational", "švietimas", "education", "švietimo", "edukacinis", "edukacija"]
        case .business: return ["business", "verslas", "verslo"]
        case .social: return ["social", "socialinis", "socialinė", "socialinis sektorius"]
        }
    }
}
