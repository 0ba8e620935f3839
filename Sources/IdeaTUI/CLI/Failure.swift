import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// An error that has already been put in words: printed to stderr, then the process
/// exits with the sysexits code that fits (65 data, 66 missing, 74 I/O).
struct Failure: Error {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    init(_ error: StoreError, _ words: Strings) {
        self.init(words.model.store(error), code: Self.code(error))
    }

    static func code(_ error: StoreError) -> Int32 {
        switch error {
        case .missing: return ExitCodes.missingFile
        case .invalid: return ExitCodes.invalidData
        case .io, .exists, .notAFile, .readOnly, .hardLinked, .wouldChangeOwner, .noBackup, .becameLink:
            return ExitCodes.ioError
        case .changedOnDisk, .locked, .interrupted: return ExitCodes.tryAgain
        case .server(let server): return code(server)
        }
    }
}

enum ExitCodes {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let missingFile: Int32 = 66
    /// EX_UNAVAILABLE: the PostgreSQL server cannot be reached, or takes no connections now.
    static let unavailable: Int32 = 69
    static let ioError: Int32 = 74
    /// EX_TEMPFAIL: the file was busy (locked, or changed while saving); run it again.
    static let tryAgain: Int32 = 75
    /// EX_NOPERM: an ssh key whose person is no longer in the database; a PostgreSQL server
    /// that refuses the user (password, role, no permission to the database).
    static let noPermission: Int32 = 77
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message on stderr and its exit code.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((PlainText.forTerminal(failure.message) + "\n").utf8))
            throw ExitCode(failure.code)
        }
    }
}
