import Testing
@testable import IdeaModel

/// The figures are counted in arrays and read in place, with the app's table of ideas by
/// id; they must be exactly what the plain way gives (kept below as the reference: a
/// table of every idea's sectors, a set per idea), on generated databases changed at
/// random: stages moved, sectors listed twice, slots of ideas that are gone.
@Suite struct StatsReferenceTests {
    @Test(arguments: [41 as UInt64, 42, 43])
    func theBalanceIsWhatThePlainCountGives(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var db = Generator.database(ideas: 150, seed: seed)
        for step in 0..<40 {
            let i = Int.random(in: 0..<db.ideas.count, using: &rng)
            switch step % 4 {
            case 0: db.ideas[i].stage = Stage.allCases.randomElement(using: &rng) ?? .ready
            case 1: db.ideas[i].sectors += db.ideas[i].sectors.prefix(1)
            case 2: db.ideas.remove(at: i)
            default: db.ideas[i].sectors = [Sector.allCases.randomElement(using: &rng) ?? .youth]
            }
            let balance = SectorBalance(db), plain = Self.reference(db)
            #expect(balance.interventions == plain.interventions && balance.readyOrLater == plain.readyOrLater
                    && balance.shares == plain.shares, "step \(step)")
            #expect(DatabaseStats(db).sectorBalance == balance, "step \(step)")
        }
    }

    /// `SectorBalance.init` as it was.
    static func reference(_ db: Database) -> (interventions: Int, readyOrLater: Int, shares: [SectorBalance.Share]) {
        var sectorsOf: [String: [Sector]] = [:]
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
        let shares = Sector.allCases.map { sector in
            let s = onGrid[sector] ?? 0, p = pool[sector] ?? 0
            let behind = slots > 0 && poolCount > 0
                && 100 * s * poolCount < 100 * p * slots - SectorBalance.behindPoints * slots * poolCount
            return SectorBalance.Share(sector: sector, scheduled: s, readyOrLater: p, scheduledPercent: SectorBalance.percent(s, of: slots),
                                       readyOrLaterPercent: SectorBalance.percent(p, of: poolCount), behind: behind)
        }
        return (slots, poolCount, shares)
    }
}
