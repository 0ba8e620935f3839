/// The records one change touched, each before and after, found by comparing two
/// databases id by id. Applying a patch to a database that has moved on since (someone
/// else's changes merged in) changes only what the patch is about, field by field, and
/// reports where both sides changed the same thing. Undo is the inverse patch; redo is the
/// inverse of what undo did.
///
/// The log is history, not state: entries a change appends are not part of its patch,
/// and undo appends an entry of its own rather than removing one.
public struct Patch: Equatable, Sendable {
    public var changes: [RecordChange]

    public init(_ changes: [RecordChange] = []) { self.changes = changes }

    public var isEmpty: Bool { changes.isEmpty }

    /// The patch that takes `after` back to `before`.
    public var inverse: Patch {
        Patch(changes.map { RecordChange(collection: $0.collection, id: $0.id, before: $0.after, after: $0.before,
                                         beforeIndex: $0.afterIndex, afterIndex: $0.beforeIndex) })
    }

    /// Every record that differs between `before` and `after`, by id within each
    /// collection. Log entries only `after` has are left out; entries both have but
    /// that differ (an idea link cleared by undo) are included.
    public static func diff(_ before: Database, _ after: Database) -> Patch {
        var out: [RecordChange] = []
        keyed(before.people, after.people, .people, &out)
        keyed(before.ideas, after.ideas, .ideas, &out)
        keyed(before.teams, after.teams, .teams, &out)
        keyed(before.forums, after.forums, .forums, &out)
        keyed(before.tracks, after.tracks, .tracks, &out)
        keyed(before.sessions, after.sessions, .sessions, &out)
        keyed(before.sponsors, after.sponsors, .sponsors, &out)
        keyed(before.venues, after.venues, .venues, &out)
        keyed(before.festival.slots, after.festival.slots, .slots, &out)
        var fa = before.festival, fb = after.festival
        fa.slots = []
        fb.slots = []
        if fa != fb {
            out.append(RecordChange(collection: .festival, id: "", before: SessionCollection.festivalFields(before.festival.json),
                                    after: SessionCollection.festivalFields(after.festival.json)))
        }
        if before.districts != after.districts {
            out.append(RecordChange(collection: .districts, id: "", before: .array(before.districts.map { .string($0) }),
                                    after: .array(after.districts.map { .string($0) })))
        }
        if before.log != after.log {
            before.log.withUnsafeBufferPointer { old in
                after.log.withUnsafeBufferPointer { new in
                    // Made only when an entry is not where it was (the log is appended to).
                    var index: [String: Int]?
                    for i in old.indices where i >= new.count || !sameBits(old, i, new, i) {
                        var j: Int? = i
                        if i >= new.count || new[i].id != old[i].id {
                            if index == nil {
                                index = Dictionary(new.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
                            }
                            j = index?[old[i].id]
                        }
                        guard let j, new[j] != old[i] else { continue }
                        out.append(RecordChange(collection: .log, id: old[i].id, before: old[i].json, after: new[j].json,
                                                beforeIndex: i, afterIndex: j))
                    }
                }
            }
        }
        return Patch(out)
    }

    private static func keyed<T: Identifiable & Equatable & JSONEncodable>(
        _ a: [T], _ b: [T], _ collection: SessionCollection, _ out: inout [RecordChange]
    ) where T.ID == String {
        for d in RecordDiff.between(a, b) {
            guard let id = (d.after ?? d.before)?.id else { continue }
            out.append(RecordChange(collection: collection, id: id, before: d.before?.json, after: d.after?.json,
                                    beforeIndex: d.beforeIndex, afterIndex: d.afterIndex))
        }
    }

    /// Applies the patch to `db`. A record still as `before` becomes `after`; a record
    /// someone changed meanwhile is merged field by field; where both sides changed the
    /// same field the result is a conflict. `strict` also counts both sides making the
    /// same change as a conflict (two people moving one idea forward is not one move).
    /// Removing an idea unlinks the log entries about it (their words still name it).
    /// The result is checked like a loaded file, so it never breaks a rule across records.
    public func applied(to db: Database, strict: Bool = false) -> PatchResult {
        guard case .object(var top) = DatabaseCodec.json(db) else {
            return .invalid(["the database could not be written as an object"])
        }
        var conflicts: [ConflictingRecord] = []
        var removedIdeas = Set<String>()
        for change in changes {
            var records = change.collection.records(in: top)
            let at = change.collection.isSingle ? (records.isEmpty ? nil : 0)
                : records.firstIndex { $0.recordID == change.id }
            let current = at.map { records[$0] }
            var paths: [String] = []
            let merged = Merge.three(base: change.before, target: change.after, current: current,
                                     strict: strict, path: "", conflicts: &paths)
            if !paths.isEmpty {
                conflicts.append(ConflictingRecord(collection: change.collection, id: change.id, base: change.before,
                                                   ours: change.after, theirs: current, fields: paths))
                continue
            }
            switch (at, merged) {
            case (let i?, let value?): records[i] = value
            case (let i?, nil):
                records.remove(at: i)
                if change.collection == .ideas { removedIdeas.insert(change.id) }
            case (nil, let value?): records.insert(value, at: min(change.afterIndex ?? records.count, records.count))
            case (nil, nil): break
            }
            change.collection.set(records, in: &top)
        }
        if !conflicts.isEmpty { return .conflict(conflicts) }
        if !removedIdeas.isEmpty, case .array(var log)? = top["log"] {
            for i in log.indices {
                guard case .object(var entry) = log[i], case .string(let idea)? = entry["ideaId"],
                      removedIdeas.contains(idea) else { continue }
                entry["ideaId"] = nil
                log[i] = .object(entry)
            }
            top["log"] = .array(log)
        }
        do {
            return .applied(try DatabaseCodec.decode(.object(top)))
        } catch {
            return .invalid(error.lines)
        }
    }
}

extension Patch {
    /// The records this patch would find changed in `db` in a way that clashes with it,
    /// without applying anything: cheap, since only the records it touches are compared.
    public func conflicts(on db: Database, strict: Bool) -> [ConflictingRecord] {
        var out: [ConflictingRecord] = []
        for change in changes {
            let current = db.record(change.collection, id: change.id)
            var paths: [String] = []
            _ = Merge.three(base: change.before, target: change.after, current: current, strict: strict,
                            path: "", conflicts: &paths)
            if !paths.isEmpty {
                out.append(ConflictingRecord(collection: change.collection, id: change.id, base: change.before,
                                             ours: change.after, theirs: current, fields: paths))
            }
        }
        return out
    }
}

extension Database {
    /// One record as JSON, as a patch sees it; nil when there is none with that id.
    public func record(_ collection: SessionCollection, id: String) -> JSONValue? {
        func find<T: Identifiable & JSONEncodable>(_ list: [T]) -> JSONValue? where T.ID == String {
            list.first { $0.id == id }?.json
        }
        switch collection {
        case .people: return find(people)
        case .ideas: return find(ideas)
        case .teams: return find(teams)
        case .forums: return find(forums)
        case .tracks: return find(tracks)
        case .sessions: return find(sessions)
        case .sponsors: return find(sponsors)
        case .venues: return find(venues)
        case .slots: return find(festival.slots)
        case .log: return find(log)
        case .festival: return SessionCollection.festivalFields(festival.json)
        case .districts: return .array(districts.map { .string($0) })
        }
    }
}

/// What applying a patch gave.
public enum PatchResult: Equatable, Sendable {
    case applied(Database)
    /// Records both sides changed in the same place; nothing was applied.
    case conflict([ConflictingRecord])
    /// The result would break a rule across records (a team naming a removed idea).
    case invalid([String])
}

/// One record's change: nil before means it was created, nil after that it was removed.
public struct RecordChange: Equatable, Sendable {
    public var collection: SessionCollection
    /// The record's id; "" for the festival's own fields and the list of districts.
    public var id: String
    public var before: JSONValue?
    public var after: JSONValue?
    /// Where the record was, and is: a removed record comes back where it was.
    public var beforeIndex: Int?
    public var afterIndex: Int?

