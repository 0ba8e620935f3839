/// The file as a `DatabaseStore`: the edit lock holds other sessions off, and a save is
/// the atomic replacement of the whole file (encoding only the records that changed).
extension DatabaseFile: DatabaseStore {
    public func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)? {
        guard let (bytes, stamp) = try changedSince(expected) else { return nil }
        do {
            return (try DatabaseCodec.decode(bytes), stamp)
        } catch {
            throw .invalid(path: name, error)
        }
    }

    public func holdForChange() throws(StoreError) -> any StoreHold { try EditLock(self) }

    public func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp {
        try save(bytes: saving.encode(next), expected: expected, ahead: saving)
    }

    public func keepSpare(in saving: SaveCache, size: Int) {
        saving.keepSpare { SpareFile.make(in: folder, size: size) }
    }

    public func watch(polling: Bool, now: Int) -> any StoreWatch { FileWatch(path: path, polling: polling, now: now) }
}

extension EditLock: StoreHold {}
extension FileWatch: StoreWatch {}
