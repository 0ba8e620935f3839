/// Everything the platform knows, as one value. The file `ideas.db.json` is its text form.
public struct Database: Equatable, Sendable {
    public static let schemaVersion = 1

    public var districts: [String]
    public var people: [Person]
    public var ideas: [Idea]
    public var teams: [Team]
    public var forums: [Forum]
    public var tracks: [WorkshopTrack]
    public var sessions: [WorkshopSession]
    public var sponsors: [Sponsor]
    public var venues: [Venue]
    public var festival: Festival
    public var log: [LogEntry]

    public init(districts: [String] = [], people: [Person] = [], ideas: [Idea] = [], teams: [Team] = [],
                forums: [Forum] = [], tracks: [WorkshopTrack] = [], sessions: [WorkshopSession] = [],
                sponsors: [Sponsor] = [], venues: [Venue] = [], festival: Festival, log: [LogEntry] = []) {
        self.districts = districts
        self.people = people
        self.ideas = ideas
        self.teams = teams
        self.forums = forums
        self.tracks = tracks
        self.sessions = sessions
        self.sponsors = sponsors
        self.venues = venues
        self.festival = festival
        self.log = log
    }

    /// The districts of Kaunas a new database knows.
    public static let kaunasDistricts = [
        "Centras", "Senamiestis", "Žaliakalnis", "Šančiai", "Aleksotas", "Vilijampolė",
        "Dainava", "Eiguliai", "Šilainiai", "Petrašiūnai", "Panemunė", "Gričiupis",
    ]
}
