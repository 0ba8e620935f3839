import IdeaModel

extension AppState {
    /// Rows a picker shows at the current size.
    var pickerHeight: Int { max(1, size.rows - 10) }

    /// `+`: the form of a new idea, with the user as its author.
    mutating func openNewIdea() {
        overlay = .form(IdeaForm.new(author: actor, database, strings))
    }

    /// `e`: the form of the selected idea.
    mutating func openEdit() {
        guard let idea = selectedIdea else {
            message = strings.edit.noIdeaSelected
            return
        }
        if let actor, refuses(FormKind.editIdea(idea.id).probe(actor: actor)) { return }
        overlay = .form(IdeaForm.edit(idea, database, strings))
    }

    /// Keys while a form is open (and its picker, when one is).
    mutating func typeInForm(_ key: Key) -> Effect {
        guard case .form(var form)? = overlay else { return .none }
        if form.picker != nil {
            form.handlePicker(key, height: pickerHeight)
            overlay = .form(form)
            return .none
        }
        let outcome = form.handle(key)
        return settleForm(form, outcome)
    }

    /// Esc (or "cancel" clicked): the form's picker closes, else the form (asking first
    /// when something was changed).
    mutating func cancelForm() {
        guard case .form(var form)? = overlay else { return }
        if form.picker != nil {
            form.cancelPicker()
            overlay = .form(form)
            return
        }
        let outcome = form.cancel()
        _ = settleForm(form, outcome)
    }

    /// Ctrl-S (or "save" clicked): the form is checked and saved; with its picker open,
    /// the picker chooses, as Enter does there ("confirm" is what the status line offers).
    mutating func saveForm() -> Effect {
        guard case .form(var form)? = overlay else { return .none }
        if form.picker != nil {
            form.choosePicker()
            overlay = .form(form)
            return .none
        }
        let outcome = form.save()
        return settleForm(form, outcome)
    }

    /// Tab and Shift-Tab: the next or previous field (not while the picker is open).
    mutating func focusFormField(by delta: Int) {
        guard case .form(var form)? = overlay, form.picker == nil else { return }
        let outcome = form.nextField(by: delta)
        _ = settleForm(form, outcome)
    }

    private mutating func settleForm(_ form: Form, _ outcome: Form.Outcome) -> Effect {
        switch outcome {
        case .open:
            overlay = .form(form)
        case .cancelled:
            overlay = nil
        case .submitted:
            return submit(form)
        }
        return .none
    }

    /// Checks the form; when every field is valid, asks for the change and keeps the form
    /// open until it is saved (a refusal then shows in the form, nothing typed is lost).
    private mutating func submit(_ form: Form) -> Effect {
        var checked = form
        checked.refusal = nil
        switch FormCatalog.submit(form, database, strings) {
        case .failure(let problems):
            checked.setProblems(problems.byField)
            overlay = .form(checked)
            message = strings.edit.fixProblems
            return .none
        case .success(let command):
            checked.setProblems([:])
            overlay = .form(checked)
            return .edit(.apply(command))
        }
    }

    /// Keys while the "who are you" picker is open.
    mutating func typeInPicker(_ key: Key) -> Effect {
        guard case .picker(var picker)? = overlay else { return .none }
        let outcome = picker.handle(key, height: pickerHeight)
        return settlePicker(picker, outcome)
    }

    /// Enter (or "confirm" clicked) in the picker.
    mutating func choosePicker() -> Effect {
        guard case .picker(var picker)? = overlay else { return .none }
        let outcome = picker.choose()
        return settlePicker(picker, outcome)
    }

    /// Esc (or "cancel" clicked) in the picker.
    mutating func cancelPicker() -> Effect {
        guard case .picker(let picker)? = overlay else { return .none }
        return settlePicker(picker, .cancelled)
    }

    private mutating func settlePicker(_ picker: Picker, _ outcome: Picker.Outcome) -> Effect {
        switch outcome {
        case .open:
            overlay = .picker(picker)
        case .cancelled:
            overlay = nil
            if case .makeRoom(let conflict) = picker.purpose { overlay = .conflict(conflict) }
            if actor == nil { message = strings.edit.chooseYourselfFirst }
        case .chosen(let ids):
            overlay = nil
            if case .place(let venueId, let start) = picker.purpose, let id = ids.first {
                return place(id, venueId: venueId, start: start)
            }
            if case .diagnose = picker.purpose, let id = ids.first {
                showReasons(id)
                return .none
            }
            if case .makeRoom(let conflict) = picker.purpose, let id = ids.first {
                askWhyItGoes(id, conflict)
                return .none
            }
            if case .actor = picker.purpose, let id = ids.first, index.person[id] != nil {
                actor = id
                if route == .dashboard { openHomeForActor() }
                message = strings.edit.youAre(database.people[index.person[id] ?? 0].name)
            }
        }
        return .none
    }

    /// Asks who is using the app: a searchable list of everyone, facilitators first.
    public mutating func askWhoYouAre() {
        let people = database.people.sorted { a, b in
            a.has(.facilitator) != b.has(.facilitator) ? a.has(.facilitator) : LithuanianOrder.less(a.name, b.name)
        }
        let options = people.map { Picker.Option(id: $0.id, label: $0.name, detail: $0.roles.map(strings.role).joined(separator: ", ")) }
        overlay = .picker(Picker(title: strings.edit.whoAreYou, purpose: .actor, options: options))
    }

    /// The name of the person using the app, for the status line.
    public var actorName: String? {
        actor.flatMap { index.person[$0] }.map { database.people[$0].name }
    }
}
