import IdeaModel

/// The window of a change that does not fit on top of the file. For a clash of fields:
/// what was tried, and each field both sides changed as it was before, as the user wanted
/// it and as it is in the file; `o` or `t` chooses. For a clash with a rule (a limit
/// someone reached meanwhile): the rule, the values that reached it, and what could make
/// room. Values are shown as people read them: names and titles, not ids or field names.
enum ConflictView {
    static func lines(_ conflict: EditSession.Conflict, _ state: AppState) -> [String] {
        let e = state.strings.edit, s = state.strings.saving, model = state.strings.model
        var out: [String]
        let tried = model.change(conflict.change)
        switch conflict.clash {
        case .fields: out = [e.conflictIntro(tried)]
        case .rule: out = [s.ruleIntro(tried)]
        }
        out += conflict.reasons.map { "• " + model.conflict($0) }
        let names = Names(conflict.theirs)
        let width = max(DisplayWidth.of(e.conflictBefore), DisplayWidth.of(e.conflictYours), DisplayWidth.of(e.conflictTheirs))
        for record in conflict.records {
            out.append("")
            let versions = [record.ours, record.theirs, record.base].compactMap { $0 }
            out.append(names.heading(record, versions))
            for field in record.fields.isEmpty ? [""] : record.fields {
                if !field.isEmpty {
                    let label = s.field(field)
                    out.append("  " + label + (conflict.canKeepOurs ? " (\(e.conflictFields)):" : ":"))
                }
                for (label, value) in [(e.conflictBefore, record.base), (e.conflictYours, record.ours), (e.conflictTheirs, record.theirs)] {
                    let text: String
                    if let value {
                        text = field.isEmpty ? names.brief(value) : names.brief(field: field, of: value) ?? s.none
                    } else {
                        text = e.conflictRemoved
                    }
                    out.append("    " + TextFit.pad(label, to: width) + "  " + text)
                }
            }
        }
        if case .rule(_, let remedy) = conflict.clash {
            out.append("")
            switch remedy {
            case .dropTeamMentor(_, let ids)?: out.append(s.roomInTeam(ids.map(names.person).joined(separator: ", ")))
            case .releaseMentorTeam(_, let ids)?: out.append(s.roomForMentor(ids.map(names.team).joined(separator: ", ")))
            case nil: out.append(s.nothingMakesRoom)
            }
        }
        return out
    }

    static func draw(_ conflict: EditSession.Conflict, _ state: AppState, into screen: inout Screen) {
        let text = lines(conflict, state)
        let title = conflict.canKeepOurs ? state.strings.edit.conflictTitle : state.strings.saving.ruleTitle
        guard let (box, shown) = DialogView.box(title: title, lines: text,
                                                minWidth: min(screen.cols - 4, 70), into: &screen) else { return }
        for (i, line) in shown.enumerated() {
            screen.write(line, row: box.row + 1 + i, col: box.col + 2, width: box.width - 4,
                         style: line.hasPrefix("•") ? Styles.warning : .plain)
        }
    }

    /// Ids turned into what people call them, from the file as it is now.
    struct Names {
        let db: Database

        init(_ db: Database) { self.db = db }

        func person(_ id: String) -> String { db.people.first { $0.id == id }?.name ?? id }
        func team(_ id: String) -> String {
            guard let team = db.teams.first(where: { $0.id == id }) else { return id }
            return db.ideas.first { $0.id == team.ideaId }?.title ?? id
        }

        /// Any id the database knows, by its name or title; other text as it is.
        func text(_ value: String) -> String {
            if let p = db.people.first(where: { $0.id == value }) { return p.name }
            if let i = db.ideas.first(where: { $0.id == value }) { return i.title }
            if db.teams.contains(where: { $0.id == value }) { return team(value) }
            if let v = db.venues.first(where: { $0.id == value }) { return v.name }
            if let f = db.forums.first(where: { $0.id == value }) { return f.title }
            return value
        }

        /// "team “team-0037” — Žalias kiemas".
        func heading(_ record: ConflictingRecord, _ versions: [JSONValue]) -> String {
            let title = record.collection == .teams ? team(record.id)
                : versions.lazy.compactMap { brief(field: "title", of: $0) ?? brief(field: "name", of: $0) }.first
            return "\(record.collection.rawValue) “\(record.id)”" + (title.map { $0 == record.id ? "" : " — " + $0 } ?? "")
        }

        /// One field of a record, in a few words.
        func brief(field: String, of value: JSONValue) -> String? {
            guard case .object(let fields) = value, let v = fields[field] else { return nil }
            return brief(v)
        }

        /// A value in a few words: text and ids as names, lists joined, records by their
        /// title, name or person, long lists by their length and last item.
        func brief(_ value: JSONValue) -> String {
            switch value {
            case .null: return "—"
            case .bool(let b): return b ? "✓" : "✗"
            case .int(let i): return String(i)
            case .double(let d): return String(d)
            case .string(let s): return text(s)
            case .array(let items):
                if items.count <= 6 { return items.map(brief).joined(separator: ", ") }
                return "\(items.count) × … " + (items.last.map(brief) ?? "")
            case .object(let fields):
                for key in ["title", "name", "to", "outcome", "summary"] {
                    if let v = fields[key] {
                        let reason = fields["reason"].map { " (" + brief($0) + ")" } ?? ""
                        return brief(v) + reason
                    }
                }
                if let who = fields["personId"] {
                    return brief(who) + (fields["role"].map { " (" + brief($0) + ")" } ?? "")
                }
                return fields.keys.sorted().prefix(3).map { "\($0): " + brief(fields[$0] ?? .null) }.joined(separator: ", ")
            }
        }
    }
}
