/// One thing wrong with a database file, said where it is and what was expected.
public struct Problem: Equatable, Sendable, CustomStringConvertible {
    /// JSON path such as `ideas[3].sectors[1]`; empty for the file as a whole.
    public var path: String
    /// 1-based line and column, where the parser knows them.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = ""
        if let line, let column { place = "line \(line), column \(column)" }
        if !path.isEmpty { place += place.isEmpty ? path : " (\(path))" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

/// Collects problems while a document is read, so one load reports all of them.
public final class ProblemSink {
    public private(set) var problems: [Problem] = []
    /// Past this many, the rest are counted, not kept: a broken 50 MB file should not
    /// produce a million lines.
    public let limit: Int
    public private(set) var dropped = 0

    public init(limit: Int = 200) { self.limit = limit }

    public func add(_ path: String, _ message: String) {
        if problems.count < limit {
            problems.append(Problem(path: path, message: message))
        } else {
            dropped += 1
        }
    }

    public var isEmpty: Bool { problems.isEmpty && dropped == 0 }
}
