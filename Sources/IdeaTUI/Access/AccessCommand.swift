import ArgumentParser
import Foundation
import IdeaModel

/// `idea-tui access`: who may log in over ssh, and as whom. Each grant is one line of an
/// OpenSSH authorized_keys file whose forced command opens idea-tui as that person.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Who may log in over ssh, as whom: grant, revoke and list keys in authorized_keys.",
        subcommands: [AccessGrant.self, AccessRevoke.self, AccessList.self]
    )
}

/// `--authorized-keys PATH`, shared by the access subcommands.
struct KeysFileOption: ParsableArguments {
    @Option(name: .customLong("authorized-keys"),
            help: ArgumentHelp("The authorized_keys file (default: ~/.ssh/authorized_keys of the user running this).", valueName: "path"))
    var path: String?

    /// The file, and whether it is the default one (whose folder, ~/.ssh, may be made).
    var file: (path: String, isDefault: Bool) {
        if let path { return (path, false) }
        return (Self.home() + "/.ssh/authorized_keys", true)
    }

    /// The running user's home: `$HOME`, else the password database's.
    static func home() -> String {
        if let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") { return home }
        if let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return NSHomeDirectory()
    }

    /// The file's grants, or none when it does not exist yet.
    func read() throws -> AuthorizedKeys {
        let path = file.path
        do throws(StoreError) {
            return AuthorizedKeys(bytes: try DatabaseFile(path: path).readBytes())
        } catch .missing {
            return AuthorizedKeys(bytes: [])
        } catch {
            throw Failure(error)
        }
    }

    /// Changes the file under its folder's lock: `change` sees what is there now and
    /// throws to leave it untouched. Written whole (temporary file, renamed), mode 0600,
    /// keeping its owner.
    func update(_ change: (inout AuthorizedKeys) throws -> Void) throws {
        let (path, isDefault) = file
        let folder = (path as NSString).deletingLastPathComponent
        if isDefault, !FileManager.default.fileExists(atPath: folder) {
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
                throw Failure("\(folder): could not make the folder: \(String(cString: strerror(errno))).", code: ExitCodes.ioError)
            }
        }
        var info = stat()
        guard stat(folder.isEmpty ? "." : folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure("\(path): the folder \(folder) does not exist; nothing was written.", code: ExitCodes.ioError)
        }
        do {
            try AtomicFile.update(path, mode: 0o600, forceMode: true) { current in
                var keys = AuthorizedKeys(bytes: current ?? [])
                try change(&keys)
                return keys.bytes
            }
        } catch let error as StoreError {
            throw Failure(error)
        }
    }
}

/// `access grant PERSON --key FILE`.
struct AccessGrant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a person log in over ssh with a key: they then open idea-tui as themselves, and only that.",
        discussion: """
        Writes one line into authorized_keys:
          command="<idea-tui> ssh-session --db <database> --person <id>",restrict,pty <key> idea-tui:<id> <key's comment>
        Granting the same key again replaces that line; a person may have several keys.
        Other lines of the file are kept byte for byte.
        """
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: ArgumentHelp("The person's public key file (their id_ed25519.pub, …), or - to read it from standard input.", valueName: "file"))
    var key: String
    @Argument(help: ArgumentHelp("The person: a name or an id, as for --as.", valueName: "person"))
    var person: String

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let who = try Access.person(person, in: db, file: options.path)
            let key = try Access.readKey(key)
            let command = ForcedCommand(program: try Access.executable(), database: try Access.realPath(options.path), person: who.id)
            for (text, what) in [(command.program, "the path of idea-tui"), (command.database, "the database's path"), (who.id, "the person's id")] {
                if let problem = ForcedCommand.problem(with: text, what: what) { throw Failure(problem + "; nothing was written.", code: ExitCodes.invalidData) }
            }
            let path = keysFile.file.path
            var replaced = false
            try keysFile.update { keys in
                if let (line, grant) = keys.find(key) {
                    guard let grant else {
                        throw Failure("\(path): line \(line) already lets this key (\(key.fingerprint)) log in, without idea-tui (someone's own login?); remove that line first. Nothing was changed.",
                                      code: ExitCodes.invalidData)
                    }
                    guard grant.person == who.id else {
                        let holder = db.people.first { $0.id == grant.person }.map { "\($0.name) (\($0.id))" } ?? grant.person
                        throw Failure("\(path): this key (\(key.fingerprint)) is already granted to \(holder); a key can be one person's only. Nothing was changed.",
                                      code: ExitCodes.invalidData)
                    }
                    replaced = true
                }
                keys.grant(key, command: command)
            }
            say("\(path): \(who.name) (\(who.id)) may log in with \(key.type) \(key.fingerprint)" + (replaced ? " (the line for this key was replaced)." : "."))
        }
    }
}

