import IdeaModel
import PostgresNIO
import Synchronization

/// The notifications one channel sends to a connection (LISTEN), kept until taken. A
/// commit notifies `Schema.channel` with the new version, so a reader learns that the
/// database moved on without asking. Taking waits, blocking the calling thread, at most
/// as long as asked.
public final class Notifications: Sendable {
    private struct State {
        var payloads: [String] = []
        var waiter: EventLoopPromise<Void>?
    }

    private let state = Mutex(State())
    private let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func received(_ payload: String) {
        let waiter = state.withLock { state -> EventLoopPromise<Void>? in
            state.payloads.append(payload)
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.succeed()
    }

    /// The next payload; nil when none came within `seconds`.
    @available(*, noasync, message: "blocks the calling thread until a notification comes or the time is up")
    public func next(within seconds: Int) -> String? {
        let promise = eventLoop.makePromise(of: Void.self)
        let ready = state.withLock { state -> String? in
            if !state.payloads.isEmpty { return state.payloads.removeFirst() }
            state.waiter = promise
            return nil
        }
        if let ready {
            promise.succeed()
            return ready
        }
        // Time up: the promise is ended here unless a notification ended it first (each
        // side takes it out of the state, so it is ended once).
        let timer = eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { [self] in
            let mine = self.state.withLock { state -> EventLoopPromise<Void>? in
                guard let waiter = state.waiter, waiter.futureResult === promise.futureResult else { return nil }
                state.waiter = nil
                return waiter
            }
            mine?.succeed()
        }
        _ = try? promise.futureResult.wait()
        timer.cancel()
        return state.withLock { state in
            state.waiter = nil
            return state.payloads.isEmpty ? nil : state.payloads.removeFirst()
        }
    }
}

extension ServerConnection {
    /// Starts listening on `channel` (LISTEN); the notifications come into the value returned.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func listen(_ channel: String = Schema.channel) throws(DatabaseServerError) -> Notifications {
        let inbox = Notifications(eventLoop: connection.eventLoop)
        connection.addListener(channel: channel) { _, notification in inbox.received(notification.payload) }
        // A round trip after the LISTEN the listener sent: it is in force once this answers.
        try query("SELECT 1")
        return inbox
    }
}
