import IdeaModel

/// A venue: where it is, how big, what it has and when it is open; the festival slots
/// placed there in time order, and how much of its day is still free.
enum VenueDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let venue = state.index.venue[id].map({ state.database.venues[$0] }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings, festival = state.database.festival
        var t = DetailText(state, width: width)
        t.fields([
            (s.colDistrict, .plain(venue.district)),
            (s.detailAddress, .plain(venue.address.isEmpty ? s.none : venue.address)),
            (s.detailCapacity, .plain(s.detailVenueCapacity(venue.capacity))),
            (s.colFeatures, .plain(t.list(venue.features.map(s.feature)))),
            (s.colHours, .plain("\(venue.opens.text)–\(venue.closes.text)")),
        ])

        let slots = festival.slots.filter { $0.venueId == venue.id }
            .sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        t.heading(s.detailSlotsOn(s.date(festival.day)), count: slots.count)
        if slots.isEmpty { t.none() }
        let titles = slots.map { t.ideaTitle($0.ideaId) }
        let titleWidth = t.columnWidth(titles, share: 2, of: 3)
        for (slot, title) in zip(slots, titles) {
            t.row([("\(slot.start.text)–\(slot.end.text)", Styles.number), (title, .plain),
                   (slot.pinned ? s.detailPinned : "", Styles.key)],
                  widths: [11, titleWidth], link: t.idea(slot.ideaId) == nil ? nil : .idea(slot.ideaId))
        }
        let open = max(0, venue.closes.minutes - venue.opens.minutes)
        let booked = slots.reduce(0) { $0 + max(0, $1.minutes) }
        let free = max(0, open - booked)
        t.line([])
        t.text(s.detailFreeTime(s.detailDuration(open), s.detailDuration(booked), s.detailDuration(free)), indent: 2,
               style: free == 0 ? Styles.warning : Styles.muted)
        return (venue.name, t.lines)
    }
}
