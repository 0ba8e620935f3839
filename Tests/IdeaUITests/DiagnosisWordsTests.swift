import IdeaModel
@testable import IdeaUI
import Testing

/// A placement diagnosis said in full in both languages, with the Lithuanian counts in
/// their three forms (every case of it is also said by `ModelWordsTests`).
@Suite struct DiagnosisWordsTests {
    typealias D = PlacementDiagnosis
    static let place = D.Place(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(14), end: ClockTime(15, 15))

    @Test func aNearMissNamesThePlaceAndTheOneThingInTheWay() {
        let miss = D.NearMiss(place: Self.place, obstacles: [.example(of: .occupied)])
        #expect(DiagnosisStrings.en.miss(miss) == "Sporto aikštynas 14:00–15:15: “Jaunimo debatų klubas” is there 14:30–16:00")
        #expect(DiagnosisStrings.lt.miss(miss) == "Sporto aikštynas 14:00–15:15: ten vyksta „Jaunimo debatų klubas“ 14:30–16:00")
        let travel = D.NearMiss(place: Self.place, obstacles: [.example(of: .personTravel), .example(of: .closed)])
        #expect(DiagnosisStrings.en.miss(travel) == "Sporto aikštynas 14:00–15:15: its mentor Goda Adomaitienė is at “Jaunimo debatų klubas” "
            + "(Santakos pievelė, 14:00–15:00), and 30 minutes' travel between the districts is needed; and 1 more thing in the way")
        #expect(DiagnosisStrings.lt.miss(travel) == "Sporto aikštynas 14:00–15:15: Goda Adomaitienė (mentorius) dalyvauja „Jaunimo debatų klubas“ "
            + "(Santakos pievelė, 14:00–15:00), o kelionei tarp rajonų reikia 30 min.; ir dar 1 kliūtis")
    }

    /// Only the changeover in the way: the venue's changeover is said.
    @Test func aChangeoverIsSaidWhenTheSpansDoNotOverlap() {
        let place = D.Place(venueId: "venue-03", venue: "Sporto aikštynas", start: ClockTime(13, 30), end: ClockTime(14, 30))
        let obstacle = D.Obstacle.occupied(idea: "Jaunimo debatų klubas", start: ClockTime(14, 30), end: ClockTime(16), changeover: 15)
        #expect(DiagnosisStrings.en.obstacle(obstacle, place)
            == "“Jaunimo debatų klubas” is there 14:30–16:00, and the venue needs 15 minutes to change over")
        #expect(DiagnosisStrings.lt.obstacle(obstacle, place)
            == "ten vyksta „Jaunimo debatų klubas“ 14:30–16:00, o vietai persitvarkyti reikia 15 min.")
    }

    @Test(arguments: [(1, "ir dar 1 kliūtis"), (3, "ir dar 3 kliūtys"), (10, "ir dar 10 kliūčių"), (21, "ir dar 21 kliūtis")])
    func moreObstaclesTakeTheirForm(_ n: Int, _ said: String) {
        #expect(DiagnosisStrings.lt.more(n) == said)
    }

    @Test(arguments: [
        (1, "trūksta to, ko reikia pagal planą: įgarsinimas; tai turi tik 1 pakankamai didelė vieta, ir 12:00–18:00 joje nėra pakankamai ilgo laisvo tarpo",
         "it lacks what the plan needs: sound; only 1 venue big enough has that, and from 12:00 to 18:00 it has no free gap long enough"),
        (3, "trūksta to, ko reikia pagal planą: įgarsinimas; tai turi tik 3 pakankamai didelės vietos, ir 12:00–18:00 nė vienoje nėra pakankamai ilgo laisvo tarpo",
         "it lacks what the plan needs: sound; only 3 venues big enough have that, and from 12:00 to 18:00 none has a free gap long enough"),
        (12, "trūksta to, ko reikia pagal planą: įgarsinimas; tai turi tik 12 pakankamai didelių vietų, ir 12:00–18:00 nė vienoje nėra pakankamai ilgo laisvo tarpo",
         "it lacks what the plan needs: sound; only 12 venues big enough have that, and from 12:00 to 18:00 none has a free gap long enough"),
    ])
    func venuesWithAFeatureTakeTheirForm(_ n: Int, _ lt: String, _ en: String) {
        let obstacle = D.Obstacle.lacksFeature(.sound, withIt: n, full: .init(from: ClockTime(12), to: ClockTime(18)))
        #expect(DiagnosisStrings.lt.obstacle(obstacle, Self.place) == lt)
        #expect(DiagnosisStrings.en.obstacle(obstacle, Self.place) == en)
    }

    @Test func theChangeSaysWhereItThenGoes() {
        #expect(DiagnosisStrings.en.suggestion(.example(of: .move)) == "move “Jaunimo debatų klubas” from Sporto aikštynas 14:30–16:00 "
            + "to Santakos pievelė 16:00–17:30; then it fits at Sporto aikštynas 14:00–15:15")
        #expect(DiagnosisStrings.lt.suggestion(.example(of: .move)) == "perkelti „Jaunimo debatų klubas“ iš vietos Sporto aikštynas "
            + "(14:30–16:00) į vietą Santakos pievelė (16:00–17:30); tada ji tilptų vietoje Sporto aikštynas, 14:00–15:15")
        #expect(DiagnosisStrings.en.suggestion(.example(of: .shorterPlan))
            == "a plan 15 minutes shorter (60 minutes instead of 75); then it fits at Sporto aikštynas 14:00–15:15")
        #expect(DiagnosisStrings.lt.suggestion(.example(of: .laterEnd))
            == "leisti baigti iki 17:00, o ne iki 16:00 (60 min. vėliau); tada ji tilptų vietoje Sporto aikštynas, 14:00–15:15")
        #expect(DiagnosisStrings.en.suggestion(.example(of: .addFeature))
            == "give Sporto aikštynas what the plan needs: sound; then it fits at Sporto aikštynas 14:00–15:15")
    }
}
