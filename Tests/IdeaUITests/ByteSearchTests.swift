import Testing
@testable import IdeaUI
import IdeaModel

/// The word-at-a-time search finds exactly what a byte-by-byte search finds: every
/// length around the eight-byte steps, words at the very start and end, repeated and
/// overlapping bytes, bytes with the top bit set (folded Lithuanian letters).
@Suite struct ByteSearchTests {
    static func naive(_ t: [UInt8], _ w: [UInt8]) -> Bool {
        guard !w.isEmpty else { return true }
        guard w.count <= t.count else { return false }
        return (0...(t.count - w.count)).contains { i in Array(t[i..<(i + w.count)]) == w }
    }

    @Test func findsWhatAByteByByteSearchFinds() {
        var random = SplitMix64(seed: 17)
        let alphabets: [[UInt8]] = [[97, 98], [97, 98, 99, 0x80, 0xFF, 0x7F, 0], Array("aąbčdeėfš ".utf8)]
        var found = 0
        for n in 0..<40 {
            for _ in 0..<60 {
                let alphabet = alphabets[Int(random.next() % 3)]
                let text = (0..<n).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                let m = Int(random.next() % 6)
                var word = (0..<m).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                // Half the time a word cut from the text itself, wherever it falls.
                if random.next() % 2 == 0, m <= n, m > 0 {
                    let at = Int(random.next() % UInt64(n - m + 1))
                    word = Array(text[at..<(at + m)])
                }
                let expected = Self.naive(text, word)
                #expect(ByteSearch.contains(text, word) == expected, "\(text) \(word)")
                if expected { found += 1 }
            }
        }
        #expect(found > 500)
    }

    @Test func zeroBytesMarksExactlyTheZeroBytes() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<2000 {
            var v = random.next()
            // Put zeros and 0x01/0x80 next to them, where a borrow would show.
            for k in 0..<8 where random.next() % 3 == 0 { v &= ~(UInt64(0xFF) << (8 * UInt64(k))) }
            var expected: UInt64 = 0
            for k in 0..<8 where (v >> (8 * UInt64(k))) & 0xFF == 0 { expected |= 0x80 << (8 * UInt64(k)) }
            #expect(ByteSearch.zeroBytes(v) == expected)
        }
    }
}
