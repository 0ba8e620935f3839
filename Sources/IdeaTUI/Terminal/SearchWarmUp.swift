import Foundation
import IdeaModel
import IdeaUI
import Synchronization

/// Makes every list's search texts off the loop (`AppState.searchPreparation`): after the
/// first frame, after each change of the data (they are carried over to it) and of the
/// language. One thread at a time: one started for data that has changed since stops
/// early, and the next starts from the newer data.
final class SearchWarmUp: Sendable {
    private let running = Atomic<Bool>(false)
    /// The data and language the last thread was started for.
    private let startedFor = Mutex<(Database, Lang)?>(nil)

    /// Starts a thread when none runs and the data or the language has changed since the
    /// last one.
    func startIfBehind(_ state: AppState) {
        guard !running.load(ordering: .acquiring) else { return }
        let db = state.database, lang = state.lang
        let behind = startedFor.withLock { last in
            if let (data, language) = last, language == lang, RecordDiff.identical(data, db) { return false }
            last = (db, lang)
            return true
        }
        guard behind else { return }
        running.store(true, ordering: .releasing)
        let work = state.searchPreparation()
        let thread = Thread { [self] in
            work()
            running.store(false, ordering: .releasing)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
