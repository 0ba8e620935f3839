/// Places generated interventions on the festival grid by the full rules: inside the
/// venue's hours and the plan's window, a venue big enough with every feature the plan
/// needs, changeover time between two slots at a venue, nobody in two slots at once and
/// travel time for a person between slots in different districts.
struct SlotPlacer {
    /// Where on the day a slot must fall relative to a moment (the generator's snapshot).
    enum Window {
        case endsBy(ClockTime)
        case endsAfter(ClockTime)
    }

    struct Busy {
        let start: Int
        let end: Int
        let district: String
    }

    let venues: [Venue]
    let festival: Festival
    private var venueBusy: [[(start: Int, end: Int)]]
    private var personBusy: [String: [Busy]] = [:]

    init(venues: [Venue], festival: Festival) {
        self.venues = venues
        self.festival = festival
        venueBusy = Array(repeating: [], count: venues.count)
    }

    /// The first free venue and start found, trying preferred districts first and starts
    /// from a random point of the window; nil when nothing fits.
    mutating func place(plan: InterventionPlan, persons: [String], window: Window, dice: inout Dice) -> (venue: Int, start: ClockTime)? {
        let duration = plan.durationMinutes
        let fits = venues.indices.filter { v in
            venues[v].capacity >= plan.audience && plan.features.allSatisfy(venues[v].features.contains)
        }
        var order: [Int] = []
        var seen: Set<Int> = []
        for district in plan.districts {
            for v in dice.shuffled(fits.filter { venues[$0].district == district }) where seen.insert(v).inserted {
                order.append(v)
            }
        }
        order += dice.shuffled(fits.filter { !seen.contains($0) })
        let grid = festival.gridMinutes
        let dayStart = festival.dayStart.minutes
        for v in order {
            let venue = venues[v]
            var lo = max(dayStart, venue.opens.minutes, plan.earliest?.minutes ?? 0)
            var hiEnd = min(festival.dayEnd.minutes, venue.closes.minutes, plan.latest?.minutes ?? 24 * 60)
            switch window {
            case .endsBy(let t): hiEnd = min(hiEnd, t.minutes)
            case .endsAfter(let t): lo = max(lo, t.minutes - duration + 1)
            }
            let off = ((lo - dayStart) % grid + grid) % grid
            if off > 0 { lo += grid - off }
            guard hiEnd - duration >= lo else { continue }
            let count = (hiEnd - duration - lo) / grid + 1
            let first = dice.int(0..<count)
            for k in 0..<count {
                let start = lo + (first + k) % count * grid
                let end = start + duration
                if isFree(venue: v, start, end) && persons.allSatisfy({ isFree(person: $0, start, end, venue.district) }) {
                    venueBusy[v].append((start, end))
                    for p in persons { personBusy[p, default: []].append(Busy(start: start, end: end, district: venue.district)) }
                    return (v, ClockTime(minutes: start))
                }
            }
        }
        return nil
    }

    private func isFree(venue v: Int, _ start: Int, _ end: Int) -> Bool {
        let gap = festival.changeoverMinutes
        return !venueBusy[v].contains { start < $0.end + gap && $0.start < end + gap }
    }

    private func isFree(person: String, _ start: Int, _ end: Int, _ district: String) -> Bool {
        guard let busy = personBusy[person] else { return true }
        return !busy.contains { b in
            let gap = b.district == district ? 0 : festival.travelMinutes
            return start < b.end + gap && b.start < end + gap
        }
    }
}
