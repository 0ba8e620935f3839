#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A record that is not the same in two versions of a collection: changed (both sides),
/// added (no `before`) or removed (no `after`), with where it lies in each.
public struct RecordDifference<T> {
    public var before: T?
    public var after: T?
    public var beforeIndex: Int?
    public var afterIndex: Int?

    @usableFromInline init(before: T?, after: T?, beforeIndex: Int?, afterIndex: Int?) {
        self.before = before
        self.after = after
        self.beforeIndex = beforeIndex
        self.afterIndex = afterIndex
    }
}

public enum RecordDiff {
    /// True when `a` and `b` are the very same bits (their text and lists in the same
    /// storage, which is never changed while shared): then they are equal. False says
    /// nothing; compare them as values.
    public static func identical<T>(_ a: T, _ b: T) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == 0 && y.count == 0 }
                return x.count == y.count && memcmp(p, q, x.count) == 0
            }
        }
    }

    /// Every record that differs between `a` and `b`, by id, in `b`'s order, then those
    /// only `a` has. Records that are the very same bits are not compared as values.
    public static func between<T: Identifiable & Equatable>(_ a: [T], _ b: [T]) -> [RecordDifference<T>] where T.ID == String {
        between(a, b, same: ==)
    }

    /// The same, with `same` saying whether two versions of a record count as the same
    /// (for example: the same in the fields some use of them reads). The records that
    /// line up from the start and from the end are compared in place; only those between
    /// (an idea added in the middle, a record removed) are matched by id.
    @inlinable
    public static func between<T: Identifiable>(_ a: [T], _ b: [T], same: (T, T) -> Bool) -> [RecordDifference<T>] where T.ID == String {
        var out: [RecordDifference<T>] = [], removed: [RecordDifference<T>] = []
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                if a.baseAddress == b.baseAddress, a.count == b.count { return }
                func lined(_ i: Int, _ j: Int) -> Bool { sameBits(a, i, b, j) || a[i].id == b[j].id }
                func compare(_ i: Int, _ j: Int) {
                    if !sameBits(a, i, b, j), !same(a[i], b[j]) {
                        out.append(RecordDifference(before: a[i], after: b[j], beforeIndex: i, afterIndex: j))
                    }
                }
                let n = min(a.count, b.count)
                var head = 0, tail = 0
                while head < n, lined(head, head) { head += 1 }
                while tail < n - head, lined(a.count - 1 - tail, b.count - 1 - tail) { tail += 1 }
                for i in 0..<head { compare(i, i) }
                let middle = head..<(a.count - tail)
                if head < b.count - tail || !middle.isEmpty {
                    var inA: [String: Int] = [:]
                    for i in middle { inA[a[i].id] = inA[a[i].id] ?? i }
                    var seen = Set<String>()
                    for j in head..<(b.count - tail) {
                        seen.insert(b[j].id)
                        if let i = inA[b[j].id] {
                            compare(i, j)
                        } else {
                            out.append(RecordDifference(before: nil, after: b[j], beforeIndex: nil, afterIndex: j))
                        }
                    }
                    for i in middle where !seen.contains(a[i].id) {
                        removed.append(RecordDifference(before: a[i], after: nil, beforeIndex: i, afterIndex: nil))
                    }
                }
                for j in (b.count - tail)..<b.count { compare(j - b.count + a.count, j) }
            }
        }
        return out + removed
    }
}
