import ArgumentParser
import Foundation
import IdeaModel
import IdeaPostgres
import IdeaUI

/// `idea-tui access`: who may log in over ssh, and as whom. Each grant is one line of an
/// OpenSSH authorized_keys file whose forced command opens idea-tui as that person.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Who may log in over ssh, as whom: grant, revoke and list keys in authorized_keys.",
        subcommands: [AccessGrant.self, AccessRevoke.self, AccessList.self]
    )
}

/// What the access subcommands share. They speak English whatever the locale: they are
/// the server administrator's tools, not the facilitators'.
enum Access {
    /// The person named, as `--as` finds them; nobody or several is a usage error.
    static func person(_ query: String, in db: Database, file: String) throws -> Person {
        switch PersonLookup.find(query, in: db.people) {
        case .found(let person): return person
        case let other: throw Failure("\(file): " + (Strings.en.model.lookup(other) ?? "no such person") + "; nothing was changed.", code: ExitCodes.usage)
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
                throw Failure(error, .en)
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
    /// What the key's forced command opens: the file's real path, or the database
    /// address as given, which must not hold a password (the account's ~/.pgpass or
    /// PGPASSFILE gives it; authorized_keys is no place for one).
    static func database(_ options: DatabaseOptions) throws -> String {
        guard PostgresLocation.isAddress(options.path) else { return try realPath(options.path) }
        if let location = try? ServerAddress.location(options.path), location.password != nil {
            throw Failure(options.strings.server.passwordInKey(location.name), code: ExitCodes.usage)
        }
        return options.path
    }

    static func realPath(_ path: String) throws -> String {
        guard let real = realpath(path, nil) else {
            throw Failure("\(path): \(String(cString: strerror(errno))).", code: ExitCodes.missingFile)
        }
        defer { free(real) }
        return String(cString: real)
    }
}
