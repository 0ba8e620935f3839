/// A parsed JSON document. Numbers keep the distinction between whole numbers and
/// others, because every number in the database is a whole number and a fraction
/// there is a mistake worth reporting.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The word a facilitator reads in "expected text, found a number".
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .int: return "a whole number"
        case .double: return "a number with a fraction"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
