import IdeaModel

/// From a key to an action: the key map of what is in front decides, except where text
/// is typed (a line, a prompt, a form, a picker), which reads its keys itself.
extension AppState {
    /// A key press: typed into the search line when one is open, else looked up in the
    /// key map for the current context. Keys that mean nothing here change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect {
        if isWorking { return keyWhileWorking(key) }
        if isHelpOpen {
            guard let action = keyMap.action(for: key, in: .help) else { return .none }
            return update(action)
        }
        if let line = searchInput ?? filterInput {
            return asksForHelp(key, freeToAsk: line.isEmpty) ? update(.toggleHelp) : typeInLine(key)
        }
        switch overlay {
        case .prompt(let prompt)?:
            if asksForHelp(key, freeToAsk: prompt.editor.text.isEmpty) { return update(.toggleHelp) }
            if key != .enter, keyMap.action(for: key, in: .prompt) == nil { return typeInPrompt(key) }
        case .form(let form)?:
            // Forms read every key themselves (so Q and Tab type or move as they should).
            if key == .ctrl("l") { return .redrawAll }
            return asksForHelp(key, freeToAsk: form.questionMarkIsFree) ? update(.toggleHelp) : typeInForm(key)
        case .picker(let picker)?:
            if key == .ctrl("l") { return .redrawAll }
            return asksForHelp(key, freeToAsk: picker.query.text.isEmpty) ? update(.toggleHelp) : typeInPicker(key)
        default:
            break
        }
        guard let action = keyMap.action(for: key, in: keyContext) else { return .none }
        return update(action)
    }

    /// Where text is typed, F1 opens the help, and `?` only where it would not be typed
    /// into text (at the start of an empty line, on a list field).
    private func asksForHelp(_ key: Key, freeToAsk: Bool) -> Bool {
        key == .function(1) || (key == .char("?") && freeToAsk)
    }

    /// `?` and F1: the help of what is in front, over it; again (or Esc) closes it.
    mutating func toggleHelp() {
        switch overlay {
        case .help?: overlay = nil
        case .helpOver(let under)?: overlay = under
        case nil: overlay = .help
        case let other?: overlay = .helpOver(other)
        }
    }
}
