import IdeaModel

/// Bringing rows read at one version up to a later one with only what changed since.
extension RecordRows {
    /// The rows with `changes` applied: in each collection the records that changed are
    /// taken out and the ones still there put back at their places now (in the order of
    /// those places, so each lands among records already where they belong); the log's
    /// entries replaced or appended at their places.
    public func applying(_ changes: StoreChanges) -> RecordRows {
        var out = self
        let byCollection = Dictionary(grouping: changes.records, by: \.collection)
        for (collection, changed) in byCollection {
            if collection == .festival || collection == .districts {
                if let record = changed.last?.record { out.records[collection] = [record] }
                continue
            }
            let ids = Set(changed.map(\.id))
            var list = (out.records[collection] ?? []).filter { !ids.contains($0.recordID ?? "") }
            for change in changed.filter({ $0.record != nil }).sorted(by: { ($0.index ?? 0) < ($1.index ?? 0) }) {
                guard let record = change.record else { continue }
                list.insert(record, at: min(max(change.index ?? list.count, 0), list.count))
            }
            out.records[collection] = list
        }
        for (index, entry) in changes.log.sorted(by: { $0.index < $1.index }) {
            if index < out.log.count { out.log[index] = entry } else { out.log.append(entry) }
        }
        return out
    }
}
