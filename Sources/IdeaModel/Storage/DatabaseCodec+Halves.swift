/// A database read as two documents at once, each holding about half of the reading
/// work (a database server sends each collection on its own, so the two halves cost
/// nothing to make): each half read by the fast pass on a thread of its own, then joined
/// and checked across records once. Any problem, and the caller reads the whole document
/// with `decode`, which says what and where.
extension DatabaseCodec {
    public enum Half: Int, CaseIterable, Sendable {
        /// Everything but the people and the log; the festival is always here.
        case first
        /// The people and the log (at 10,000 ideas about as much to read as the rest).
        case second

        public static func of(_ collection: SessionCollection) -> Half {
            collection == .people || collection == .log ? .second : .first
        }
    }

    /// One half's collections read, each record checked on its own. nil: not read.
    public static func readHalf(_ bytes: [UInt8], _ half: Half) -> Database? {
        readFast(bytes, festival: half == .first)
    }

    /// The two halves as one database, the rules across records checked; nil when one is
    /// broken.
    public static func joining(_ first: Database, _ second: Database) -> Database? {
        var db = first
        db.people = second.people
        db.log = second.log
        return checked(db)
    }
}
