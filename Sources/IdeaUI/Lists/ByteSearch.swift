/// Whether a folded UTF-8 text contains a word, eight positions at a time: at 50,000
/// ideas one keystroke of a search reads megabytes, and a byte-by-byte loop cost several
/// frames. Candidates are the positions where both the word's first two bytes match
/// (found with word-wide arithmetic, exact, no false positives), then checked in full.
enum ByteSearch {
    static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return true }
        guard word.count <= text.count else { return false }
        return text.withUnsafeBytes { t in word.withUnsafeBytes { w in contains(t, w) } }
    }

    static func contains(_ t: UnsafeRawBufferPointer, _ w: UnsafeRawBufferPointer) -> Bool {
        let n = t.count, m = w.count
        let last = n - m
        guard m > 0 else { return true }
        guard last >= 0 else { return false }
        let first = repeated(w[0])
        let second = m > 1 ? repeated(w[1]) : 0
        var i = 0
        while i + 9 <= n {
            var hits = zeroBytes(load(t, i) ^ first)
            if m > 1 { hits &= zeroBytes(load(t, i + 1) ^ second) }
            while hits != 0 {
                let at = i + hits.trailingZeroBitCount / 8
                if at <= last, rest(t, w, at) { return true }
                hits &= hits &- 1
            }
            i += 8
        }
        while i <= last {
            if t[i] == w[0], rest(t, w, i) { return true }
            i += 1
        }
        return false
    }

    /// The word's bytes after the first two (or one) at `at`.
    private static func rest(_ t: UnsafeRawBufferPointer, _ w: UnsafeRawBufferPointer, _ at: Int) -> Bool {
        var k = 0
        while k < w.count {
            if t[at + k] != w[k] { return false }
            k += 1
        }
        return true
    }

    private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Eight bytes from `at`, the first in the lowest bits whatever the machine's order.
    private static func load(_ t: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: t.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// The top bit of every byte of `v` that is zero, and no other bit (exact: no borrow
    /// runs from one byte into the next).
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low) &+ low) | v | low)
    }
}
