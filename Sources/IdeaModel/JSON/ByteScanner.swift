/// The pieces of JSON the fast load reads straight from the file's bytes: white space,
/// text, whole numbers, literals, and skipping a value it will come back to. Each takes
/// the offset where the piece starts and returns where it ends, or nil when the bytes
/// are not exactly what a valid database holds there; the fast load then gives up and
/// the precise reader says what is wrong. Bounds are checked on every read.
struct ByteScanner {
    let base: UnsafePointer<UInt8>
    let count: Int

    @inline(__always) func byte(_ p: Int) -> UInt8? { p < count ? base[p] : nil }

    @inline(__always) func skipSpace(_ from: Int) -> Int {
        var p = from
        // Indentation: eight spaces at a time.
        while p + 8 <= count, UnsafeRawPointer(base).loadUnaligned(fromByteOffset: p, as: UInt64.self) == 0x2020_2020_2020_2020 {
            p += 8
        }
        while p < count {
            switch base[p] {
            case 0x20, 0x0A, 0x0D, 0x09: p += 1
            default: return p
            }
        }
        return p
    }

    /// Whether the bytes at `p` spell `word` (true, false, null).
    @inline(__always) func matches(_ word: StaticString, at p: Int) -> Bool {
        word.withUTF8Buffer { w in
            guard p + w.count <= count else { return false }
            for i in 0..<w.count where base[p + i] != w[i] { return false }
            return true
        }
    }

    /// Whether the field name in `start..<start+length` is `key`.
    @inline(__always) func keyEquals(_ start: Int, _ length: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard length == key.count else { return false }
        for i in 0..<length where base[start + i] != key[i] { return false }
        return true
    }

    // MARK: Text

    /// A text value at `p` (its opening quote). Without escapes its bytes are
    /// `start..<end` in the file; with escapes they are decoded into `scratch` and
    /// `escaped` is true. UTF-8 is checked on the way, control characters refused.
    func text(at p: Int, scratch: inout [UInt8]) -> (start: Int, end: Int, next: Int, escaped: Bool)? {
        guard p < count, base[p] == UInt8(ascii: "\"") else { return nil }
        let start = p + 1
        var q = start
        while true {
            q = plainRun(from: q)
            guard q < count else { return nil }
            let b = base[q]
            if b == UInt8(ascii: "\"") { return (start, q, q + 1, false) }
            if b == UInt8(ascii: "\\") {
                guard let end = unescape(from: start, at: q, into: &scratch) else { return nil }
                return (start, end - 1, end, true)
            }
            if b < 0x20 { return nil }
            guard let next = validUTF8(at: q) else { return nil }
            q = next
        }
    }

    /// The end of a run of printable ASCII (no quote, backslash or control character),
    /// eight bytes at a time where it can.
    @inline(__always) private func plainRun(from: Int) -> Int {
        var q = from
        let raw = UnsafeRawPointer(base)
        while q + 8 <= count {
            let v = raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let quote = v ^ (ones &* 0x22)
            let slash = v ^ (ones &* 0x5C)
            // A byte of zero in `quote` or `slash`, a byte below 0x20, or a byte with the high bit.
            let special = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((v &- ones &* 0x20) & ~v) | v
            if special & high != 0 { break }
            q += 8
        }
        while q < count {
            let b = base[q]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return q }
            q += 1
        }
        return q
    }

    /// The offset after the well-formed UTF-8 sequence that starts at `i`, or nil.
    @inline(__always) private func validUTF8(at i: Int) -> Int? { UTF8Check.end(base, count: count, at: i) }

    /// Decodes text that holds an escape: the plain bytes from `start`, then the rest.
    /// Returns the offset after the closing quote. Anything unusual (a lone surrogate,
    /// an unknown escape) is left to the precise parser to describe.
    private func unescape(from start: Int, at first: Int, into out: inout [UInt8]) -> Int? {
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: first - start))
        var q = first
        while q < count {
            let b = base[q]
            if b == UInt8(ascii: "\"") { return q + 1 }
            if b < 0x20 { return nil }
            if b != UInt8(ascii: "\\") {
                guard let next = validUTF8(at: q) else { return nil }
                out.append(contentsOf: UnsafeBufferPointer(start: base + q, count: next - q))
                q = next
                continue
            }
            guard q + 1 < count else { return nil }
            let e = base[q + 1]
            q += 2
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
                guard var scalar = hex4(at: q) else { return nil }
                q += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard matches("\\u", at: q), let low = hex4(at: q + 2), (0xDC00...0xDFFF).contains(low) else { return nil }
                    q += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    return nil
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                UTF8.encode(u) { out.append($0) }
            default: return nil
            }
        }
        return nil
    }

    private func hex4(at p: Int) -> UInt32? {
        guard p + 4 <= count else { return nil }
        var value: UInt32 = 0
        for i in 0..<4 {
            let b = base[p + i]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    // MARK: Numbers

    /// A whole number at `p`, as the strict parser reads it (no leading zeros, no
    /// fraction or exponent). More than 18 digits is left to the precise parser.
    @inline(__always) func int(at p: Int) -> (value: Int, next: Int)? {
        var q = p
        let negative = q < count && base[q] == UInt8(ascii: "-")
        if negative { q += 1 }
        let digits = q
        var value = 0
        while q < count {
            let d = base[q] &- UInt8(ascii: "0")
            guard d < 10 else { break }
            value = value &* 10 &+ Int(d)
            q += 1
        }
        let n = q - digits
        guard n > 0, n <= 18, !(n > 1 && base[digits] == UInt8(ascii: "0")) else { return nil }
        if q < count, base[q] == UInt8(ascii: ".") || base[q] | 0x20 == UInt8(ascii: "e") { return nil }
        return (negative ? -value : value, q)
    }

    // MARK: Skipping

    /// The offset after the value at `p`, found without reading it. The value may be
    /// malformed inside; whoever reads it later reads it strictly.
    func skipValue(at p: Int) -> Int? {
        guard p < count else { return nil }
        switch base[p] {
        case UInt8(ascii: "\""): return skipText(at: p)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var q = p
            while q < count {
                q = nextStructural(from: q)
                guard q < count else { return nil }
                switch base[q] {
                case UInt8(ascii: "\""):
                    guard let next = skipText(at: q) else { return nil }
                    q = next
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return q + 1 }
                default: break
                }
                q += 1
            }
            return nil
        default:
            var q = p
            while q < count {
                switch base[q] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return q
                default: q += 1
                }
            }
            return q
        }
    }

    /// The first quote, brace or bracket from `from`, eight bytes at a time where it can.
    @inline(__always) private func nextStructural(from: Int) -> Int {
        var q = from
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        while q + 8 <= count {
            let v = raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
            // { and [, } and ] differ only in the bit 0x20.
            let folded = v | (ones &* 0x20)
            let open = folded ^ (ones &* 0x7B), close = folded ^ (ones &* 0x7D), quote = v ^ (ones &* 0x22)
            let zero = ((open &- ones) & ~open) | ((close &- ones) & ~close) | ((quote &- ones) & ~quote)
            if zero & (ones &* 0x80) != 0 { break }
            q += 8
        }
        while q < count {
            switch base[q] {
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"): return q
            default: q += 1
            }
        }
        return q
    }

    /// The offset after the text at `p` (its opening quote).
    @inline(__always) private func skipText(at p: Int) -> Int? {
        var q = p + 1
        while true {
            q = plainRun(from: q)
            guard q < count else { return nil }
            switch base[q] {
            case UInt8(ascii: "\""): return q + 1
            case UInt8(ascii: "\\"): q += 2
            default: q += 1
            }
        }
    }
}
