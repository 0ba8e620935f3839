import Testing
@testable import IdeaModel

/// The ejecting refill (`PairRefill.refill(eject:)`): an idea at the two venues that has
/// a free place at another venue gives way to a waiting idea and goes there; a move that
/// places no more is undone.
@Suite struct EjectingRefillTests {
    /// Three venues open 10:00–11:00; `x` (an hour) may go to venue 0 or 2, `u` (an hour)
    /// only to venue 0, and `y` (an hour) only to venue 1.
    static let problem: ScheduleProblem = {
        let hour = 60
        func at(_ v: Int) -> ScheduleProblem.Option { .init(v: v, from: 600, to: 600, preferred: false) }
        return ScheduleProblem(venues: 3, district: [0, 0, 1], change: 15, travel: 30, grid: 15,
                               length: [hour, hour, hour], people: [[0], [1], [2]], persons: 3,
                               sectors: [1, 2, 4], options: [[at(0), at(2)], [at(0)], [at(1)]], kept: [],
                               readyOrLater: 3, readyOrLaterIn: [1, 1, 1, 0, 0])
    }()
    static let (x, u, y) = (0, 1, 2)

    @Test func anIdeaWithAPlaceElsewhereGivesWayToAWaitingOne() {
        var board = ScheduleBoard(Self.problem)
        board.place(Self.x, 0, 600)
        board.place(Self.y, 1, 600)
        var refill = PairRefill(Self.problem, leaning: [])
        var rng = SplitMix64(seed: 1)
        #expect(refill.refill(&board, 0, 1, rng: &rng, eject: true, offering: Self.u))
        #expect(board.placed == 3)
        #expect(board.venueOf[Self.u] == 0 && board.venueOf[Self.x] == 2 && board.venueOf[Self.y] == 1)
    }

    @Test func aMoveThatPlacesNoMoreIsUndone() {
        var board = ScheduleBoard(Self.problem)
        board.place(Self.x, 0, 600)
        board.place(Self.y, 1, 600)
        board.place(Self.u, 2, 600) // not an option of u's: only to fill venue 2
        var refill = PairRefill(Self.problem, leaning: [])
        var rng = SplitMix64(seed: 1)
        // x has no free place elsewhere now, and nothing waits: the refill cannot place more.
        #expect(!refill.refill(&board, 0, 1, rng: &rng, eject: true))
        #expect(board.venueOf[Self.x] == 0 && board.venueOf[Self.y] == 1 && board.venueOf[Self.u] == 2)
    }
}
