import Testing
@testable import IdeaModel

/// IdTable answers as a `[String: Int]` of first positions would, for ASCII ids (hashed
/// from their bytes) and for ids that are equal only as Swift compares text (canonical
/// equivalence), which the checks must treat as the same id.
@Suite("IdTable")
struct IdTableTests {
    /// The reference: first positions and repeats by a Dictionary.
    static func reference(_ keys: [String]) -> (first: [String: Int], repeats: [(Int, Int)]) {
        var first: [String: Int] = [:]
        var repeats: [(Int, Int)] = []
        for (i, k) in keys.enumerated() {
            if let f = first[k] { repeats.append((i, f)) } else { first[k] = i }
        }
        return (first, repeats)
    }

    static func agrees(_ keys: [String], lookups: [String]) {
        let table = IdTable(keys)
        let (first, repeats) = reference(keys)
        #expect(table.repeats.map(\.position) == repeats.map(\.0), "\(keys)")
        #expect(table.repeats.map(\.first) == repeats.map(\.1), "\(keys)")
        for id in keys + lookups {
            #expect(table[id] == first[id], "\(id) in \(keys)")
        }
    }

    @Test("random ASCII ids with repeats, and ids that are not there", arguments: 1...20)
    func ascii(_ seed: UInt64) {
        var random = TestRandom(seed: seed)
        let n = [0, 1, 7, 8, 9, 100, 3000][random.below(7)]
        let keys = (0..<n).map { _ in "p-" + String(random.below(max(1, n / 2)), radix: 36) + String(repeating: "x", count: random.below(20)) }
        Self.agrees(keys, lookups: ["", "p-", "nobody", "p-0x", "P-0"])
    }

    @Test("text that is equal only canonically is the same id")
    func canonicalEquivalence() {
        let kelvin = "\u{212A}", composed = "\u{E9}", decomposed = "e\u{301}"
        // Swift's == says these are equal, so a check must too.
        #expect(kelvin == "K" && composed == decomposed)
        Self.agrees(["K", "x"], lookups: [kelvin, "k", composed])
        Self.agrees(["K", "x", kelvin], lookups: ["K"])
        Self.agrees([kelvin, "K"], lookups: ["K", kelvin])
        Self.agrees([decomposed, "a", composed, "Žaliakalnis"], lookups: [composed, "Z\u{30C}aliakalnis"])
        Self.agrees(["idea-1", "idea-2"], lookups: ["idea-\u{31}", "ide\u{61}-2", "idea-2\u{301}"])
    }
}
