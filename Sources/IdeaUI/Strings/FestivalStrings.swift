import IdeaModel

/// The words of the festival's venues and settings (and, later, its grid), for one language.
public struct FestivalStrings: Sendable {
    public var actNewVenue: String
    public var actEditVenue: String
    public var actSettings: String
    public var settingsTitle: String
    public var fName: String
    public var fDistrict: String
    public var fAddress: String
    public var fCapacity: String
    public var fFeatures: String
    public var fOpens: String
    public var fCloses: String
    public var fTitle: String
    public var fDate: String
    public var fTarget: String
    public var fDayStart: String
    public var fDayEnd: String
    public var fGrid: String
    public var fChangeover: String
    public var fTravel: String
    public var fMaxMentors: String
    public var closesAfterOpening: String
    public var timeNeeded: String
}

extension FestivalStrings {
    public static let en = FestivalStrings(
        actNewVenue: "New venue…", actEditVenue: "Edit the venue…", actSettings: "Festival settings…",
        settingsTitle: "Festival settings", fName: "Name", fDistrict: "District", fAddress: "Address", fCapacity: "Capacity (people)",
        fFeatures: "Features", fOpens: "Opens", fCloses: "Closes", fTitle: "Title", fDate: "Date", fTarget: "Target (interventions)",
        fDayStart: "Day starts", fDayEnd: "Day ends", fGrid: "Grid (minutes)", fChangeover: "Changeover (minutes)",
        fTravel: "Travel time (minutes)", fMaxMentors: "Mentors per team, at most",
        closesAfterOpening: "must be after the opening time", timeNeeded: "a time like 10:00"
    )

    public static let lt = FestivalStrings(
        actNewVenue: "Nauja vieta…", actEditVenue: "Keisti vietą…", actSettings: "Festivalio nustatymai…",
        settingsTitle: "Festivalio nustatymai", fName: "Pavadinimas", fDistrict: "Seniūnija", fAddress: "Adresas",
        fCapacity: "Talpa (žmonių)", fFeatures: "Savybės", fOpens: "Atsidaro", fCloses: "Užsidaro", fTitle: "Pavadinimas",
        fDate: "Data", fTarget: "Tikslas (intervencijų)", fDayStart: "Diena prasideda", fDayEnd: "Diena baigiasi",
        fGrid: "Tinklelis (minutėmis)", fChangeover: "Persitvarkymas (minutėmis)", fTravel: "Kelionės laikas (min.)",
        fMaxMentors: "Daugiausia mentorių komandai", closesAfterOpening: "turi būti vėliau nei atsidaro",
        timeNeeded: "laikas, pvz. 10:00"
    )
}
