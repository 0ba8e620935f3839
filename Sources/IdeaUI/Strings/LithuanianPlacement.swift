import IdeaModel

extension Strings {
    /// A placement rule in Lithuanian, as the grid's windows and refusals say it.
    static func lithuanianPlacement(_ problem: PlacementProblem) -> String {
        let s = Strings.lt
        func span(_ a: ClockTime, _ b: ClockTime) -> String { a.text + "–" + b.text }
        switch problem {
        case .noPlan:
            return "idėja neturi intervencijos plano, todėl jos trukmė nežinoma"
        case .offGrid(let start, let grid, let dayStart):
            return "\(start.text) nėra \(grid) min. tinklelyje, kuris prasideda \(dayStart.text)"
        case .lengthOffGrid(let minutes, let grid):
            return "suplanuota trukmė, \(minutes) min., netelpa į \(grid) min. tinklelį"
        case .outsideDay(let start, let end, let dayStart, let dayEnd):
            return "\(span(start, end)) yra už festivalio dienos ribų (\(span(dayStart, dayEnd)))"
        case .venueClosed(let venue, let opens, let closes):
            return "\(venue) dirba tik \(span(opens, closes))"
        case .tooSmall(let venue, let holds, let expects):
            return "\(venue) talpina \(holds) žm., o planuojama \(expects)"
        case .missingFeatures(let venue, let features):
            return "\(venue) neturi to, ko reikia pagal planą: " + features.map(s.feature).joined(separator: ", ")
        case .tooEarly(let earliest):
            return "plane prašoma pradėti ne anksčiau kaip \(earliest.text)"
        case .tooLate(let latest):
            return "plane prašoma baigti iki \(latest.text)"
        case .clash(let idea, let venue, let start, let end, let change):
            return change > 0 ? "sutaptų su „\(idea)“ vietoje \(venue), \(span(start, end)), įskaičiuojant \(change) min. persitvarkymui"
                : "sutaptų su „\(idea)“ vietoje \(venue), \(span(start, end))"
        case .personBusy(let person, let idea, let venue, let start, let end):
            return "\(person) tuo metu dalyvauja „\(idea)“ (\(venue), \(span(start, end)))"
        case .travelFrom(let person, let idea, let district, let until, let travel, let to):
            return "\(person) iki \(until.text) dalyvauja „\(idea)“ (\(district)), o nuvykti į \(to) reikia \(travel) min."
        case .travelTo(let person, let idea, let district, let at, let travel, let from):
            return "\(person) \(at.text) turi būti „\(idea)“ (\(district)), o nuvykti iš \(from) reikia \(travel) min."
        }
    }
}
