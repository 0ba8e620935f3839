import Foundation
import IdeaModel
import IdeaPostgres
import IdeaUI

/// An address from the command line read as libpq would, with this process's
/// environment, login name and home folder; and the password found for it.
enum ServerAddress {
    static func location(_ text: String) throws(DatabaseServerError) -> PostgresLocation {
        try PostgresLocation.parse(text, environment: ProcessInfo.processInfo.environment, loginName: LocalUser.loginName(),
                                   socketFolder: LocalUser.defaultSocketFolder())
    }

    static func credentials(for location: PostgresLocation) -> Credentials {
        let environment = ProcessInfo.processInfo.environment
        return Credentials.find(for: location, environment: environment, home: LocalUser.home(environment: environment))
    }

    /// Where this user keeps a local copy of the database at `location` (nil: none).
    static func localCopy(for location: PostgresLocation) -> LocalCopy? {
        let environment = ProcessInfo.processInfo.environment
        return LocalCopy.place(for: location, environment: environment, home: LocalUser.home(environment: environment))
    }

    /// What `db init` and `db copy` record beside the schema they make.
    static var program: String { "idea-tui \(IdeaTUICommand.version)" }
}

extension Failure {
    /// A database error in words, with the exit code that fits it (docs/POSTGRES.md).
    init(_ error: DatabaseServerError, _ words: Strings) {
        self.init(words.server.error(error), code: Self.code(error))
    }

    static func code(_ error: DatabaseServerError) -> Int32 {
        switch error {
        case .badAddress: return ExitCodes.usage
        case .unavailable, .tls, .lost, .commitUnknown: return ExitCodes.unavailable
        case .refused: return ExitCodes.noPermission
        case .noDatabase, .notInitialized: return ExitCodes.missingFile
        case .newerSchema, .olderSchema, .foreignSchema, .notUTF8, .invalid, .unstorable: return ExitCodes.invalidData
        case .notEmpty, .server: return ExitCodes.ioError
        case .versionMoved: return ExitCodes.tryAgain
        }
    }
}
