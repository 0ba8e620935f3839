#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IdeaModel
import IdeaUI
import Synchronization

/// Runs one `Job` on a thread of its own. The thread only runs the job's body (values it
/// was given) and writes to `shared` under its lock: how far it is, and its output at
/// the end. The loop reads that between keys and alone touches the interface's state.
final class WorkRunner: Sendable {
    let job: Job
    /// When it started, by the loop's monotonic clock (milliseconds).
    let started: Int
    private let shared = Mutex(Shared())
    private let ended = DispatchSemaphore(value: 0)
    /// Test hook (debug builds): see `WorkHold`.
    private let hold: WorkHold?

    struct Shared {
        var done = 0
        var total = 0
        var cancelled = false
        var finished = false
        /// Nil when it stopped because it was cancelled.
        var output: WorkOutput?
    }

    init(_ job: Job, started: Int, hold: WorkHold?) {
        self.job = job
        self.started = started
        self.hold = hold
    }

    func start() {
        let thread = Thread { [self] in
            let output = job.run { done, total in
                let goOn = shared.withLock { s in
                    s.done = done
                    s.total = total
                    return !s.cancelled
                }
                if goOn, job.kind.cancellable { hold?.pause(done: done, total: total) { self.isCancelled } }
                return goOn && !isCancelled
            }
            shared.withLock { s in
                s.output = output
                s.finished = true
            }
            ended.signal()
        }
        // The save's JSON writer and reader recurse; give them the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Asks the work to stop at its next step; its output, if any, is then dropped.
    func cancel() { shared.withLock { $0.cancelled = true } }

    var isCancelled: Bool { shared.withLock { $0.cancelled } }

    /// Steps done and in all, so far.
    var progress: (done: Int, total: Int) { shared.withLock { ($0.done, $0.total) } }

    /// The output once the work has ended: `.some(nil)` when it stopped early.
    var result: WorkOutput?? { shared.withLock { $0.finished ? .some($0.output) : .none } }

    /// Waits up to `milliseconds` for the end; true when it has ended.
    func wait(milliseconds: Int) -> Bool {
        ended.wait(timeout: .now() + .milliseconds(milliseconds)) == .success
    }

    /// Waits for the end, however long (a save that cannot be stopped half way).
    func waitToEnd() {
        ended.wait()
        ended.signal()
    }
}

/// For end-to-end tests, in debug builds: `IDEA_TUI_TEST_HOLD_WORK=PATH` makes a
/// computation (never a save) stop moving at a tenth of its count while PATH exists,
/// still answering Esc, so a script can look at its progress line and press keys while
/// it runs, however fast the machine is; removing PATH lets it go on.
struct WorkHold: Sendable {
    let path: String

    static func fromEnvironment() -> WorkHold? {
        #if DEBUG
        guard let value = getenv("IDEA_TUI_TEST_HOLD_WORK").map({ String(cString: $0) }), !value.isEmpty else { return nil }
        return WorkHold(path: value)
        #else
        return nil
        #endif
    }

    func pause(done: Int, total: Int, cancelled: () -> Bool) {
        guard total > 0, done * 10 >= total else { return }
        while access(path, F_OK) == 0, !cancelled() { usleep(20_000) }
    }
}

/// Who holds the file's lock, told by a save waiting for it on the work's thread and
/// shown by the loop.
final class LockNote: Sendable {
    private let holder = Mutex<LockHolder??>(nil)

    func set(_ who: LockHolder?) { holder.withLock { $0 = .some(who) } }

    /// The holder told since the last look, once.
    func take() -> LockHolder?? { holder.withLock { value in defer { value = nil }; return value } }
}
