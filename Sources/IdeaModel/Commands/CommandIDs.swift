/// Ids for new records, derived from the database itself: the next free number after a
/// prefix ("idea-0042", "forum-07", "log-000123"). The same database and command always
/// give the same id, and an id is never one the database already uses.
enum CommandIDs {
    /// The number after `prefix` when the rest of `id` is all digits.
    static func number(in id: String, prefix: String) -> Int? {
        guard id.hasPrefix(prefix) else { return nil }
        let digits = id.utf8.dropFirst(prefix.utf8.count)
        guard !digits.isEmpty, digits.count <= 15,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// One past the last id's number (or the count), when free; otherwise one past the
    /// highest number in use. The fast path keeps long command runs linear per command.
    static func next(_ prefix: String, width: Int, in ids: some BidirectionalCollection<String>) -> String {
        let guess = max(ids.count, ids.last.flatMap { number(in: $0, prefix: prefix) } ?? 0) + 1
        let id = prefix + pad(guess, width)
        if !ids.contains(id) { return id }
        let highest = ids.reduce(0) { max($0, number(in: $1, prefix: prefix) ?? 0) }
        return prefix + pad(highest + 1, width)
    }

    /// Log entries are only ever appended with rising numbers, so the last one carries
    /// the highest; this stays O(1) however long the log grows.
    static func nextLogID(in log: [LogEntry]) -> String {
        let last = log.last.flatMap { number(in: $0.id, prefix: "log-") } ?? 0
        return "log-" + pad(max(last, log.count) + 1, 6)
    }
}
