#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long to wait for a lock another process holds, and what to do meanwhile.
public struct LockWaiting: Sendable {
    /// Give up after this many milliseconds (then `StoreError.locked`).
    public var timeoutMilliseconds: Int
    /// Asked between tries: true stops the wait (then `StoreError.interrupted`), e.g.
    /// when a signal asked the program to end.
    public var cancelled: @Sendable () -> Bool
    /// Told once, when the lock turns out to be taken: who holds it, when known.
    public var waiting: @Sendable (LockHolder?) -> Void

    /// Ten seconds: a save takes well under one, so a longer wait means something is stuck.
    public static let defaultTimeoutMilliseconds = 10_000

    public init(timeoutMilliseconds: Int = LockWaiting.defaultTimeoutMilliseconds,
                cancelled: @escaping @Sendable () -> Bool = { false },
                waiting: @escaping @Sendable (LockHolder?) -> Void = { _ in }) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.cancelled = cancelled
        self.waiting = waiting
    }
}

/// An exclusive `flock` on an open file or folder, waited for as `LockWaiting` says:
/// tried without blocking, first after 1 ms and then less and less often (up to every
/// 20 ms), so a signal or the time limit can end the wait and a lock held for a moment
/// (a save takes milliseconds) is taken soon after it is let go.
enum FileLock {
    /// Locks `fd`; `path` names it in errors.
    static func acquire(_ fd: Int32, path: String, _ waiting: LockWaiting) throws(StoreError) {
        let started = monotonicMilliseconds()
        var told = false
        var pauseNanoseconds = 1_000_000
        while true {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw .io(path: path, action: .lock, reason: IOReason(errno: code))
            }
            if !told {
                told = true
                waiting.waiting(holder(of: fd))
            }
            if waiting.cancelled() { throw .interrupted(path: path) }
            let waited = monotonicMilliseconds() - started
            if waited >= waiting.timeoutMilliseconds {
                throw .locked(path: path, holder: holder(of: fd), seconds: (waited + 500) / 1000)
            }
            var pause = timespec(tv_sec: 0, tv_nsec: pauseNanoseconds)
            _ = nanosleep(&pause, nil)
            pauseNanoseconds = min(pauseNanoseconds * 3 / 2, 20_000_000)
        }
    }

    /// The process /proc/locks names as holding a `flock` on the file `fd` is open on.
    static func holder(of fd: Int32) -> LockHolder? {
        var info = stat()
        guard fstat(fd, &info) == 0, let text = readSmallFile("/proc/locks") else { return nil }
        // The kernel prints the device as MAJOR:MINOR in hex; glibc packs them into st_dev.
        let dev = UInt64(info.st_dev)
        let major = (dev >> 8) & 0xfff | (dev >> 32) & 0xffff_f000
        let minor = dev & 0xff | (dev >> 12) & 0xffff_ff00
        for line in text.split(separator: "\n") {
            // "1: FLOCK  ADVISORY  WRITE 1234 00:2a:5678 0 EOF"; waiters read "1: -> FLOCK …".
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 6, words[1] == "FLOCK" else { continue }
            let place = words[5].split(separator: ":")
            guard place.count == 3, UInt64(place[2]) == UInt64(info.st_ino),
                  UInt64(place[0], radix: 16) == major, UInt64(place[1], radix: 16) == minor,
                  let pid = Int32(words[4]) else { continue }
            let program = readSmallFile("/proc/\(pid)/comm").map { String($0.prefix { $0 != "\n" }) }
            return LockHolder(pid: pid, program: program)
        }
        return nil
    }

    static func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }

    /// A small text file (under /proc), or nil.
    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
