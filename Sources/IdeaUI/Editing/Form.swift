/// A window of fields to fill in: a new idea, an idea's edit. Tab and Shift-Tab (or ↓/↑
/// at a field's edge) move between fields; Enter on a choice opens its picker; Ctrl-S
/// saves when everything is valid; Esc asks before throwing changes away.
public struct Form: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        case open
        case cancelled
        case submitted
    }

    public var title: String
    public var kind: FormKind
    public var fields: [FormField]
    public var focus = 0
    /// The picker of the focused choice field, while it is open.
    public var picker: Picker?
    /// Why the model refused the last save, shown at the foot of the form.
    public var refusal: [String]?
    /// True while asking "throw away your changes?".
    public var askingToDiscard = false
    /// The fields as they were when the form opened, to tell whether anything changed.
    let initial: [FormField]

    public init(title: String, kind: FormKind, fields: [FormField]) {
        self.title = title
        self.kind = kind
        self.fields = fields
        initial = fields
    }

    public var isChanged: Bool {
        zip(fields, initial).contains { !$0.sameContent(as: $1) }
    }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    public var hasProblems: Bool { fields.contains { $0.problem != nil } }

    /// Whether `?` would type nothing here, so it may open the help: on a list field, at
    /// the start of an empty text field, or in an open picker with nothing typed.
    public var questionMarkIsFree: Bool {
        if askingToDiscard { return false }
        if let picker { return picker.query.text.isEmpty }
        guard fields.indices.contains(focus) else { return true }
        switch fields[focus].value {
        case .line(let editor): return editor.text.isEmpty
        case .area(let area): return area.text.isEmpty
        case .choice: return true
        }
    }

    /// Sets each field's problem from a map of field id to problem (others are cleared),
    /// and moves to the first field with one.
    public mutating func setProblems(_ problems: [String: String]) {
        for i in fields.indices { fields[i].problem = problems[fields[i].id] }
        if let first = fields.firstIndex(where: { $0.problem != nil }) { focus = first }
    }

    /// A key in the form (not in its picker; `AppState` sends those to the picker).
    public mutating func handle(_ key: Key) -> Outcome {
        if askingToDiscard {
            switch key {
            case .char("y"), .char("Y"), .char("t"), .char("T"): return .cancelled
            default:
                askingToDiscard = false
                return .open
            }
        }
        switch key {
        case .escape: return cancel()
        case .ctrl("s"), .function(10): return save()
        case .tab: return nextField(by: 1)
        case .backTab: return nextField(by: -1)
        default: break
        }
        guard fields.indices.contains(focus) else { return .open }
        switch fields[focus].value {
        case .line(var editor):
            if key == .enter || key == .down {
                focusField(by: 1)
            } else if key == .up {
                focusField(by: -1)
            } else if editor.handle(key) {
                fields[focus].value = .line(editor)
                fields[focus].problem = nil
            }
        case .area(var area):
            if area.handle(key) {
                fields[focus].value = .area(area)
                fields[focus].problem = nil
            } else if key == .down {
                focusField(by: 1)
            } else if key == .up {
                focusField(by: -1)
            }
        case .choice(let chosen):
            switch key {
            case .enter, .char(" "):
                let f = fields[focus]
                picker = Picker(title: f.label, purpose: .field(f.id), options: f.options, chosen: chosen,
                                multiple: f.multiple, allowsNew: f.allowsNew)
            case .down: focusField(by: 1)
            case .up: focusField(by: -1)
            case .backspace, .delete:
                fields[focus].value = .choice([])
            default: break
            }
        }
        return .open
    }

    /// Esc: closes the form, or first asks when something was changed. While it asks,
    /// Esc (like any answer but yes) keeps the form.
    public mutating func cancel() -> Outcome {
        if stopAsking() { return .open }
        if isChanged {
            askingToDiscard = true
            return .open
        }
        return .cancelled
    }

    /// Ctrl-S: the form is to be checked and saved (while it asks, it keeps the form).
    public mutating func save() -> Outcome {
        stopAsking() ? .open : .submitted
    }

    /// Tab and Shift-Tab: the next or previous field (while it asks, it keeps the form).
    public mutating func nextField(by delta: Int) -> Outcome {
        if !stopAsking() { focusField(by: delta) }
        return .open
    }

    /// Any answer but yes to "throw away your changes?" keeps the form; true when it asked.
    private mutating func stopAsking() -> Bool {
        guard askingToDiscard else { return false }
        askingToDiscard = false
        return true
    }

    /// A key while the picker is open; a choice goes into its field.
    public mutating func handlePicker(_ key: Key, height: Int) {
        guard var open = picker else { return }
        let outcome = open.handle(key, height: height)
        settlePicker(open, outcome)
    }

    /// Enter in the picker: what it chooses goes into its field.
    public mutating func choosePicker() {
        guard var open = picker else { return }
        let outcome = open.choose()
        settlePicker(open, outcome)
    }

    /// Esc in the picker: it closes, the field unchanged.
    public mutating func cancelPicker() {
        picker = nil
    }

    private mutating func settlePicker(_ open: Picker, _ outcome: Picker.Outcome) {
        switch outcome {
        case .open:
            picker = open
        case .cancelled:
            picker = nil
        case .chosen(let ids):
            picker = nil
            guard case .field(let id) = open.purpose, let i = fields.firstIndex(where: { $0.id == id }) else { return }
            // New values typed into the picker (tags) become options of the field.
            for option in open.options where !fields[i].options.contains(where: { $0.id == option.id }) {
                fields[i].options.append(option)
            }
            fields[i].value = .choice(ids)
            fields[i].problem = nil
        }
    }

    mutating func focusField(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = ((focus + delta) % fields.count + fields.count) % fields.count
    }
}
