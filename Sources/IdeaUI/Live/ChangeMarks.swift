/// The rows others changed lately, marked in the lists for a few seconds so the eye finds
/// what moved. Times are a monotonic clock in milliseconds that the caller passes in, so
/// tests say exactly when a mark runs out.
public struct ChangeMarks: Equatable, Sendable {
    /// How long a mark stays, in milliseconds.
    public static let lasting = 5_000

    /// A marked row: a record, by the screen that shows it, or a log entry.
    public enum Key: Hashable, Sendable {
        case record(Route)
        case entry(String)
    }

    /// Each mark and when it runs out.
    public private(set) var until: [Key: Int] = [:]

    public init() {}

    public var isEmpty: Bool { until.isEmpty }

    public func contains(_ key: Key) -> Bool { until[key] != nil }

    /// Marks `keys` from `now` (a mark already there starts again).
    public mutating func mark(_ keys: Set<Key>, at now: Int) {
        for key in keys { until[key] = now + Self.lasting }
    }

    /// Drops the marks that have run out by `now`; true when any did (the screen must
    /// be drawn again).
    @discardableResult
    public mutating func expire(at now: Int) -> Bool {
        let before = until.count
        until = until.filter { $0.value > now }
        return until.count != before
    }

    /// When the next mark runs out, if any.
    public var nextExpiry: Int? { until.values.min() }
}
