/// Reads the CSV that spreadsheets and web forms write: UTF-8 with or without a byte
/// order mark, cells separated by commas, semicolons (what a Lithuanian Excel writes)
/// or tabs, quoted cells that may hold separators, doubled quotes and line breaks, and
/// any of CRLF, LF or CR between records.
public enum CSVReader {
    public struct Table: Equatable, Sendable {
        public var header: [String]
        /// Every record after the header that is not blank, with its row number as a
        /// spreadsheet shows it (the header is row 1) and the file line it starts on.
        public var rows: [Row]
        public var separator: Character
    }

    public struct Row: Equatable, Sendable {
        public var number: Int
        public var line: Int
        public var cells: [String]
    }

    /// Why the bytes are not a table, with the line it happened on.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func read(_ bytes: [UInt8]) throws(Failure) -> Table {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = try decode(body)
        let separator = guessSeparator(text)
        let records = try records(text, separator: separator)
        guard let first = records.first(where: { !isBlank($0.cells) }) else {
            throw Failure(line: 1, message: "the file has no header row (it is empty)")
        }
        var rows: [Row] = []
        var number = 1
        for record in records where record.line > first.line {
            number += 1
            if isBlank(record.cells) { continue }
            rows.append(Row(number: number, line: record.line, cells: record.cells))
        }
        return Table(header: first.cells.map(trimmed), rows: rows, separator: separator)
    }

    /// UTF-8 text, or where it stops being UTF-8; Windows-1257 (Baltic) is the likely
    /// culprit, so the message says how to save it properly.
    static func decode(_ bytes: ArraySlice<UInt8>) throws(Failure) -> String {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error:
                throw Failure(line: line, message: "the text is not UTF-8 (it may be Windows-1257); save the spreadsheet as \u{201C}CSV UTF-8\u{201D} and try again")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The separator used most in the first line, outside quotes; a comma when none is.
    static func guessSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle() }
            if !quoted && (c == "\n" || c == "\r") { break }
            if !quoted, counts[Character(c)] != nil { counts[Character(c), default: 0] += 1 }
        }
        let best = [";", "\t"].filter { (counts[$0] ?? 0) > (counts[","] ?? 0) }
            .max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
        return best ?? ","
    }

    static func records(_ text: String, separator: Character) throws(Failure) -> [(line: Int, cells: [String])] {
        guard let sep = separator.unicodeScalars.first else { return [] }
        var out: [(Int, [String])] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1, recordLine = 1, quoteLine = 1
        var quoted = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            afterQuote = false
        }
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                } else {
                    if c == "\n" || (c == "\r") { line += 1 }
                    if c == "\r" {
                        // CRLF inside a cell is one line break, kept as "\n".
                        let next = scalars.next()
                        if next != "\n" { pending = next }
                        cell.append("\n")
                    } else {
                        cell.append(c)
                    }
                }
                continue
            }
            switch c {
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            case sep:
                endCell()
            case "\r", "\n":
                if c == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endCell()
                out.append((recordLine, cells))
                cells = []
                line += 1
                recordLine = line
            default:
                cell.append(c)
            }
        }
        if quoted {
            throw Failure(line: quoteLine, message: "a quoted cell starting here never ends (a closing \" is missing)")
        }
        if !cell.isEmpty || !cells.isEmpty || afterQuote {
            endCell()
            out.append((recordLine, cells))
        }
        return out
    }

    static func isBlank(_ cells: [String]) -> Bool { cells.allSatisfy { trimmed($0).isEmpty } }

    static func trimmed(_ s: String) -> String { CommandWords.trimmed(s) }
}
