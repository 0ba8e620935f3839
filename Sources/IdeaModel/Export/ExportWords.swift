/// The words an export is written in, given by the caller (the interface's string
/// tables, `ExportWords.of(lang)` in IdeaUI) so the model holds no language of its own
/// beyond the JSON format's field names.
public struct ExportWords: Sendable {
    /// BCP 47 code of these words: `lang` in HTML, `<language>` in frab.
    public var language: String
    public var byTime: String
    public var byVenue: String
    public var venuesByDistrict: String
    /// "66 interventions at 14 venues".
    public var count: @Sendable (_ interventions: Int, _ venues: Int) -> String
    public var sector: @Sendable (Sector) -> String
    /// The CSV columns of the programme: slot, date, start, end, minutes, title, venue,
    /// district, address, sectors, tags, people, summary, email, phone.
    public var programmeColumns: [String]
    /// The CSV columns of the invitations: invitation, team, idea, role, person,
    /// invited by, invited at, team lead, email, phone.
    public var invitationColumns: [String]
    /// The field separator spreadsheets set to this language expect (`;` where the comma
    /// is the decimal mark).
    public var spreadsheetSeparator: Character

    public init(language: String, byTime: String, byVenue: String, venuesByDistrict: String,
                count: @escaping @Sendable (Int, Int) -> String, sector: @escaping @Sendable (Sector) -> String,
                programmeColumns: [String], invitationColumns: [String], spreadsheetSeparator: Character) {
        self.language = language
        self.byTime = byTime
        self.byVenue = byVenue
        self.venuesByDistrict = venuesByDistrict
        self.count = count
        self.sector = sector
        self.programmeColumns = programmeColumns
        self.invitationColumns = invitationColumns
        self.spreadsheetSeparator = spreadsheetSeparator
    }
}
