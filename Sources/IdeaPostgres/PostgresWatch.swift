import Foundation
import IdeaModel
import Synchronization

/// Tells an open app when others committed, by LISTEN on a connection of its own that a
/// thread of its own keeps: the app's loop only reads a flag, so it never waits on the
/// network. When that connection is lost (the server restarted, the network dropped) the
/// thread tries again every second and says so (`news`); once back, the app looks for
/// what changed meanwhile.
final class PostgresWatch: StoreWatch {
    private let shared = Shared()

    /// `credentials` nil: no connection is made, and nothing is ever told.
    init(location: PostgresLocation, credentials: Credentials?) {
        guard let credentials else { return }
        let thread = Thread { [shared] in Self.keep(location: location, credentials: credentials, shared: shared) }
        thread.name = "idea-tui listen"
        thread.start()
    }

    deinit { shared.stop() }

    func check(now: Int) -> Bool { shared.takeChanged() }

    func news() -> StoreNews? { shared.takeNews() }

    /// What the thread and the app share.
    private final class Shared: Sendable {
        private struct State {
            var changed = false
            var news: [StoreNews] = []
            var stopped = false
        }

        private let state = Mutex(State())

        var stopped: Bool { state.withLock { $0.stopped } }
        func stop() { state.withLock { $0.stopped = true } }
        func markChanged() { state.withLock { $0.changed = true } }
        func tell(_ news: StoreNews) { state.withLock { $0.news.append(news) } }

        func takeChanged() -> Bool {
            state.withLock { state in
                defer { state.changed = false }
                return state.changed
            }
        }

        func takeNews() -> StoreNews? {
            state.withLock { $0.news.isEmpty ? nil : $0.news.removeFirst() }
        }
    }

    /// The thread: connect and listen; on each notification mark a change; when the
    /// connection is lost, say so once and try again each second until it is back.
    @available(*, noasync, message: "blocks the calling thread")
    private static func keep(location: PostgresLocation, credentials: Credentials, shared: Shared) {
        var lost = false
        while !shared.stopped {
            let connection: ServerConnection, inbox: Notifications
            do {
                connection = try ServerConnection.open(location, credentials: credentials)
                inbox = try connection.listen()
            } catch {
                if !lost { shared.tell(.lost(location.name)) }
                lost = true
                pause(milliseconds: 1000, unless: shared)
                continue
            }
            if lost {
                lost = false
                shared.tell(.back(location.name))
                // Whatever was committed while nobody listened.
                shared.markChanged()
            }
            while !shared.stopped, !connection.isClosed {
                if inbox.next(within: 1) != nil { shared.markChanged() }
            }
            connection.close()
            if !shared.stopped {
                lost = true
                shared.tell(.lost(location.name))
            }
        }
    }

    private static func pause(milliseconds: Int, unless shared: Shared) {
        var left = milliseconds
        while left > 0, !shared.stopped {
            Thread.sleep(forTimeInterval: 0.1)
            left -= 100
        }
    }
}
