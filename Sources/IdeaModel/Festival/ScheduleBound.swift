/// An upper bound on how many ideas can be placed together, so the search can stop
/// when it has placed that many: no schedule places more.
///
/// Each placed idea takes its length and the changeover after it out of its venue's
/// time, inside its own window there (its first start to its last end, changeover
/// included), and none of that time is shared. Letting an idea be cut into pieces and
/// spread over venues gives a relaxation that is a flow of minutes: ideas to the pieces
/// of venue time their windows cover (cut where any window starts or ends, or a kept
/// slot is), pieces to the sink by their length. Counting an idea's minutes at
/// 1/(its minutes) each, the most ideas is a linear objective over the flows the network
/// can carry, which form a polymatroid: so the shortest ideas' flow is made as large as
/// it can be first, then the next length's, and so on (the greedy is optimal there).
/// The whole part of the result, and never more than the ideas with any option.
enum ScheduleBound {
    static func most(_ problem: ScheduleProblem) -> Int { relaxation(problem).most }

    /// The most edges from ideas to pieces the network may have (with their reverses,
    /// about 100 MB); 1,000 ideas and 80 venues make about 42,000.
    static let maxEdges = 2_000_000

    /// The bound, and how much of each idea the relaxation places, in thousandths.
    static func relaxation(_ problem: ScheduleProblem) -> (most: Int, share: [Int]) {
        let n = problem.count, change = problem.change
        let placeable = (0..<n).filter { !problem.options[$0].isEmpty }
        guard !placeable.isEmpty else { return (0, Array(repeating: 0, count: n)) }

        // Each venue's cuts: where a window starts or ends, or a kept slot does.
        var cuts = Array(repeating: [Int](), count: problem.venues)
        for i in placeable {
            for o in problem.options[i] {
                cuts[o.v].append(o.from)
                cuts[o.v].append(o.to + problem.length[i] + change)
            }
        }
        var keptTime = Array(repeating: [(Int, Int)](), count: problem.venues)
        for k in problem.kept where k.v >= 0 && k.v < problem.venues {
            keptTime[k.v].append((k.start, k.end + change))
            cuts[k.v].append(k.start)
            cuts[k.v].append(k.end + change)
        }
        // Nodes: 0 source, 1 sink, then the ideas, then the pieces.
        var flow = MaxFlow(nodes: 2 + n)
        var pieceNode: [[(from: Int, to: Int, node: Int)]] = Array(repeating: [], count: problem.venues)
        for v in 0..<problem.venues {
            let points = Array(Set(cuts[v])).sorted()
            guard points.count > 1 else { continue }
            for k in 0..<(points.count - 1) {
                let a = points[k], b = points[k + 1]
                // A piece is wholly inside a kept slot's time or wholly outside it.
                if keptTime[v].contains(where: { $0.0 <= a && b <= $0.1 }) { continue }
                let node = flow.addNode()
                flow.addEdge(node, 1, b - a)
                pieceNode[v].append((a, b, node))
            }
        }
        // A festival far larger than a city's would make a network too large to hold: then
        // only the count of ideas with a place at all, which is a bound too.
        var edges = 0
        for i in placeable { for o in problem.options[i] { edges += pieceNode[o.v].count } }
        guard edges <= maxEdges else { return (placeable.count, Array(repeating: 0, count: n)) }
        var sourceEdge = Array(repeating: -1, count: n)
        for i in placeable {
            let need = problem.length[i] + change
            for o in problem.options[i] {
                for piece in pieceNode[o.v] where piece.from >= o.from && piece.to <= o.to + problem.length[i] + change {
                    flow.addEdge(2 + i, piece.node, need)
                }
            }
            sourceEdge[i] = flow.addEdge(0, 2 + i, 0)
        }
        // Shortest first: open their source edges, then carry as much as can be.
        var total = 0.0
        let needs = Array(Set(placeable.map { problem.length[$0] + change })).sorted()
        for need in needs {
            for i in placeable where problem.length[i] + change == need { flow.setCapacity(sourceEdge[i], need) }
            let carried = flow.augment(from: 0, to: 1)
            total += Double(carried) / Double(need)
        }
        var share = Array(repeating: 0, count: n)
        for i in placeable { share[i] = 1000 * flow.flow(sourceEdge[i]) / (problem.length[i] + change) }
        return (min(placeable.count, Int((total + 1e-6).rounded(.down))), share)
    }
}
