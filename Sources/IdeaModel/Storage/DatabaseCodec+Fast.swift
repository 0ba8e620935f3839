/// The fast pass of a load: from the file's bytes to the model in one pass, with every
/// check the precise pass makes, but without a word on what is wrong. It returns nil for
/// any file with a problem (or anything unusual, such as a field name with an escape),
/// and the precise pass then says what and where.
extension DatabaseCodec {
    static func decodeFast(_ bytes: [UInt8]) -> Database? {
        readFast(bytes, festival: true).flatMap(checked)
    }

    /// The records of a document read, each checked on its own; nothing across records.
    /// Without `festival` a document without one is read too (an empty festival stands in).
    static func readFast(_ bytes: [UInt8], festival required: Bool) -> Database? {
        guard !bytes.isEmpty, bytes.count <= maxFileBytes else { return nil }
        let read: Database?? = bytes.withUnsafeBufferPointer { all in
            let body = all.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
            return ByteRecordReader.read(body) { r -> Database? in
                let version = r.int("schemaVersion")
                guard version >= 1 && version <= Database.schemaVersion else { return nil }
                // In the order idea-tui writes them (sorted), so the reader never goes back.
                let districts = r.strings("districts")
                let festival = r.optionalObject("festival", Festival.init)
                let forums = r.objects("forums", Forum.init)
                let ideas = r.objects("ideas", Idea.init)
                let log = r.objects("log", LogEntry.init)
                let people = r.objects("people", Person.init)
                let sponsors = r.objects("sponsors", Sponsor.init)
                let teams = r.objects("teams", Team.init)
                let venues = r.objects("venues", Venue.init)
                let sessions = r.objects("workshopSessions", WorkshopSession.init)
                let tracks = r.objects("workshopTracks", WorkshopTrack.init)
                guard festival != nil || !required else { return nil }
                return Database(districts: districts, people: people, ideas: ideas, teams: teams, forums: forums,
                                tracks: tracks, sessions: sessions, sponsors: sponsors, venues: venues,
                                festival: festival ?? Festival(title: "", day: Day(daysSinceEpoch: 0)), log: log)
            }
        }
        return read ?? nil
    }

    /// The rules across records, as the precise pass checks them; any problem, and nil
    /// (that pass then runs to say which).
    static func checked(_ db: Database) -> Database? {
        let sink = ProblemSink(limit: 1)
        Validator.check(db, into: sink)
        return sink.isEmpty ? db : nil
    }
}