    public init(collection: SessionCollection, id: String, before: JSONValue?, after: JSONValue?,
                beforeIndex: Int? = nil, afterIndex: Int? = nil) {
        self.collection = collection
        self.id = id
        self.before = before
        self.after = after
        self.beforeIndex = beforeIndex
        self.afterIndex = afterIndex
    }
}

/// A record both sides changed: as it was, as we want it, and as it is now.
public struct ConflictingRecord: Equatable, Sendable {
    public var collection: SessionCollection
    public var id: String
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?
    /// The fields changed on both sides ("stage", "history"); "" is the whole record.
    public var fields: [String]

    public init(collection: SessionCollection, id: String, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, fields: [String]) {
        self.collection = collection
        self.id = id
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.fields = fields
    }
}

/// The lists of records a patch can change, named as in the file.
public enum SessionCollection: String, Equatable, Sendable, CaseIterable {
    case people, ideas, teams, forums
    case tracks = "workshopTracks"
    case sessions = "workshopSessions"
    case sponsors, venues
    case slots = "festival.slots"
    /// The festival's own fields, without its slots: one record.
    case festival
    /// The list of districts, as one record.
    case districts
    case log

    var isSingle: Bool { self == .festival || self == .districts }

    static func festivalFields(_ json: JSONValue) -> JSONValue {
        guard case .object(var fields) = json else { return json }
        fields["slots"] = nil
        return .object(fields)
    }

