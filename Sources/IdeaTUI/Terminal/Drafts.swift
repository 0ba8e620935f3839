#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import IdeaUI

/// Where a person's kept draft lives: beside the real database file, one file per
/// person (`ideas.db.json.draft-PERSON`), readable by its owner only; for a database
/// server, in the account's state folder (`$XDG_STATE_HOME/idea-tui/`, else
/// `~/.local/state/idea-tui/`), named for the database. Written when the app must stop
/// with a form's text unsaved; removed once offered back and taken or thrown away.
struct Drafts {
    let base: String
    /// The folder to make (owner only) before writing; nil beside a file.
    let folder: String?

    init(for store: any DatabaseStore, environment: [String: String]) {
        if let file = store as? DatabaseFile {
            base = file.path + ".draft-"
            folder = nil
            return
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp") + "/.local/state"
        folder = state + "/idea-tui"
        base = state + "/idea-tui/" + Self.safe(store.name, most: 100) + ".draft-"
    }

    func path(for person: String) -> String { base + Self.safe(person, most: 120) }

    /// Only letters, digits, "-", "_" and "." go into a name (ids and names come from
    /// the data); anything else is written as its code.
    static func safe(_ text: String, most: Int) -> String {
        let safe = text.unicodeScalars.map { s -> String in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "-_.".unicodeScalars.contains(s))
                ? String(s) : "%" + String(s.value, radix: 16)
        }.joined()
        return String(safe.prefix(most))
    }

    /// Best effort: the app is stopping, and there is no one to tell if this fails. The
    /// folder's lock is not waited for: the app may be stopping because it was stuck there.
    func write(_ draft: Draft) {
        if let folder { Self.makeFolder(folder) }
        try? AtomicFile.write(draft.bytes, to: path(for: draft.person ?? "unknown"), mode: 0o600, locking: nil)
    }

    func read(for person: String) -> Draft? {
        guard let bytes = try? DatabaseFile(path: path(for: person)).readBytes() else { return nil }
        return Draft(bytes: bytes)
    }

    func remove(for person: String) { unlink(path(for: person)) }

    /// Makes `folder` and the folders above it that are missing, each for its owner only.
    static func makeFolder(_ folder: String) {
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            _ = mkdir(path, 0o700)
        }
    }
}
