/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports where it stopped:
/// line and column (in characters) and what it expected. Duplicate keys are errors,
/// nesting is bounded so hostile input cannot overflow the stack.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String
}

public struct JSONParser {
    public static let maxDepth = 200

    private let bytes: [UInt8]
    private var pos = 0
    private var depth = 0

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.pos < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard pos < bytes.count else { throw error("the file ends where a value was expected") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let start = pos
            let text = try parseString()
            if TextLimit.exceeded(text) { throw error(TextLimit.message, at: start) }
            return .string(text)
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("expected a value (text in quotes, a number, true, false, null, a list or an object), found \(describeCurrent())")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth {
            throw error("nesting deeper than \(JSONParser.maxDepth) levels; this is not a database file")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        pos += 1
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1; depth -= 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw error("the file ends inside an object; a closing } is missing") }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                throw error("expected a field name in double quotes, found \(describeCurrent())")
            }
            let keyStart = pos
            let key = try parseString()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw error("expected : after the field name \"\(key)\", found \(describeCurrent())")
            }
            pos += 1
            skipWhitespace()
            let value = try parseValue()
            if fields.updateValue(value, forKey: key) != nil {
                throw error("the field \"\(key)\" appears twice in the same object", at: keyStart)
            }
            skipWhitespace()
            guard pos < bytes.count else { throw error("the file ends inside an object; a closing } is missing") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; break }
            throw error("expected , or } after a field, found \(describeCurrent())")
        }
        depth -= 1
        return .object(fields)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        pos += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1; depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard pos < bytes.count else { throw error("the file ends inside a list; a closing ] is missing") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; break }
            throw error("expected , or ] after a list item, found \(describeCurrent())")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = pos
        pos += 1
        // Fast path: no escapes, so the bytes between the quotes are the text.
        var scan = pos
        while scan < bytes.count {
            let b = bytes[scan]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[pos..<scan], as: UTF8.self)
                pos = scan + 1
                return text
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            scan += 1
        }
        var out: [UInt8] = Array(bytes[pos..<scan])
        pos = scan
        while true {
            guard pos < bytes.count else { throw error("the file ends inside text; a closing \" is missing", at: start) }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") { pos += 1; break }
            if b < 0x20 {
                throw error("a control character (code \(b)) inside text must be written as an escape such as \\n")
            }
            if b != UInt8(ascii: "\\") { out.append(b); pos += 1; continue }
            pos += 1
            guard pos < bytes.count else { throw error("the file ends inside an escape sequence") }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                        throw error("a \\u escape for the first half of a surrogate pair is not followed by its second half")
                    }
                    pos += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error("a \\u surrogate pair has an invalid second half")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("a \\u escape holds half of a surrogate pair on its own")
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("a \\u escape is not a valid character") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                pos -= 2
                throw error("unknown escape \\\(describeByte(e)) in text")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw error("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[pos]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hexadecimal digits, found \(describeCurrent())")
            }
            value = value * 16 + digit
            pos += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("a number needs a digit after the minus sign") }
        if bytes[pos] == UInt8(ascii: "0"), pos + 1 < bytes.count, isDigit(bytes[pos + 1]) {
            throw error("numbers may not start with 0 (write 7, not 07)")
        }
        while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        var isWhole = true
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            isWhole = false
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("a number needs digits after the decimal point") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            isWhole = false
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw error("a number needs digits in its exponent") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if isWhole {
            guard let value = Int(text) else {
                let shown = text.count > 24 ? String(text.prefix(24)) + "…" : text
                throw error("the whole number \(shown) is too large (at most 9223372036854775807)", at: start)
            }
            return .int(value)
        }
        guard let value = Double(text), value.isFinite else { throw error("the number \(text) is too large", at: start) }
        return .double(value)
    }

    // MARK: - Helpers

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let start = pos
        for expected in word.utf8 {
            guard pos < bytes.count, bytes[pos] == expected else {
                throw error("expected \(word), found \(describeCurrent())", at: start)
            }
            pos += 1
        }
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard pos < bytes.count else { return "the end of the file" }
        return "'\(describeByte(bytes[pos]))'"
    }

    private func describeByte(_ b: UInt8) -> String {
        if b >= 0x20 && b < 0x7F { return String(UnicodeScalar(b)) }
        if b >= 0x80 { return String(decoding: charBytes(at: pos), as: UTF8.self) }
        return "control character \(b)"
    }

    private func charBytes(at offset: Int) -> ArraySlice<UInt8> {
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return bytes[offset..<min(end, bytes.count)]
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let (line, column) = TextPosition.lineColumn(in: bytes, offset: offset ?? pos)
        return JSONSyntaxError(line: line, column: column, message: message)
    }
}

/// Line and column (1-based, columns counted in characters) of a byte offset.
public enum TextPosition {
    public static func lineColumn(in bytes: [UInt8], offset: Int) -> (line: Int, column: Int) {
        lineColumns(in: bytes, offsets: [offset])[0]
    }

    /// Positions of many offsets in one pass over the bytes, in the order given.
    public static func lineColumns(in bytes: [UInt8], offsets: [Int]) -> [(line: Int, column: Int)] {
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = 1
        var column = 1
        var i = 0
        for k in order {
            let end = min(offsets[k], bytes.count)
            while i < end {
                let b = bytes[i]
                if b == 0x0A {
                    line += 1; column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
            }
            result[k] = (line, column)
        }
        return result
    }
}
