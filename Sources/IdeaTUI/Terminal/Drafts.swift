#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import IdeaUI

/// Where a person's kept draft lives: beside the real database file, one file per
/// person (`ideas.db.json.draft-PERSON`), readable by its owner only. Written when the
/// app must stop with a form's text unsaved; removed once offered back and taken or
/// thrown away.
struct Drafts {
    let base: String

    init(beside file: DatabaseFile) { base = file.path + ".draft-" }

    func path(for person: String) -> String {
        // Ids come from the data: only letters, digits, "-", "_" and "." go into a name.
        let safe = person.unicodeScalars.map { s -> String in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "-_.".unicodeScalars.contains(s))
                ? String(s) : "%" + String(s.value, radix: 16)
        }.joined()
        return base + String(safe.prefix(120))
    }

    /// Best effort: the app is stopping, and there is no one to tell if this fails. The
    /// folder's lock is not waited for: the app may be stopping because it was stuck there.
    func write(_ draft: Draft) {
        try? AtomicFile.write(draft.bytes, to: path(for: draft.person ?? "unknown"), mode: 0o600, locking: nil)
    }

    func read(for person: String) -> Draft? {
        guard let bytes = try? DatabaseFile(path: path(for: person)).readBytes() else { return nil }
        return Draft(bytes: bytes)
    }

    func remove(for person: String) { unlink(path(for: person)) }
}
