/// Small helpers for names and the English words of log lines (refusals and everything
/// else shown are values; the interface's string tables say them).
enum CommandWords {
    static func quoted(_ text: String) -> String { "“" + text + "”" }

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    static func trimmed(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, first.isWhitespace { rest.removeFirst() }
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        return String(rest)
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String], _ conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// "1 team", "3 teams".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func span(_ start: ClockTime, _ end: ClockTime) -> String { start.text + "–" + end.text }

    /// A person as a refusal names them: by name, or by the id when nobody has it.
    static func person(_ id: String, in db: Database) -> PersonName {
        db.people.first { $0.id == id }.map { .known($0.name) } ?? .unknown(id: id)
    }

    /// An idea's title, or its id when no idea has it (unquoted: the words quote it).
    static func title(_ id: String, in db: Database) -> String {
        db.ideas.first { $0.id == id }?.title ?? id
    }

    static func personName(_ id: String, in db: Database) -> String {
        db.people.first { $0.id == id }?.name ?? quoted(id)
    }

    static func venueName(_ id: String, in db: Database) -> String {
        db.venues.first { $0.id == id }?.name ?? quoted(id)
    }
}
