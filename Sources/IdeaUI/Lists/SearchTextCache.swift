import IdeaModel
import Synchronization

/// Each list's folded search texts, kept with the data and language they were made from.
/// When the data changes they are carried over: the long lists fold again only the rows
/// whose text may differ (`SearchRows`), the short ones are folded again whole. Copies of
/// the state share the cache, so every use says which data it asks about. The app makes
/// and carries the texts on a thread of its own (`prepare`, after the first frame and
/// after each change); a search of a list meanwhile waits for that list's texts (its
/// lock) rather than folding them twice, and does not wait for the other lists'.
final class SearchTextCache: Sendable {
    private struct Entry {
        var texts: SearchTexts
        var context: ListContext
        var lang: Lang

        /// Whether rows of these texts may be carried over to `context` in `lang`.
        func isFor(_ context: ListContext, _ lang: Lang) -> Bool { self.lang == lang && self.context.zone == context.zone }
    }

    /// One lock per list.
    private final class Slot: Sendable {
        let entry = Mutex<Entry?>(nil)
    }

    private let slots: [ListKind: Slot] = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0, Slot()) })
    /// The data the state that made the cache now shows (see `follow`).
    private let latest = Mutex<Database?>(nil)

    init() {}

    /// The texts of `kind` over `context` in `lang`.
    func texts(_ kind: ListKind, _ context: ListContext, _ lang: Lang) -> SearchTexts {
        guard let slot = slots[kind] else { return Self.make(kind, context, lang, from: nil).texts }
        return slot.entry.withLock { entry in
            if let old = entry, old.isFor(context, lang), RecordDiff.identical(old.context.db, context.db) { return old.texts }
            let made = Self.make(kind, context, lang, from: entry)
            entry = made
            return made.texts
        }
    }

    /// Makes (or carries over) the texts of every list for `context`, the ideas list's
    /// first; the app runs it off the loop after the first frame and after each change.
    /// It stops when the data has moved on (`follow`): a later run starts from the newer
    /// data, and no list is carried back to older data.
    func prepare(_ context: ListContext, _ lang: Lang) {
        for kind in [ListKind.ideas] + ListKind.allCases.filter({ $0 != .ideas }) {
            guard latest.withLock({ $0.map { RecordDiff.identical($0, context.db) } ?? true }) else { return }
            _ = texts(kind, context, lang)
        }
    }

    /// The state's data is now `db`. Nothing is carried here (the loop would wait for
    /// it): a list's texts are carried over when it is next searched, or by `prepare`.
    func follow(_ db: Database) {
        latest.withLock { $0 = db }
    }

    private static func make(_ kind: ListKind, _ context: ListContext, _ lang: Lang, from old: Entry?) -> Entry {
        let rows = old.flatMap { $0.isFor(context, lang) ? SearchRows.of(kind, from: $0.context, to: context) : nil }
        guard let old, let rows else {
            let spec = ListSpec.of(kind, context)
            return Entry(texts: SearchTexts(count: spec.count, text: spec.searchText), context: context, lang: lang)
        }
        // The spec only for rows folded again: the log's makes tables of every name and
        // title (70 ms at 50,000 ideas), more than carrying the rest over.
        var spec: ListSpec?
        let texts = SearchTexts(count: rows.count, text: { row in
            let made = spec ?? ListSpec.of(kind, context)
            spec = made
            return made.searchText(row)
        }, reusing: old.texts, rows: rows)
        return Entry(texts: texts, context: context, lang: lang)
    }
}
