import IdeaModel
import Synchronization

/// Each list's folded search texts, kept with the data and language they were made from.
/// When the data changes they are carried over: a list that can tell which rows kept
/// their text (the ideas list: see `IdeasList.sameSearchRows`) folds only the others;
/// the others are made again when next searched. Copies of the state share it, so every
/// use says which data it asks about. The app makes the ideas list's texts on a thread
/// after the first frame (`prepare`); a search meanwhile waits for them (the lock) rather
/// than folding them twice.
final class SearchTextCache: Sendable {
    private struct Entry {
        var texts: SearchTexts
        var context: ListContext
        var lang: Lang

        /// Whether rows of these texts may be carried over to `context` in `lang`.
        func isFor(_ context: ListContext, _ lang: Lang) -> Bool { self.lang == lang && self.context.zone == context.zone }
    }

    private let entries = Mutex<[ListKind: Entry]>([:])

    init() {}

    /// The texts of `kind` over `context` in `lang`.
    func texts(_ kind: ListKind, _ context: ListContext, _ lang: Lang) -> SearchTexts {
        entries.withLock { entries in
            let old = entries[kind]
            if let old, old.isFor(context, lang), RecordDiff.identical(old.context.db, context.db) { return old.texts }
            let spec = ListSpec.of(kind, context)
            let rows = old.flatMap { $0.isFor(context, lang) ? Self.sameRows(kind, from: $0.context, to: context) : nil }
            let texts = if let old, let rows {
                SearchTexts(count: spec.count, text: spec.searchText, reusing: old.texts, rows: rows)
            } else {
                SearchTexts(count: spec.count, text: spec.searchText)
            }
            entries[kind] = Entry(texts: texts, context: context, lang: lang)
            return texts
        }
    }

    /// The data changed: each list's texts carried over to it where the list can tell
    /// which rows kept theirs, else dropped (made again when next searched; no older
    /// data is kept alive for a list that may never be searched again).
    func carry(to context: ListContext, _ lang: Lang) {
        let kinds = entries.withLock { entries in
            entries = entries.filter { Self.carries($0.key) && $0.value.isFor(context, lang) }
            return Array(entries.keys)
        }
        for kind in kinds { _ = texts(kind, context, lang) }
    }

    private static func carries(_ kind: ListKind) -> Bool { kind == .ideas }

    /// Which rows of `kind` kept their text from `old` to `new`, for the lists that can tell.
    private static func sameRows(_ kind: ListKind, from old: ListContext, to new: ListContext) -> [Int]? {
        carries(kind) ? IdeasList.sameSearchRows(from: old, to: new) : nil
    }
}
