#if DEBUG
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forced fatal error, in debug builds only, for the end-to-end test of the fatal-error
/// path (scripts/e2e/crash.sh): with IDEA_TUI_TEST_CRASH set, the first key read makes
/// the app die the way a bug would: `trap` (or `1`) a Swift runtime trap, as a range with
/// its bounds the wrong way round; `abort` abort(); `segv` a write through a bad pointer.
enum TestCrash: String {
    case trap, abort, segv

    /// The crash asked for by the environment, if any.
    static func requested() -> TestCrash? {
        guard let raw = getenv("IDEA_TUI_TEST_CRASH") else { return nil }
        let value = String(cString: raw)
        return value == "1" ? .trap : TestCrash(rawValue: value)
    }

    func happen() {
        switch self {
        case .trap:
            // The same trap as issue 13's grid: "Range requires lowerBound <= upperBound".
            let upper = Int(getpid() % 2) - 2
            _ = (0..<upper).count
        case .abort:
            #if canImport(Glibc)
            Glibc.abort()
            #else
            Darwin.abort()
            #endif
        case .segv:
            guard let bad = UnsafeMutablePointer<Int>(bitPattern: 16) else { return }
            bad.pointee = 1
        }
    }
}
#endif
