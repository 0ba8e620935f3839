import Testing
@testable import IdeaModel

/// The squeezing refill (`PairRefill.refill(squeeze:)`): at the same count, shorter ideas
/// for longer ones and the free time gathered in one of the two venues; the filling
/// refill does the opposite.
@Suite struct SqueezingRefillTests {
    /// Two venues open 10:00–12:00 in one district, no changeover; `ideas` are
    /// (minutes, venues it may go to), every start on the quarter hour.
    static func problem(_ ideas: [(minutes: Int, venues: [Int])], kept: [ScheduleProblem.Kept] = []) -> ScheduleProblem {
        ScheduleProblem(venues: 2, district: [0, 0], change: 0, travel: 30, grid: 15,
                        length: ideas.map(\.minutes), people: ideas.indices.map { [$0] }, persons: ideas.count,
                        sectors: ideas.map { _ in 1 },
                        options: ideas.map { idea in idea.venues.map { .init(v: $0, from: 600, to: 720 - idea.minutes, preferred: false) } },
                        kept: kept, readyOrLater: ideas.count, readyOrLaterIn: [ideas.count, 0, 0, 0, 0])
    }

    static func free(_ refill: PairRefill, _ board: ScheduleBoard) -> [Int] { [refill.freeMinutes(board, 0), refill.freeMinutes(board, 1)] }

    /// Two ideas of two hours fill both venues; one of an hour waits. No schedule places
    /// three: squeezing swaps a long one for the short one (an hour free), filling does not.
    @Test func aShorterIdeaTakesALongerOnesPlace() {
        let problem = Self.problem([(120, [0, 1]), (120, [0, 1]), (60, [0, 1])])
        var board = ScheduleBoard(problem)
        board.place(0, 0, 600)
        board.place(1, 1, 600)
        var refill = PairRefill(problem, leaning: [])
        var rng = SplitMix64(seed: 3)
        var filled = board
        _ = refill.refill(&filled, 0, 1, rng: &rng)
        #expect(filled.isPlaced(0) && filled.isPlaced(1) && !filled.isPlaced(2))
        #expect(refill.refill(&board, 0, 1, rng: &rng, squeeze: true))
        #expect(board.placed == 2 && board.isPlaced(2))
        #expect(Self.free(refill, board).sorted() == [0, 60])
    }

    /// Half an hour free at each venue becomes an hour free at one (the first, `a`, is
    /// the one filled): ideas of 90 minutes (venue 0 only), 60 and 30 (either).
    @Test func freeTimeGathersInOneVenue() {
        let problem = Self.problem([(90, [0]), (60, [0, 1]), (30, [0, 1])])
        var board = ScheduleBoard(problem)
        board.place(0, 0, 600)
        board.place(1, 1, 600)
        board.place(2, 1, 660)
        var refill = PairRefill(problem, leaning: [])
        var rng = SplitMix64(seed: 5)
        #expect(Self.free(refill, board) == [30, 30])
        #expect(refill.refill(&board, 0, 1, rng: &rng, squeeze: true))
        #expect(board.placed == 3)
        #expect(Self.free(refill, board) == [0, 60])
        #expect(board.venueOf[0] == 0 && board.venueOf[2] == 0 && board.venueOf[1] == 1)
    }

    /// A refill that would spread the free time again, or use more of it, is undone.
    @Test func aMoveThatSpreadsTheFreeTimeIsUndone() {
        let problem = Self.problem([(90, [0]), (60, [1]), (30, [0, 1])])
        var board = ScheduleBoard(problem)
        board.place(0, 0, 600)
        board.place(2, 0, 690)
        board.place(1, 1, 600)
        var refill = PairRefill(problem, leaning: [])
        for seed in UInt64(1)...20 {
            var rng = SplitMix64(seed: seed)
            _ = refill.refill(&board, 0, 1, rng: &rng, squeeze: true)
            _ = refill.refill(&board, 1, 0, rng: &rng, squeeze: true)
            #expect(Self.free(refill, board) == [0, 60])
        }
    }

    /// A slot that stays takes a venue's free time only where it overlaps the time the
    /// ideas may use there (here 10:00–12:00): one from 9:00 to 10:00 takes none, one
    /// from 11:30 to 12:30 half an hour.
    @Test func aSlotThatStaysCountsOnlyWithinTheVenuesTime() {
        let kept: [ScheduleProblem.Kept] = [.init(v: 0, start: 540, end: 600, people: [], sectors: 0),
                                            .init(v: 1, start: 690, end: 750, people: [], sectors: 0)]
        let problem = Self.problem([(60, [0, 1])], kept: kept)
        let board = ScheduleBoard(problem)
        let refill = PairRefill(problem, leaning: [])
        #expect(Self.free(refill, board) == [120, 90])
    }
}
