/// One field of a form: a line, a block of text, or a choice from a list.
public struct FormField: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case line(LineEditor)
        case area(TextArea)
        /// Chosen option ids, in order.
        case choice([String])
    }

    public var id: String
    public var label: String
    public var value: Value
    /// Why the value cannot be saved, shown beside the field.
    public var problem: String?
    /// For choices: what can be chosen, one or several, and whether new values may be typed.
    public var options: [Picker.Option]
    public var multiple: Bool
    public var allowsNew: Bool

    public init(id: String, label: String, value: Value, options: [Picker.Option] = [],
                multiple: Bool = false, allowsNew: Bool = false) {
        self.id = id
        self.label = label
        self.value = value
        self.options = options
        self.multiple = multiple
        self.allowsNew = allowsNew
    }

    public static func line(_ id: String, _ label: String, _ text: String) -> FormField {
        FormField(id: id, label: label, value: .line(LineEditor(text)))
    }

    public static func area(_ id: String, _ label: String, _ text: String) -> FormField {
        FormField(id: id, label: label, value: .area(TextArea(text)))
    }

    public static func choice(_ id: String, _ label: String, _ chosen: [String], options: [Picker.Option],
                              multiple: Bool = false, allowsNew: Bool = false) -> FormField {
        FormField(id: id, label: label, value: .choice(chosen), options: options, multiple: multiple, allowsNew: allowsNew)
    }

    /// The text of a line or text field ("" for a choice).
    public var text: String {
        switch value {
        case .line(let editor): return editor.text
        case .area(let area): return area.text
        case .choice: return ""
        }
    }

    /// The chosen ids of a choice field (empty for text).
    public var chosen: [String] {
        if case .choice(let ids) = value { return ids }
        return []
    }

    /// What the field shows when it is a choice: the labels of the chosen options.
    public var choiceLabels: String {
        chosen.map { id in options.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
    }

    /// Whether two fields hold the same content (problems and cursors aside).
    func sameContent(as other: FormField) -> Bool {
        text == other.text && chosen == other.chosen
    }
}
