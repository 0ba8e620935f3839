import IdeaModel

/// The window of a clash between this session's change and one saved in the file
/// meanwhile: what was tried, why it clashes, and each field both sides changed as it
/// was before, as the user wanted it and as it is in the file. `o` or `t` chooses.
enum ConflictView {
    static func lines(_ conflict: EditSession.Conflict, _ s: Strings) -> [String] {
        let e = s.edit
        var out = [e.conflictIntro(conflict.summary)]
        out += conflict.reasons.map { "• " + $0 }
        for record in conflict.records {
            out.append("")
            let versions = [record.ours, record.theirs, record.base].compactMap { $0 }
            let title = versions.lazy.compactMap { brief(field: "title", of: $0) ?? brief(field: "name", of: $0) }.first
            out.append("\(record.collection.rawValue) “\(record.id)”" + (title.map { " — " + $0 } ?? ""))
            let fields = record.fields.isEmpty ? [""] : record.fields
            for field in fields {
                if !field.isEmpty { out.append("  \(field) (\(e.conflictFields)):") }
                let width = max(DisplayWidth.of(e.conflictBefore), DisplayWidth.of(e.conflictYours), DisplayWidth.of(e.conflictTheirs))
                for (label, value) in [(e.conflictBefore, record.base), (e.conflictYours, record.ours), (e.conflictTheirs, record.theirs)] {
                    let text = value.map { field.isEmpty ? brief($0) : brief(field: field, of: $0) ?? "—" } ?? e.conflictRemoved
                    out.append("    " + TextFit.pad(label, to: width) + "  " + text)
                }
            }
        }
        return out
    }

    static func draw(_ conflict: EditSession.Conflict, _ state: AppState, into screen: inout Screen) {
        let text = lines(conflict, state.strings)
        guard let (box, shown) = DialogView.box(title: state.strings.edit.conflictTitle, lines: text,
                                                minWidth: min(screen.cols - 4, 70), into: &screen) else { return }
        for (i, line) in shown.enumerated() {
            screen.write(line, row: box.row + 1 + i, col: box.col + 2, width: box.width - 4,
                         style: line.hasPrefix("•") ? Styles.warning : .plain)
        }
    }

    /// One field of a record, in a few words.
    static func brief(field: String, of value: JSONValue) -> String? {
        guard case .object(let fields) = value, let v = fields[field] else { return nil }
        return brief(v)
    }

    /// A value in a few words: text as it is, lists joined, records by title or name,
    /// long histories by their length and last entry.
    static func brief(_ value: JSONValue) -> String {
        switch value {
        case .null: return "—"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let text): return text
        case .array(let items):
            if items.allSatisfy({ if case .object = $0 { return false } else { return true } }) {
                return items.map(brief).joined(separator: ", ")
            }
            return "\(items.count) × " + (items.last.map(brief) ?? "")
        case .object(let fields):
            for key in ["title", "name", "to", "outcome", "summary"] {
                if let v = fields[key] {
                    let reason = fields["reason"].map { " (" + brief($0) + ")" } ?? ""
                    return brief(v) + reason
                }
            }
            return fields.keys.sorted().prefix(4).joined(separator: ", ")
        }
    }
}
