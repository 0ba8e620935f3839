import IdeaModel

/// Closing and confirming what is in front: the help, a menu, a question, a prompt, a
/// form, a picker, or the line being typed. Each is closed or confirmed the way its own
/// Esc or Enter does it, so a click on "cancel" or "confirm" in the status line acts
/// exactly like the key.
extension AppState {
    /// Esc, `q` in a menu, "close" or "cancel" clicked.
    mutating func closeWindow() -> Effect {
        switch overlay {
        case .help?, .helpOver?: toggleHelp()
        case .form?: cancelForm()
        case .picker?: return cancelPicker()
        case .prompt?: cancelPrompt()
        case nil where searchInput != nil || filterInput != nil: cancelLine()
        case .reasons?: closeReasons()
        default: overlay = nil
        }
        return .none
    }

    /// Enter, `y`, Ctrl-S, "confirm" or "save" clicked.
    mutating func submitWindow() -> Effect {
        if overlay == nil, searchInput != nil || filterInput != nil {
            endLine()
            return .none
        }
        switch overlay {
        case .prompt?: return answerPrompt()
        case .form?: return saveForm()
        case .picker?: return choosePicker()
        case .notice(let notice)?:
            overlay = nil
            if let command = notice.confirm { return .edit(.apply(command)) }
        default: break
        }
        return .none
    }
}
