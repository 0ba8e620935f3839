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

    public init(_ db: Database) {
        var sectorsOf: [String: [Sector]] = [:]
        sectorsOf.reserveCapacity(db.ideas.count)
        var pool: [Sector: Int] = [:]
        var poolCount = 0
        for idea in db.ideas {
            sectorsOf[idea.id] = idea.sectors
            guard SectorBalance.readyOrLaterStages.contains(idea.stage) else { continue }
            poolCount += 1
            for sector in Set(idea.sectors) { pool[sector, default: 0] += 1 }
        }
        var onGrid: [Sector: Int] = [:]
        var slots = 0
        for slot in db.festival.slots {
            guard let sectors = sectorsOf[slot.ideaId] else { continue }
            slots += 1
            for sector in Set(sectors) { onGrid[sector, default: 0] += 1 }
        }
        interventions = slots
        readyOrLater = poolCount
        shares = Sector.allCases.map { sector in
            let s = onGrid[sector] ?? 0, p = pool[sector] ?? 0
            // s/slots < p/pool − N/100, in whole numbers so nothing is lost to rounding.
            let behind = slots > 0 && poolCount > 0
                && 100 * s * poolCount < 100 * p * slots - SectorBalance.behindPoints * slots * poolCount
            return Share(sector: sector, scheduled: s, readyOrLater: p, scheduledPercent: SectorBalance.percent(s, of: slots),
                         readyOrLaterPercent: SectorBalance.percent(p, of: poolCount), behind: behind)
        }
    }

    /// `part` of `whole` in whole percent, rounded half up.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }

    public func share(_ sector: Sector) -> Share? { shares.first { $0.sector == sector } }
}
