import IdeaModel

/// Venues: name, district, capacity, features, opening hours and slots in use.
enum VenuesList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, index = c.index, s = c.strings
        let venues = db.venues
        var slots: [String: Int] = [:]
        for slot in db.festival.slots { slots[slot.venueId, default: 0] += 1 }
        let slotCount = slots
        let columns = [
            ColumnSpec("name", s.colName, .flex(min: 20), cutMiddle: true, text: { venues[$0].name }),
            ColumnSpec("district", s.colDistrict, .fixed(12), text: { venues[$0].district }),
            ColumnSpec("capacity", s.colCapacity, .fixed(6), alignRight: true, text: { String(venues[$0].capacity) },
                       sortKey: { .number(venues[$0].capacity) }),
            ColumnSpec("features", s.colFeatures, .flex(min: 16), text: { venues[$0].features.map(s.feature).joined(separator: ", ") }),
            ColumnSpec("hours", s.colHours, .fixed(11), text: { "\(venues[$0].opens.text)–\(venues[$0].closes.text)" },
                       sortKey: { .number(venues[$0].opens.minutes) }),
            ColumnSpec("slots", s.colSlots, .fixed(5), alignRight: true, text: { String(slotCount[venues[$0].id] ?? 0) },
                       sortKey: { .number(slotCount[venues[$0].id] ?? 0) }),
        ]
        let districts = db.districts.filter { d in venues.contains { $0.district == d } }
        return ListSpec(
            count: venues.count, columns: columns, defaultSort: "name",
            filters: [
                FilterGroup(title: s.colDistrict, tokens: districts.map { .district($0) }),
                FilterGroup(title: s.colFeatures, tokens: VenueFeature.allCases.map { .feature($0) }),
            ],
            passes: { row, token in
                switch token {
                case .district(let d): return venues[row].district == d
                case .feature(let f): return venues[row].features.contains(f)
                default: return true
                }
            },
            searchText: { row in ([venues[row].name, venues[row].district, venues[row].address]).joined(separator: " ") },
            route: { .venue(venues[$0].id) },
            rowOf: { route in if case .venue(let id) = route { return index.venue[id] } else { return nil } }
        )
    }
}
