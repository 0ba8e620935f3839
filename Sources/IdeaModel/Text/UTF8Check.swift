/// Well-formed UTF-8, checked where the bytes lie: the fast reader checks each character
/// it meets, the precise one finds the first byte of a file that is not UTF-8.
enum UTF8Check {
    /// The offset after the well-formed sequence that starts at `i` of `base[0..<count]`,
    /// or nil (a byte that cannot start one, a cut or overlong sequence, a surrogate).
    @inline(__always) static func end(_ base: UnsafePointer<UInt8>, count: Int, at i: Int) -> Int? {
        let b = base[i]
        if b < 0x80 { return i + 1 }
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000
        default: return nil
        }
        guard i + length <= count else { return nil }
        for k in 1..<length {
            let c = base[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
        return i + length
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var i = 0
            while i < buffer.count {
                if base[i] < 0x80 {
                    i += 1
                    continue
                }
                guard let next = end(base, count: buffer.count, at: i) else { return i }
                i = next
            }
            return nil
        }
    }
}
