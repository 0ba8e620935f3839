/// SplitMix64 (Steele, Lea & Flood): a small, fast generator whose whole output is
/// fixed by its seed. The generator never touches the system's random source, so the
/// same seed gives the same database on every machine and every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Draws used by the generator. They are written out here rather than taken from the
/// standard library (`Int.random(in:using:)`, `shuffled(using:)`), whose algorithms may
/// change between Swift releases; the sample file must stay byte for byte the same.
struct Dice {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(seed: seed) }

    /// An independent stream for one part of the database, so adding draws in one part
    /// does not shift every value in the others.
    func fork(_ salt: UInt64) -> Dice {
        var copy = source
        let a = copy.next()
        return Dice(seed: a ^ (salt &* 0xD6E8_FEB8_6659_FD93))
    }

    mutating func next() -> UInt64 { source.next() }

    /// A whole number in `range` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    mutating func int(_ range: Range<Int>) -> Int { int(range.lowerBound...(range.upperBound - 1)) }

    /// True with the given probability (0...1).
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// Fisher–Yates.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// `count` distinct items (fewer if the list is shorter), in list order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        guard count < items.count else { return items }
        var indices = Array(items.indices)
        for i in 0..<count { indices.swapAt(i, int(i..<indices.count)) }
        return indices[0..<count].sorted().map { items[$0] }
    }

    /// An index chosen with the given weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var r = int(0..<total)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }
}
