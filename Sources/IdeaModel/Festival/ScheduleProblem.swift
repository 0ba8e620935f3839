/// What the auto-scheduler knows and does not change while it works, in numbers: the
/// ideas to place (0..<count, in the order of their ids), each with its length, people,
/// sectors and the venues and ranges of starts the fixed rules (capacity, features,
/// opening hours, the day, the idea's window, the grid) allow; the venues' districts;
/// the slots that stay where they are; and what the sectors' balance is measured against.
struct ScheduleProblem {
    /// A venue and the range of starts there, on the grid.
    struct Option: Equatable { var v: Int; var from: Int; var to: Int; var preferred: Bool }

    /// A slot that stays: it takes its venue's time and its people's.
    struct Kept { var v: Int; var start: Int; var end: Int; var people: [Int]; var sectors: UInt8 }

    let venues: Int
    /// Each venue's district, as a number (equal numbers, same district).
    let district: [Int]
    let change: Int, travel: Int, grid: Int
    let length: [Int]
    /// Each idea's people (lead, members, mentors), as numbers below `persons`.
    let people: [[Int]]
    let persons: Int
    /// Each idea's sectors, one bit per `Sector` in its order.
    let sectors: [UInt8]
    let options: [[Option]]
    let kept: [Kept]
    /// The ideas at ready or later, in all and per sector, as the sectors' balance
    /// counts them (`SectorBalance`).
    let readyOrLater: Int
    let readyOrLaterIn: [Int]
    /// Each venue's time: from the first start any idea may have there to the last end,
    /// one changeover included (empty, `from >= to`, where no idea may go).
    let span: [(from: Int, to: Int)]
    /// Whether the ideas ask for more than one and a half times the time their venues have
    /// (each idea's minutes and changeover, against each venue's `span`): then many must
    /// wait whatever the schedule, and the count is set by time, which the search's
    /// squeezing refills spend on the shortest ideas (`ScheduleSearch.fillSteps`).
    let oversubscribed: Bool
    /// Where idea i's option at venue v is in `options[i]`: `optionAt[i * venues + v]`, or -1.
    private let optionAt: [Int32]

    init(venues: Int, district: [Int], change: Int, travel: Int, grid: Int, length: [Int], people: [[Int]], persons: Int,
         sectors: [UInt8], options: [[Option]], kept: [Kept], readyOrLater: Int, readyOrLaterIn: [Int]) {
        self.venues = venues
        self.district = district
        self.change = max(0, change)
        self.travel = travel
        self.grid = max(1, grid)
        self.length = length
        self.people = people
        self.persons = persons
        self.sectors = sectors
        self.options = options
        self.kept = kept
        self.readyOrLater = readyOrLater
        self.readyOrLaterIn = readyOrLaterIn
        var at = Array(repeating: Int32(-1), count: length.count * venues)
        for (i, list) in options.enumerated() {
            for (k, o) in list.enumerated() where o.v >= 0 && o.v < venues { at[i * venues + o.v] = Int32(k) }
        }
        optionAt = at
        var span = Array(repeating: (from: Int.max, to: Int.min), count: venues)
        var asked = 0
        for i in 0..<length.count where !options[i].isEmpty {
            asked += length[i] + self.change
            for o in options[i] where o.v >= 0 && o.v < venues {
                span[o.v].from = min(span[o.v].from, o.from)
                span[o.v].to = max(span[o.v].to, o.to + length[i] + self.change)
            }
        }
        self.span = span
        oversubscribed = 2 * asked > 3 * span.reduce(0) { $1.from < $1.to ? $0 + $1.to - $1.from : $0 }
    }

    var count: Int { length.count }

    /// Idea i's option at venue v, if it has one.
    func option(_ i: Int, _ v: Int) -> Option? {
        let k = optionAt[i * venues + v]
        return k < 0 ? nil : options[i][Int(k)]
    }

    /// The first start on the grid at or after `minute`, counted from `first`.
    func onGrid(_ minute: Int, from first: Int) -> Int { first + max(0, (minute - first + grid - 1) / grid) * grid }

    /// The number of sectors the balance counts.
    static let sectorCount = Sector.allCases.count
}
