/// Maximum flow (Dinic) on a graph that can grow and whose flow can be pushed further
/// after capacities are raised.
struct MaxFlow {
    private var head: [Int]
    private var next: [Int] = []
    private var target: [Int] = []
    private var capacity: [Int] = []

    init(nodes: Int) { head = Array(repeating: -1, count: nodes) }

    mutating func addNode() -> Int {
        head.append(-1)
        return head.count - 1
    }

    /// An edge and its reverse; returns the edge's number.
    @discardableResult
    mutating func addEdge(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let e = target.count
        target.append(b); capacity.append(c); next.append(head[a]); head[a] = e
        target.append(a); capacity.append(0); next.append(head[b]); head[b] = e + 1
        return e
    }

    /// The flow through an edge (what its reverse holds).
    func flow(_ e: Int) -> Int { capacity[e ^ 1] }

    /// Sets an edge's capacity (only before any flow went through it).
    mutating func setCapacity(_ e: Int, _ c: Int) { capacity[e] = c }

    /// Pushes as much more flow as can go from `s` to `t`; returns how much.
    mutating func augment(from s: Int, to t: Int) -> Int {
        var total = 0
        var level = Array(repeating: -1, count: head.count)
        var iterator = head
        var queue = [Int]()
        while true {
            for k in level.indices { level[k] = -1 }
            level[s] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(s)
            var q = 0
            while q < queue.count {
                let a = queue[q]; q += 1
                var e = head[a]
                while e >= 0 {
                    if capacity[e] > 0 && level[target[e]] < 0 {
                        level[target[e]] = level[a] + 1
                        queue.append(target[e])
                    }
                    e = next[e]
                }
            }
            guard level[t] >= 0 else { return total }
            iterator = head
            while true {
                let pushed = push(s, t, Int.max, &level, &iterator)
                if pushed == 0 { break }
                total += pushed
            }
        }
    }

    private mutating func push(_ a: Int, _ t: Int, _ limit: Int, _ level: inout [Int], _ iterator: inout [Int]) -> Int {
        if a == t { return limit }
        while iterator[a] >= 0 {
            let e = iterator[a]
            let b = target[e]
            if capacity[e] > 0 && level[b] == level[a] + 1 {
                let pushed = push(b, t, min(limit, capacity[e]), &level, &iterator)
                if pushed > 0 {
                    capacity[e] -= pushed
                    capacity[e ^ 1] += pushed
                    return pushed
                }
            }
            iterator[a] = next[e]
        }
        return 0
    }
}
