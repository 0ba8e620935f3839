#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import IdeaModel
import Synchronization

/// The first error writing to standard output, or 0.
private let firstError = Atomic<Int32>(0)

/// What the commands print goes straight to the file descriptor and every write is
/// checked, so a full disk, /dev/full or a closed file is an error (exit 74) instead of
/// a cut file and exit 0.
enum StandardOutput {
    static func write(_ text: String) {
        guard firstError.load(ordering: .relaxed) == 0 else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(STDOUT_FILENO, raw.baseAddress, raw.count)
                #else
                Darwin.write(STDOUT_FILENO, raw.baseAddress, raw.count)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                firstError.store(errno, ordering: .relaxed)
                return
            }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Flushes whatever went through the C library too; nil when everything reached
    /// standard output, else why not.
    static func finish() -> IOReason? {
        errno = 0
        if fflush(cn_stdout()) != 0 || ferror(cn_stdout()) != 0 {
            let code = errno
            if firstError.load(ordering: .relaxed) == 0 { firstError.store(code == 0 ? EIO : code, ordering: .relaxed) }
        }
        let code = firstError.load(ordering: .relaxed)
        return code == 0 ? nil : IOReason(errno: code)
    }
}
