/// How far the auto-scheduler is, counted in steps of roughly equal time, so a
/// progress line moves evenly: each idea tried in a greedy packing is one step, each
/// refill of two venues (ejecting or not) is `refillWeight` (it costs about that much
/// more), and each try of a preferred district is one. The total is known before the
/// search starts; a phase that ends early (everything placed, or as many as can be)
/// jumps to its end, so the count only grows and ends at the total.
struct ScheduleProgress {
    static let refillWeight = 16

    /// Where each phase ends, in order: two greedy packings, the refilling (the ejecting
    /// and squeezing refills included), the balancing refills and the preferred districts.
    private let ends: [Int]
    private var phase = 0
    private(set) var done = 0
    let total: Int

    init(_ problem: ScheduleProblem) {
        let ideas = problem.count, venues = problem.venues, crowded = problem.oversubscribed
        let refills = ScheduleSearch.fillSteps(ideas: ideas, venues: venues, oversubscribed: crowded)
            + ScheduleSearch.ejectSteps(ideas: ideas, venues: venues)
            + ScheduleSearch.squeezeSteps(ideas: ideas, venues: venues, oversubscribed: crowded)
        let phases = [ideas, ideas, ScheduleProgress.refillWeight * refills,
                      ScheduleProgress.refillWeight * ScheduleSearch.balanceSteps, ScheduleSearch.districtTries]
        var end = 0
        ends = phases.map { length in
            end += length
            return end
        }
        total = max(1, end)
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
