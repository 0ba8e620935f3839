/// Alphabetical order as Lithuanians expect it: Č after C, Š after S, Ž after Z, while
/// Ą, Ę, Ė, Į, Ų, Ū sort with their base letters; case is ignored first.
public enum LithuanianOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// `items` in Lithuanian order of `text`, then by the text itself, then by `tie`; each
    /// key is made once, not at every comparison as `less` does.
    public static func sorted<T>(_ items: [T], by text: (T) -> String, tie: (T, T) -> Bool = { _, _ in false }) -> [T] {
        items.map { (key: key(text($0)), text: text($0), item: $0) }.sorted { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if a.text != b.text { return a.text < b.text }
            return tie(a.item, b.item)
        }.map(\.item)
    }

    /// A sort key: one number per character.
    public static func key(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.utf8.count)
        // Fast path, without lowering the whole string first: ASCII and the Lithuanian
        // letters, whose lower case is one known scalar. Anything else takes the slow path.
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(weight(Unicode.Scalar(UInt8(v >= 65 && v <= 90 ? v + 32 : v))))
            } else if let lower = lithuanianLower[v] {
                out.append(weight(lower))
            } else {
                return referenceKey(s)
            }
        }
        return out
    }

    /// The key by lowering the whole string: what the fast path must equal.
    static func referenceKey(_ s: String) -> [UInt32] {
        s.lowercased().unicodeScalars.map(weight)
    }

    /// The Lithuanian letters beyond ASCII, both cases, to their lower case.
    private static let lithuanianLower: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        for (upper, lower) in zip("ĄČĘĖĮŠŲŪŽ".unicodeScalars, "ąčęėįšųūž".unicodeScalars) {
            map[upper.value] = lower
            map[lower.value] = lower
        }
        return map
    }()

    private static func weight(_ c: Unicode.Scalar) -> UInt32 {
        // Base letters get even weights spaced apart; č, š, ž sit just after c, s, z.
        switch c {
        case "ą": return weight("a") + 0
        case "č": return weight("c") + 1
        case "ę", "ė": return weight("e") + 0
        case "į", "y": return weight("i") + 0
        case "š": return weight("s") + 1
        case "ų", "ū": return weight("u") + 0
        case "ž": return weight("z") + 1
        default: return c.value * 4
        }
    }
}
