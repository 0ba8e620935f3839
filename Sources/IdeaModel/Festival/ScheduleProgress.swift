/// How far the auto-scheduler is, counted in steps of roughly equal time, so a
/// progress line moves evenly: each idea tried in a greedy packing is one step, each
/// place the local search looks at is one (`AutoScheduler.improveBudget` at most), and
/// each step of the large-neighbourhood search is `repackWeight` (it costs about that
/// much more). The total is known before the search starts; a phase that ends early
/// (nothing left to improve) jumps to its end, so the count only grows and ends at
/// the total.
struct ScheduleProgress {
    static let repackWeight = 16

    /// Where each phase ends, in order: for each packing order a greedy packing, the
    /// local search, the large-neighbourhood search and the local search again.
    private let ends: [Int]
    private var phase = 0
    private(set) var done = 0
    let total: Int

    init(orders: Int, ideas: Int, venues: Int) {
        let one = [ideas, AutoScheduler.improveBudget,
                   ScheduleProgress.repackWeight * AutoScheduler.repackSteps(venues: venues), AutoScheduler.improveBudget]
        var end = 0
        ends = Array(repeating: one, count: orders).flatMap { $0 }.map { length in
            end += length
            return end
        }
        total = end
    }

    /// Where the current phase ends.
    private var phaseEnd: Int { phase < ends.count ? ends[phase] : total }

    /// `n` more steps (never past the current phase's end), then tells `progress`.
    mutating func advance<E: Error>(_ n: Int, _ progress: (Int, Int) throws(E) -> Void) throws(E) {
        done = min(done + max(0, n), phaseEnd)
        try progress(done, total)
    }

    /// The current phase is over, however many of its steps it took.
    mutating func finishPhase<E: Error>(_ progress: (Int, Int) throws(E) -> Void) throws(E) {
        done = max(done, phaseEnd)
        phase = min(phase + 1, ends.count)
        try progress(done, total)
    }
}
