/// Who makes a change, and when. The caller supplies the clock and the calendar:
/// the model never reads either itself, so every command is repeatable in a test.
public struct CommandContext: Equatable, Sendable {
    /// The id of the person making the change; it must be a person in the database.
    public var actor: String
    /// The moment of the change, written to the log and to stage history.
    public var now: Timestamp
    /// The local calendar day at `now` as the caller's calendar sees it (Kaunas is not UTC).
    public var today: Day

    public init(actor: String, now: Timestamp, today: Day) {
        self.actor = actor
        self.now = now
        self.today = today
    }
}
