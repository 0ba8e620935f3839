#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Telling that the file still holds what this process last read or wrote without reading
/// it again: a stamp keeps how the file looked then (device, inode, size, modification and
/// change times, `Stamp.seen`), and a file that looks exactly so is that version. Anything
/// else (another inode, size or time, or no `seen`) is read and compared by its bytes, as
/// always. At 10,000 ideas reading and hashing the file costs more than the rest of a save.
///
/// Times are only trusted where a change made since would show in them:
/// - A save sets its file's modification time to the moment it began, to the nanosecond,
///   before the flush. The kernel stamps a later write with its own clock, which never
///   gives that same value, however soon after the rename the write comes. A file system
///   that cannot keep the nanoseconds (or refuses) shows another time after the rename,
///   and then nothing is kept (`seenAfterSaving`).
/// - A file read is only known by its looks when its last change is `settledSeconds` old:
///   a change within the same tick of the file system's clock (milliseconds; a second or
///   two on the coarsest) would leave its times as they were.
/// The change time cannot be set by anyone, so putting the old modification time back
/// (`touch -d`) is seen too.
extension DatabaseFile {
    public static let settledSeconds: Int64 = 3

    /// The file's bytes and their stamp (with `seen` when the file is settled).
    func readStamped() throws(StoreError) -> ([UInt8], Stamp) {
        let fd = try openExisting()
        defer { close(fd) }
        return try readStamped(fd)
    }

    private func readStamped(_ fd: Int32) throws(StoreError) -> ([UInt8], Stamp) {
        var before = stat()
        let looked = fstat(fd, &before) == 0
        let bytes = try readAll(fd)
        var stamp = Stamp(bytes)
        var after = stat()
        if looked, fstat(fd, &after) == 0, FileIdentity(before) == FileIdentity(after), Int(after.st_size) == bytes.count,
           Self.settled(after) {
            stamp.seen = FileIdentity(after)
        }
        return (bytes, stamp)
    }

    /// The file's bytes and stamp when it no longer holds what `expected` describes; nil
    /// when it does (it looks as `expected` saw it, or its bytes are the same).
    public func changedSince(_ expected: Stamp) throws(StoreError) -> ([UInt8], Stamp)? {
        let fd = try openExisting()
        defer { close(fd) }
        var info = stat()
        if let seen = expected.seen, fstat(fd, &info) == 0, FileIdentity(info) == seen { return nil }
        let (bytes, stamp) = try readStamped(fd)
        return stamp == expected ? nil : (bytes, stamp)
    }

    /// The file's bytes, which must still be what `expected` describes.
    func readUnchanged(_ expected: Stamp) throws(StoreError) -> [UInt8] {
        let bytes = try readBytes()
        guard Stamp(bytes) == expected else { throw .changedOnDisk(path: name) }
        return bytes
    }

    /// The modification time a save gives its file: now, to the nanosecond.
    static func modificationMark() -> timespec {
        var now = timespec()
        _ = clock_gettime(CLOCK_REALTIME, &now)
        return now
    }

    /// How the file looks right after a save renamed `written` (the temporary file as
    /// written and flushed) over it: kept only when it is that very file with the mark as
    /// its modification time. The rename itself changed its change time, so that is taken
    /// from the file in place.
    func seenAfterSaving(_ written: stat?, mark: timespec) -> FileIdentity? {
        guard let written else { return nil }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let before = FileIdentity(written), after = FileIdentity(info)
        let marked = Int64(mark.tv_sec) * 1_000_000_000 + Int64(mark.tv_nsec)
        guard after.device == before.device, after.inode == before.inode, after.size == before.size,
              after.modified == before.modified, before.modified == marked else { return nil }
        return after
    }

    /// True when the file's last change is old enough that another would show in its times.
    static func settled(_ info: stat) -> Bool {
        let now = modificationMark()
        let identity = FileIdentity(info)
        let nowNanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        return nowNanoseconds - max(identity.modified, identity.changed) >= settledSeconds * 1_000_000_000
    }
}

extension FileIdentity {
    /// The file `info` describes.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
