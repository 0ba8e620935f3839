import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

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
            throw Failure(error, .en)
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
            throw Failure(error, .en)
        }
    }
}
