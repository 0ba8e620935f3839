/// The longest text one field may hold. Far beyond any idea's summary, it keeps a file
/// that idea-tui writes loadable by idea-tui, and a damaged file from hanging it.
public enum TextLimit {
    public static let characters = 100_000

    /// Whether `text` is longer than the limit, in Unicode code points as JSON Schema's
    /// maxLength counts them (counted cheaply in bytes first).
    public static func exceeded(_ text: String) -> Bool {
        text.utf8.count > characters && text.unicodeScalars.count > characters
    }

    static let message = "a text longer than 100,000 characters; no field of a database is that long"
}
