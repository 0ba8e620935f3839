#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The last SIGINT, SIGTERM or SIGHUP received, or 0. The handler only stores it; the app
/// loop, which reads keys with a timeout, notices it, restores the terminal and exits.
private let pendingSignal = Atomic<Int32>(0)

enum Signals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers. Must run before ncurses starts, so it keeps them instead of
    /// installing its own.
    static func install() {
        for sig in handled {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { sig in pendingSignal.store(sig, ordering: .relaxed) }
            #else
            action.__sigaction_u.__sa_handler = { sig in pendingSignal.store(sig, ordering: .relaxed) }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns at once
            sigaction(sig, &action, nil)
        }
    }

    /// Takes the pending signal, if any (0 when none).
    static func take() -> Int32 { pendingSignal.exchange(0, ordering: .relaxed) }

    /// The pending signal, left pending (0 when none): a wait that should end looks here.
    static var pending: Int32 { pendingSignal.load(ordering: .relaxed) }
}
