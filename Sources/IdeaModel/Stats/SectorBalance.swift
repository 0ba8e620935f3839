/// How the five sectors are represented on the festival grid compared with the ideas
/// that could be there. An idea has one or more sectors, so each sector's share is of
/// its own: "34% of the interventions are youth" — the shares add up to more than 100.
///
/// The comparison is with the ideas that are ready or later (ready, scheduled,
/// delivered): the ones that have earned a place. A sector is *behind* when its share
/// of the scheduled interventions is more than `behindPoints` percentage points below
/// its share of those ideas.
public struct SectorBalance: Equatable, Sendable {
    /// Percentage points a sector may trail before it counts as behind.
    public static let behindPoints = 5

    public struct Share: Equatable, Sendable {
        public var sector: Sector
        /// Scheduled interventions (slots) whose idea has this sector.
        public var scheduled: Int
        /// Ideas ready or later that have this sector.
        public var readyOrLater: Int
        /// Whole percentages, rounded half up; 0 when there is nothing to divide by.
        public var scheduledPercent: Int
        public var readyOrLaterPercent: Int
        public var behind: Bool
    }

    /// Scheduled interventions (slots whose idea exists).
    public var interventions: Int
    /// Ideas at ready, scheduled or delivered.
    public var readyOrLater: Int
    /// One per sector, in `Sector.allCases` order.
    public var shares: [Share]

    /// The stages counted as "ready or later".
    public static let readyOrLaterStages: Set<Stage> = [.ready, .scheduled, .delivered]

    public init(_ db: Database) { self.init(db, ideaIndex: DatabaseIndex(db).idea) }

    /// The same, with the ideas looked up in `ideaIndex` (ids to positions in `db.ideas`):
    /// the app's, which its screens make anyway. Counted in arrays by sector and read in
    /// place: a table of every idea's sectors and a set per idea cost 25 ms at 50,000.
    init(_ db: Database, ideaIndex: [String: Int]) {
        func position(_ sector: Sector) -> Int { Sector.allCases.firstIndex(of: sector) ?? 0 }
        /// Each of an idea's sectors once, however often it is listed.
        func count(_ sectors: [Sector], into counts: inout [Int]) {
            for (k, sector) in sectors.enumerated() where !sectors[..<k].contains(sector) { counts[position(sector)] += 1 }
        }
        var pool = [Int](repeating: 0, count: Sector.allCases.count), onGrid = pool
        var poolCount = 0
        db.ideas.withUnsafeBufferPointer { ideas in
            for i in ideas.indices where SectorBalance.isReadyOrLater(ideas[i].stage) {
                poolCount += 1
                count(ideas[i].sectors, into: &pool)
            }
        }
        var slots = 0
        for slot in db.festival.slots {
            guard let i = ideaIndex[slot.ideaId], db.ideas.indices.contains(i) else { continue }
            slots += 1
            count(db.ideas[i].sectors, into: &onGrid)
        }
        interventions = slots
        readyOrLater = poolCount
        shares = Sector.allCases.enumerated().map { n, sector in
            let s = onGrid[n], p = pool[n]
            // s/slots < p/pool − N/100, in whole numbers so nothing is lost to rounding.
            let behind = slots > 0 && poolCount > 0
                && 100 * s * poolCount < 100 * p * slots - SectorBalance.behindPoints * slots * poolCount
            return Share(sector: sector, scheduled: s, readyOrLater: p, scheduledPercent: SectorBalance.percent(s, of: slots),
                         readyOrLaterPercent: SectorBalance.percent(p, of: poolCount), behind: behind)
        }
    }

    /// Whether `stage` is one of `readyOrLaterStages` (compared, not hashed).
    static func isReadyOrLater(_ stage: Stage) -> Bool { stage == .ready || stage == .scheduled || stage == .delivered }

    /// `part` of `whole` in whole percent, rounded half up.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }

    public func share(_ sector: Sector) -> Share? { shares.first { $0.sector == sector } }
}