/// `access revoke PERSON [--key FILE]`.
struct AccessRevoke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Stop a person's keys (or one of them, with --key) from logging in."
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: ArgumentHelp("Only this public key (a file, or - for standard input).", valueName: "file"))
    var key: String?
    @Argument(help: ArgumentHelp("The person: a name or an id (an id also when they are no longer in the database).", valueName: "person"))
    var person: String

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let path = keysFile.file.path
            // Someone removed from the database can still be revoked by id.
            let granted = try keysFile.read().grants
            let id: String
            let name: String
            if granted.contains(where: { $0.person == person }) {
                id = person
                name = db.people.first { $0.id == person }?.name ?? person
            } else {
                let who = try Access.person(person, in: db, file: options.path)
                (id, name) = (who.id, who.name)
            }
            let only = try key.map(Access.readKey)
            var gone: [AuthorizedKeys.Grant] = []
            try keysFile.update { keys in
                gone = keys.revoke(person: id, key: only)
                if gone.isEmpty {
                    let what = only.map { "the key \($0.fingerprint)" } ?? "any key"
                    throw Failure("\(path): \(name) (\(id)) has not been granted \(what); nothing was changed.", code: ExitCodes.invalidData)
                }
            }
            let keys = gone.map { "\($0.key.type) \($0.key.fingerprint)" }.joined(separator: ", ")
            say("\(path): \(name) (\(id)) may no longer log in with \(keys).")
        }
    }
}

/// `access list`.
struct AccessList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Everyone who may log in over ssh: person, roles, key type, fingerprint, comment.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let grants = try keysFile.read().grants
            let people = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let rows = grants.map { g -> [String] in
                let person = people[g.person]
                return [g.person, person?.name ?? "(not in the database)", (person?.roles ?? []).map(\.rawValue).joined(separator: ", "),
                        g.key.type, g.key.fingerprint, g.key.comment, g.command.database]
            }
            switch format {
            case .json:
                let keys = ["person", "name", "roles", "type", "fingerprint", "comment", "database"]
                let items: [JSONValue] = rows.map { row in
                    var object: [String: JSONValue] = [:]
                    for (k, v) in zip(keys, row) { object[k] = .string(v) }
                    object["roles"] = .array(row[2].isEmpty ? [] : row[2].components(separatedBy: ", ").map(JSONValue.string))
                    return .object(object)
                }
                StandardOutput.write(String(decoding: JSONWriter().write(.array(items)), as: UTF8.self))
            case .csv:
                var csv = CSVWriter(header: ["person", "name", "roles", "type", "fingerprint", "comment", "database"])
                for row in rows { csv.row(row) }
                StandardOutput.write(csv.text)
            case .table:
                let table = rows.map { [$0[0], PlainText.clip($0[1], 28), $0[2], $0[3], $0[4], PlainText.clip($0[5], 30)] }
                StandardOutput.write(PlainText.table(header: ["PERSON", "NAME", "ROLES", "TYPE", "FINGERPRINT", "COMMENT"], rows: table)
                                     + "\(rows.count) keys of \(Set(grants.map(\.person)).count) people in \(keysFile.file.path)\n")
            }
        }
    }
}

/// What the access subcommands share.
enum Access {
    /// The person named, as `--as` finds them; nobody or several is a usage error.
    static func person(_ query: String, in db: Database, file: String) throws -> Person {
        switch PersonLookup.find(query, in: db.people) {
        case .found(let person): return person
        case let other: throw Failure("\(file): " + (other.problem ?? "no such person") + "; nothing was changed.", code: ExitCodes.usage)
        }
    }

    /// The public key in a file (or standard input, for `-`), checked.
    static func readKey(_ source: String) throws -> PublicKey {
        let bytes: [UInt8]
        if source == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do throws(StoreError) {
                bytes = try DatabaseFile(path: source).readBytes()
            } catch .missing {
                throw Failure("\(source): no such file.", code: ExitCodes.missingFile)
            } catch {
                throw Failure(error)
            }
        }
        let name = source == "-" ? "standard input" : source
        do throws(PublicKey.Problem) {
            return try PublicKey.parse(file: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw Failure("\(name): not an OpenSSH public key: \(error.message); nothing was changed.", code: ExitCodes.invalidData)
        }
    }

    /// The absolute path of this idea-tui binary, for sshd to run.
    static func executable() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), path.hasPrefix("/") { return path }
        return try realPath(CommandLine.arguments[0])
    }

    /// `path` made absolute with every link resolved.
    static func realPath(_ path: String) throws -> String {
        guard let real = realpath(path, nil) else {
            throw Failure("\(path): \(String(cString: strerror(errno))).", code: ExitCodes.missingFile)
        }
        defer { free(real) }
        return String(cString: real)
    }
}
