import Foundation

/// An OpenSSH `authorized_keys` file as idea-tui edits it: the lines idea-tui wrote (a
/// forced `ssh-session` command for one person) are read and replaced; every other line
/// (the admin's own keys, comments, blank lines, bytes that are not UTF-8) is kept exactly
/// as it was, byte for byte, and in its place.
struct AuthorizedKeys {
    /// The file's lines, without their `\n` (a `\r` before it stays part of the line).
    private(set) var lines: [[UInt8]]

    /// A key line: its options (nil when none), the key, and the comment after it.
    struct KeyLine {
        var options: String?
        var type: String
        var blob: [UInt8]
        var comment: String
    }

    /// A line idea-tui wrote: the key of one person.
    struct Grant {
        var line: Int
        var command: ForcedCommand
        var key: PublicKey
        var person: String { command.person }
    }

    static let marker = "idea-tui:"

    init(bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last == [] { lines.removeLast() }
        self.lines = lines
    }

    /// The file, each line ending in `\n`.
    var bytes: [UInt8] { lines.flatMap { $0 + [0x0A] } }

    var grants: [Grant] {
        lines.indices.compactMap { i in
            guard let parsed = Self.parse(lines[i]), let options = parsed.options,
                  let command = Self.command(in: options).flatMap(ForcedCommand.init(shellLine:)) else { return nil }
            let label = Self.marker + command.person
            var comment = parsed.comment
            if comment.hasPrefix(label) { comment = String(comment.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) }
            return Grant(line: i, command: command, key: PublicKey(type: parsed.type, blob: parsed.blob, comment: comment))
        }
    }

    /// Where `key` already is, whoever it is for (1-based line number, and its grant if
    /// idea-tui wrote that line).
    func find(_ key: PublicKey) -> (lineNumber: Int, grant: Grant?)? {
        let ours = grants
        for i in lines.indices {
            guard let parsed = Self.parse(lines[i]), parsed.blob == key.blob else { continue }
            return (i + 1, ours.first { $0.line == i })
        }
        return nil
    }

    /// The line granting `key` to `command.person`.
    static func line(for key: PublicKey, command: ForcedCommand) -> [UInt8] {
        let comment = marker + command.person + (key.comment.isEmpty ? "" : " " + key.comment)
        return Array("\(command.option),restrict,pty \(key.type) \(key.base64) \(comment)".utf8)
    }

    /// Puts the line for `key`: in place of the person's line for the same key, else at
    /// the end. The caller has checked that nobody else holds the key.
    mutating func grant(_ key: PublicKey, command: ForcedCommand) {
        let line = Self.line(for: key, command: command)
        if let existing = grants.first(where: { $0.person == command.person && $0.key.blob == key.blob }) {
            lines[existing.line] = line
        } else {
            lines.append(line)
        }
    }

    /// Removes the person's lines (only the one for `key` when given); returns what went.
    mutating func revoke(person: String, key: PublicKey?) -> [Grant] {
        let gone = grants.filter { $0.person == person && (key == nil || $0.key.blob == key?.blob) }
        let indices = Set(gone.map(\.line))
        lines = lines.indices.filter { !indices.contains($0) }.map { lines[$0] }
        return gone
    }

    // MARK: Reading a line as sshd does

    /// A key line's parts, or nil for a blank line, a comment or a line that is no key.
    static func parse(_ raw: [UInt8]) -> KeyLine? {
        var text = String(decoding: raw, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first != "#" else { return nil }
        var rest = Substring(trimmed)
        var options: String?
        if let firstWord = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).first, !PublicKey.types.contains(String(firstWord)) {
            // Options run to the first space or tab outside double quotes.
            var inQuotes = false
            var end = rest.startIndex
            while end < rest.endIndex {
                let c = rest[end]
                if !inQuotes && (c == " " || c == "\t") { break }
                let next = rest.index(after: end)
                if inQuotes && c == "\\" && next < rest.endIndex && rest[next] == "\"" {
                    end = rest.index(after: next)
                    continue
                }
                if c == "\"" { inQuotes.toggle() }
                end = next
            }
            options = String(rest[rest.startIndex..<end])
            rest = rest[end...].drop { $0 == " " || $0 == "\t" }
        }
        let parts = rest.split(maxSplits: 2, omittingEmptySubsequences: true) { $0 == " " || $0 == "\t" }
        guard parts.count >= 2, let data = Data(base64Encoded: String(parts[1])) else { return nil }
        return KeyLine(options: options, type: String(parts[0]), blob: [UInt8](data),
                       comment: parts.count > 2 ? String(parts[2]) : "")
    }

    /// The value of `command="…"` among `options`, unescaped as sshd does (`\"` is a
    /// quote; any other backslash stays).
    static func command(in options: String) -> String? {
        let chars = Array(options)
        let name = Array("command=\"")
        var atStart = true, inQuotes = false
        var i = 0
        while i < chars.count {
            if atStart, i + name.count <= chars.count, String(chars[i..<i + name.count]).lowercased() == String(name) {
                var value = ""
                var j = i + name.count
                while j < chars.count, chars[j] != "\"" {
                    if chars[j] == "\\", j + 1 < chars.count, chars[j + 1] == "\"" { j += 1 }
                    value.append(chars[j])
                    j += 1
                }
                return j < chars.count ? value : nil
            }
            atStart = false
            let c = chars[i]
            if inQuotes {
                if c == "\\", i + 1 < chars.count, chars[i + 1] == "\"" { i += 2; continue }
                if c == "\"" { inQuotes = false }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                atStart = true
            }
            i += 1
        }
        return nil
    }
}
