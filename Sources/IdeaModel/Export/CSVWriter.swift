/// CSV as RFC 4180 describes it (comma, CRLF, quotes doubled), made safe for
/// spreadsheets and terminals: a cell that would run as a formula gets a leading
/// apostrophe, and control characters other than line breaks and tabs are dropped.
public struct CSVWriter {
    /// How a spreadsheet wants the file: its list separator, and a byte order mark so it
    /// reads the file as UTF-8 (Excel takes it for the system's code page otherwise).
    public struct Options: Equatable, Sendable {
        public var separator: Character
        public var byteOrderMark: Bool

        public init(separator: Character = ",", byteOrderMark: Bool = false) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }
    }

    public private(set) var text = ""
    let separator: Character

    public init(header: [String], options: Options = Options()) {
        separator = options.separator
        if options.byteOrderMark { text = "\u{FEFF}" }
        row(header)
    }

    public mutating func row(_ cells: [String]) {
        text += cells.map { CSVWriter.cell($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    static func cell(_ raw: String, separator: Character = ",") -> String {
        // Control characters (an escape code in a title) would reach whoever prints the
        // file to a terminal; only line breaks and tabs are kept.
        var value = String(String.UnicodeScalarView(raw.unicodeScalars.filter { s in
            s == "\n" || s == "\r" || s == "\t" || !s.isControlCode
        }))
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == separator || $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingAll("\"", with: "\"\"") + "\"" : value
    }
}

extension String {
    /// Replaces every occurrence of `target` (a single character) without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