    func records(in top: [String: JSONValue]) -> [JSONValue] {
        switch self {
        case .festival: return top["festival"].map { [Self.festivalFields($0)] } ?? []
        case .districts: return top["districts"].map { [$0] } ?? []
        case .slots:
            guard case .object(let f)? = top["festival"], case .array(let slots)? = f["slots"] else { return [] }
            return slots
        default:
            guard case .array(let list)? = top[rawValue] else { return [] }
            return list
        }
    }

    func set(_ records: [JSONValue], in top: inout [String: JSONValue]) {
        switch self {
        case .festival:
            guard case .object(var fields)? = records.first else { return }
            if case .object(let old)? = top["festival"] { fields["slots"] = old["slots"] }
            top["festival"] = .object(fields)
        case .districts:
            top["districts"] = records.first ?? .array([])
        case .slots:
            guard case .object(var f)? = top["festival"] else { return }
            f["slots"] = .array(records)
            top["festival"] = .object(f)
        default:
            top[rawValue] = .array(records)
        }
    }
}

extension JSONValue {
    var recordID: String? {
        guard case .object(let fields) = self, case .string(let id)? = fields["id"] else { return nil }
        return id
    }
}

/// Three-way merge of JSON values: the change from `base` to `target`, made to `current`.
/// Where both changed the same value the path is a conflict, and the result keeps
/// `current`'s value, or `target`'s with `preferTarget` (keeping one's own version).
enum Merge {
    static func three(base: JSONValue?, target: JSONValue?, current: JSONValue?, strict: Bool,
                      preferTarget: Bool = false, path: String, conflicts: inout [String]) -> JSONValue? {
        if current == base { return target }
        if target == base { return current }
        if current == target {
            if strict { conflicts.append(path) }
            return target
        }
        switch (base, target, current) {
        case (.object(let b)?, .object(let t)?, .object(let c)?):
            var out: [String: JSONValue] = [:]
            for key in Set(b.keys).union(t.keys).union(c.keys) {
                let field = path.isEmpty ? key : path + "." + key
                if let value = three(base: b[key], target: t[key], current: c[key], strict: strict,
                                     preferTarget: preferTarget, path: field, conflicts: &conflicts) {
                    out[key] = value
                }
            }
            return .object(out)
        case (.array(let b)?, .array(let t)?, .array(let c)?):
            // Lists merge as collections of distinct items: what we removed goes, what we
            // added comes at the end, and everything the other side did stays.
            let removed = b.filter { !t.contains($0) }
            let added = t.filter { !b.contains($0) }
            if strict, removed.contains(where: { !c.contains($0) }) || added.contains(where: { c.contains($0) }) {
                conflicts.append(path)
                return current
            }
            var out = c.filter { !removed.contains($0) }
            for item in added where !out.contains(item) { out.append(item) }
            return .array(out)
        default:
            conflicts.append(path)
            return preferTarget ? target : current
        }
    }
}
