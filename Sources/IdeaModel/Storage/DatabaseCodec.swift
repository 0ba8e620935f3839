/// Turns a database into the bytes of `ideas.db.json` and back, reporting every problem
/// found in a file rather than the first.
public enum DatabaseCodec {
    /// Files larger than this are refused before parsing: a generated database of 100,000
    /// ideas is about 280 MB, so anything bigger is almost certainly the wrong file.
    public static let maxFileBytes = 512 * 1024 * 1024

    public static func encode(_ db: Database) -> [UInt8] {
        JSONWriter(leadingKeys: ["schemaVersion"]).write(json(db))
    }

    public static func json(_ db: Database) -> JSONValue {
        var o = ObjectBuilder()
        o.set("schemaVersion", Database.schemaVersion)
        o.set("districts", db.districts)
        o.set("people", db.people)
        o.set("ideas", db.ideas)
        o.set("teams", db.teams)
        o.set("forums", db.forums)
        o.set("workshopTracks", db.tracks)
        o.set("workshopSessions", db.sessions)
        o.set("sponsors", db.sponsors)
        o.set("venues", db.venues)
        o.set("festival", db.festival)
        o.set("log", db.log)
        return o.json
    }

    /// Reads a database; throws every problem found, in file order where it can. The fast
    /// pass (`decodeFast`) reads almost every file; only one it refuses is read again by
    /// the precise pass, which finds and places every problem.
    public static func decode(_ bytes: [UInt8]) throws(LoadFailure) -> Database {
        if let db = decodeFast(bytes) { return db }
        return try decodePrecisely(bytes)
    }

    /// The precise pass: parses to a `JSONValue` tree, reads it with `ObjectReader`
    /// (recording every problem with its path), checks the rules across records, and
    /// places each problem at its line and column.
    static func decodePrecisely(_ bytes: [UInt8]) throws(LoadFailure) -> Database {
        if bytes.isEmpty {
            throw LoadFailure([Problem(path: "", message: "the file is empty; a database starts with { and a schemaVersion")])
        }
        if bytes.count > maxFileBytes {
            throw LoadFailure([Problem(path: "", message: "the file is \(bytes.count / 1_048_576) MB, more than the \(maxFileBytes / 1_048_576) MB a database may be; is it the right file?")])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw LoadFailure([Problem(path: "", message: "the file is UTF-16 text; save it as UTF-8")])
        }
        if let bad = UTF8Check.firstInvalid(bytes) {
            let (line, column) = TextPosition.lineColumn(in: bytes, offset: bad)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw LoadFailure([Problem(path: "", line: line, column: column,
                                       message: "the file is not UTF-8 text (the byte 0x\(hex) cannot start or continue a character here; "
                                           + "Windows-1257 or Latin-1?); save it as UTF-8")])
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            throw LoadFailure([Problem(path: "", line: error.line, column: error.column, message: error.message)])
        }
        do {
            return try decode(value)
        } catch {
            throw located(error, in: body)
        }
    }

    /// Adds line and column to problems that only know their JSON path. A field that is
    /// missing is placed at the object that should hold it.
    static func located(_ failure: LoadFailure, in bytes: [UInt8]) -> LoadFailure {
        let candidates = failure.problems.map { $0.line == nil ? enclosingPaths($0.path) : [] }
        let offsets = JSONLocator.offsets(of: Set(candidates.joined()), in: bytes)
        guard !offsets.isEmpty else { return failure }
        let wanted = candidates.indices.compactMap { i in
            candidates[i].lazy.compactMap { offsets[$0] }.first.map { (i, $0) }
        }
        var result = failure
        for (i, position) in zip(wanted.map(\.0), TextPosition.lineColumns(in: bytes, offsets: wanted.map(\.1))) {
            result.problems[i].line = position.line
            result.problems[i].column = position.column
        }
        // File order reads best next to an editor; problems without a place stay first.
        result.problems = result.problems.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
        return result
    }

    public static func decode(_ value: JSONValue) throws(LoadFailure) -> Database {
        let sink = ProblemSink()
        guard case .object(let top) = value else {
            throw LoadFailure([Problem(path: "", message: "expected the file to hold an object { … }, found \(value.kindName)")])
        }
        switch top["schemaVersion"] {
        case .int(let v)?:
            if v > Database.schemaVersion {
                throw LoadFailure([Problem(path: "schemaVersion", message: "the file is schema version \(v), newer than the version \(Database.schemaVersion) this idea-tui knows; update idea-tui to open it")])
            }
            if v < 1 {
                throw LoadFailure([Problem(path: "schemaVersion", message: "schema version \(v) does not exist; versions start at 1")])
            }
        case nil:
            throw LoadFailure([Problem(path: "schemaVersion", message: "missing field \"schemaVersion\": is this an idea-tui database?")])
        case let other?:
            throw LoadFailure([Problem(path: "schemaVersion", message: "expected a whole number, found \(other.kindName)")])
        }
        let reader = ObjectReader(top, path: "", sink: sink)
        _ = reader.int("schemaVersion")
        let db = Database(
            districts: reader.strings("districts"),
            people: reader.objects("people", Person.init),
            ideas: reader.objects("ideas", Idea.init),
            teams: reader.objects("teams", Team.init),
            forums: reader.objects("forums", Forum.init),
            tracks: reader.objects("workshopTracks", WorkshopTrack.init),
            sessions: reader.objects("workshopSessions", WorkshopSession.init),
            sponsors: reader.objects("sponsors", Sponsor.init),
            venues: reader.objects("venues", Venue.init),
            festival: reader.object("festival", Festival.init) ?? Festival(title: "", day: Day(daysSinceEpoch: 0)),
            log: reader.objects("log", LogEntry.init)
        )
        reader.finish()
        // Rules across records only make sense once every record could be read.
        if sink.isEmpty { Validator.check(db, into: sink) }
        if !sink.isEmpty { throw LoadFailure(sink.problems, dropped: sink.dropped) }
        return db
    }

    /// `a.b[2].c`, then `a.b[2]`, `a.b`, `a`.
    static func enclosingPaths(_ path: String) -> [String] {
        var out: [String] = []
        var end = path.endIndex
        while end > path.startIndex {
            out.append(String(path[..<end]))
            guard let cut = path[..<end].lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            end = cut
        }
        return out
    }
}

/// Why a file could not be loaded: every problem found, each with its place.
public struct LoadFailure: Error, Equatable, Sendable {
    public var problems: [Problem]
    /// Problems found beyond those listed.
    public var dropped: Int

    public init(_ problems: [Problem], dropped: Int = 0) {
        self.problems = problems
        self.dropped = dropped
    }

    /// One line per problem, for the terminal.
    public var lines: [String] {
        problems.map(\.description) + (dropped > 0 ? ["… and \(dropped) more problems"] : [])
    }
}
