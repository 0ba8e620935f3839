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
    // The grid.
    public var tab: String
    public var scheduledOf: @Sendable (Int, Int) -> String
    public var venuesInUse: @Sendable (Int, Int) -> String
    public var readyTitle: @Sendable (Int) -> String
    public var nothingReady: String
    public var noVenues: String
    public var noSlotHere: String
    public var moving: @Sendable (String) -> String
    public var placeTitle: @Sendable (String, String) -> String
    public var cannotPlace: @Sendable (String) -> String
    public var removeQuestion: @Sendable (String) -> String
    public var autoTitle: String
    public var autoSummary: @Sendable (Int, Int) -> String
    /// Under the ideas left out: where to learn what is in their way.
    public var autoWhyHint: String
    public var autoNothing: String
    public var place: String
    public var placeHelp: String
    public var move: String
    public var moveHelp: String
    public var remove: String
    public var removeHelp: String
    public var pin: String
    public var pinHelp: String
    public var zoom: String
    public var zoomHelp: String
    public var auto: String
    public var autoHelp: String
    public var length: String
    public var lengthHelp: String
    public var cannotLast: @Sendable (String, Int) -> String
    public var shortest: @Sendable (Int) -> String
}

extension FestivalStrings {
    public static let en = FestivalStrings(
        actNewVenue: "New venue…", actEditVenue: "Edit the venue…", actSettings: "Festival settings…",
        settingsTitle: "Festival settings", fName: "Name", fDistrict: "District", fAddress: "Address", fCapacity: "Capacity (people)",
        fFeatures: "Features", fOpens: "Opens", fCloses: "Closes", fTitle: "Title", fDate: "Date", fTarget: "Target (interventions)",
        fDayStart: "Day starts", fDayEnd: "Day ends", fGrid: "Grid (minutes)", fChangeover: "Changeover (minutes)",
        fTravel: "Travel time (minutes)", fMaxMentors: "Mentors per team, at most",
        closesAfterOpening: "must be after the opening time", timeNeeded: "a time like 10:00",
        tab: "Festival",
        scheduledOf: { n, target in "\(n)/\(target) scheduled" },
        venuesInUse: { used, all in "venues in use \(used)/\(all)" },
        readyTitle: { n in "Ready, not scheduled (\(n))" },
        nothingReady: "no ready idea waits for a place",
        noVenues: "no venues yet: add one from the Venues screen (c)",
        noSlotHere: "no intervention here: move onto one first",
        moving: { title in "moving “\(title)”: go to the new place, v or Enter drops it, Esc keeps it where it was" },
        placeTitle: { venue, time in "Place at \(venue), \(time)" },
        cannotPlace: { title in "“\(title)” cannot go there" },
        removeQuestion: { title in "Why does “\(title)” come off the schedule? It goes back to ready." },
        autoTitle: "Schedule automatically",
        autoSummary: { placed, all in "Places \(placed) of the \(all) ready ideas by every rule; pinned and existing slots stay." },
        autoWhyHint: "On the grid, w shows what is in the way of each idea left out and the one change that lets it in.",
        autoNothing: "no ready idea waits for a place",
        place: "place", placeHelp: "place a ready idea at the cursor (choose it from a list)",
        move: "move", moveHelp: "take the intervention under the cursor to move it; again to drop it",
        remove: "take off", removeHelp: "take the intervention under the cursor off the schedule (asks why)",
        pin: "pin", pinHelp: "pin or unpin the intervention under the cursor (auto-scheduling keeps pinned ones)",
        zoom: "zoom", zoomHelp: "15, 30 or 60 minutes a column",
        auto: "auto", autoHelp: "place the ready ideas automatically (asks first)",
        length: "length", lengthHelp: "make the intervention under the cursor one grid step longer (>) or shorter (<)",
        cannotLast: { title, minutes in "“\(title)” cannot last \(minutes) minutes" },
        shortest: { minutes in "it cannot be shorter than one \(minutes)-minute step" }
    )

    public static let lt = FestivalStrings(
        actNewVenue: "Nauja vieta…", actEditVenue: "Keisti vietą…", actSettings: "Festivalio nustatymai…",
        settingsTitle: "Festivalio nustatymai", fName: "Pavadinimas", fDistrict: "Seniūnija", fAddress: "Adresas",
        fCapacity: "Talpa (žmonių)", fFeatures: "Savybės", fOpens: "Atsidaro", fCloses: "Užsidaro", fTitle: "Pavadinimas",
        fDate: "Data", fTarget: "Tikslas (intervencijų)", fDayStart: "Diena prasideda", fDayEnd: "Diena baigiasi",
        fGrid: "Tinklelis (minutėmis)", fChangeover: "Persitvarkymas (minutėmis)", fTravel: "Kelionės laikas (min.)",
        fMaxMentors: "Daugiausia mentorių komandai", closesAfterOpening: "turi būti vėliau nei atsidaro",
        timeNeeded: "laikas, pvz. 10:00",
        tab: "Festivalis",
        scheduledOf: { n, target in "suplanuota \(n)/\(target)" },
        venuesInUse: { used, all in "naudojamos vietos \(used)/\(all)" },
        readyTitle: { n in "Paruoštos, nesuplanuotos (\(n))" },
        nothingReady: "nė viena paruošta idėja nelaukia vietos",
        noVenues: "vietų dar nėra: pridėkite ekrane „Vietos“ (c)",
        noSlotHere: "čia nieko nėra: pirma užeikite ant intervencijos",
        moving: { title in "perkeliama „\(title)“: eikite į naują vietą, v arba Enter padeda, Esc palieka kaip buvo" },
        placeTitle: { venue, time in "Vieta: \(venue), \(time)" },
        cannotPlace: { title in "„\(title)“ ten negali būti" },
        removeQuestion: { title in "Kodėl „\(title)“ išimama iš programos? Ji grįš į „paruošta“." },
        autoTitle: "Suplanuoti automatiškai",
        autoSummary: { placed, all in "Suplanuos \(placed) iš \(all) paruoštų idėjų pagal visas taisykles; prisegtos ir esamos lieka." },
        autoWhyHint: "Tinklelyje klavišas w parodo, kas trukdo kiekvienai neįtrauktai idėjai ir koks vienas pakeitimas leistų ją įtraukti.",
        autoNothing: "nė viena paruošta idėja nelaukia vietos",
        place: "dėti", placeHelp: "padėti paruoštą idėją žymeklio vietoje (pasirinkus iš sąrašo)",
        move: "perkelti", moveHelp: "paimti intervenciją po žymekliu perkėlimui; dar kartą – padėti",
        remove: "išimti", removeHelp: "išimti intervenciją po žymekliu iš programos (paklausia kodėl)",
        pin: "prisegti", pinHelp: "prisegti ar atsegti intervenciją po žymekliu",
        zoom: "mastelis", zoomHelp: "15, 30 ar 60 minučių stulpeliui",
        auto: "auto", autoHelp: "automatiškai suplanuoti paruoštas idėjas (pirma paklausia)",
        length: "trukmė", lengthHelp: "intervenciją po žymekliu pailginti (>) ar sutrumpinti (<) vienu tinklelio žingsniu",
        cannotLast: { title, minutes in "„\(title)“ negali trukti \(minutes) min." },
        shortest: { minutes in "trumpiau nei vienas \(minutes) min. žingsnis negali būti" }
    )
}
