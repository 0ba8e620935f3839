import IdeaModel

/// Typed text survives the app being stopped: Ctrl-C asks first, as Esc does; a signal
/// that ends the app keeps the open form as a draft (the terminal writes it beside the
/// database), and the next start offers it back.
extension AppState {
    /// The form with typed text that is not saved yet: the open one, or the one waiting
    /// under a conflict.
    public var unsavedForm: Form? {
        if case .form(let form)? = overlay, form.isChanged { return form }
        if let form = heldForm, form.isChanged { return form }
        return nil
    }

    /// Ctrl-C: with typed text in the open form, asks whether to throw it away, as Esc
    /// does, and returns true (the app goes on). False when there is nothing to ask.
    public mutating func askBeforeInterrupting() -> Bool {
        guard case .form(var form)? = overlay, form.isChanged, !form.askingToDiscard else { return false }
        form.askingToDiscard = true
        overlay = .form(form)
        return true
    }

    /// What to keep when the app must stop now, if anything.
    public func draft(at now: Timestamp) -> Draft? {
        unsavedForm.map { Draft(form: $0, person: actor, at: now) }
    }

    /// Offers a kept draft back, over whatever is on screen.
    public mutating func offerDraft(_ draft: Draft) {
        let s = strings.saving
        overlay = .notice(Notice(title: s.draftTitle, lines: [s.draftFound(draft.title, Self.minute(draft.savedAt)), "", s.draftQuestion],
                                 draft: draft))
    }

    /// "2026-11-26 03:37 UTC".
    static func minute(_ t: Timestamp) -> String {
        String(t.text.prefix(16)).replacingFirst("T", with: " ") + " UTC"
    }

    mutating func takeDraft() -> Effect {
        guard case .notice(let notice)? = overlay, let draft = notice.draft else { return .none }
        guard let form = draft.form(in: self) else {
            overlay = nil
            message = strings.saving.draftGone
            return .none
        }
        overlay = .form(form)
        return .forgetDraft
    }

    mutating func dropDraft() -> Effect {
        guard case .notice(let notice)? = overlay, notice.draft != nil else { return .none }
        overlay = nil
        message = strings.saving.draftDropped
        return .forgetDraft
    }
}

private extension String {
    func replacingFirst(_ target: Character, with text: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + text + String(self[index(after: i)...])
    }
}
