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
        switch form.handle(key) {
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
        switch picker.handle(key, height: pickerHeight) {
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
