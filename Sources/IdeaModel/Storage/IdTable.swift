/// Where each id of a list first appears: what the checks of every load ask tens of
/// thousands of times (does this person exist, is this id used twice), as a
/// `[String: Int]` would answer, only faster. Ids are ASCII in practice, and for ASCII
/// text String's `==` is byte equality, so an all-ASCII list is hashed from its bytes
/// with a cheap hash instead of the standard hasher. A list holding any other id is kept
/// in a Dictionary, and an id with other characters looked up in an ASCII table asks a
/// Dictionary too, so "the same id" means what `==` means (canonical equivalence:
/// U+212A KELVIN SIGN is the letter K) in every case.
final class IdTable {
    let keys: [String]
    /// Positions in `keys` that repeat an earlier id, with the first position of that id,
    /// in list order.
    private(set) var repeats: [(position: Int, first: Int)] = []
    /// Open addressing: position + 1 of each distinct id, 0 for an empty slot.
    private var slots: [Int32] = []
    private var tags: [UInt32] = []
    private let mask: Int
    /// The table when an id is not ASCII; for an ASCII table, made when an id that is
    /// not ASCII is looked up.
    private var general: [String: Int]?

    init(_ keys: [String]) {
        self.keys = keys
        var capacity = 8
        while capacity < keys.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        tags = [UInt32](repeating: 0, count: capacity)
        for (i, key) in keys.enumerated() {
            let (h, ascii) = IdTable.hash(key)
            guard ascii else {
                slots = []
                tags = []
                repeats = []
                general = IdTable.dictionary(keys, repeats: &repeats)
                return
            }
            var s = Int(truncatingIfNeeded: h) & mask
            let tag = UInt32(truncatingIfNeeded: h >> 32)
            while true {
                let at = Int(slots[s])
                if at == 0 {
                    slots[s] = Int32(i + 1)
                    tags[s] = tag
                    break
                }
                if tags[s] == tag && keys[at - 1] == key {
                    repeats.append((i, at - 1))
                    break
                }
                s = (s + 1) & mask
            }
        }
    }

    /// The first position of `id` in the list, or nil.
    subscript(id: String) -> Int? {
        if let general { return general[id] }
        let (h, ascii) = IdTable.hash(id)
        guard ascii else {
            var ignored: [(position: Int, first: Int)] = []
            let made = IdTable.dictionary(keys, repeats: &ignored)
            general = made
            return made[id]
        }
        var s = Int(truncatingIfNeeded: h) & mask
        let tag = UInt32(truncatingIfNeeded: h >> 32)
        while true {
            let at = Int(slots[s])
            if at == 0 { return nil }
            if tags[s] == tag && keys[at - 1] == id { return at - 1 }
            s = (s + 1) & mask
        }
    }

    private static func dictionary(_ keys: [String], repeats: inout [(position: Int, first: Int)]) -> [String: Int] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() {
            if let first = seen[key] { repeats.append((i, first)) } else { seen[key] = i }
        }
        return seen
    }

    /// A hash of the UTF-8 bytes, eight at a time, and whether they are all ASCII.
    static func hash(_ text: String) -> (value: UInt64, ascii: Bool) {
        let utf8 = text.utf8
        let fast = utf8.withContiguousStorageIfAvailable { bytes -> (UInt64, Bool) in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var high: UInt64 = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= w
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            if i < bytes.count {
                var w: UInt64 = 0
                for k in i..<bytes.count { w |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
                high |= w
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
            }
            h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
            return (h ^ (h >> 32), high & 0x8080_8080_8080_8080 == 0)
        }
        if let fast { return fast }
        // Not contiguous (a bridged string): the same bytes, the slow way.
        return hash(String(decoding: Array(utf8), as: UTF8.self))
    }
}
