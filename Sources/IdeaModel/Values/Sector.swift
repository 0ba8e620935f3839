/// The five sectors the platform brings together.
public enum Sector: String, CaseIterable, Sendable, Comparable, TextForm {
    case youth, cultural, educational, business, social

    public static func < (a: Sector, b: Sector) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .youth: return 0
        case .cultural: return 1
        case .educational: return 2
        case .business: return 3
        case .social: return 4
        }
    }
}
