import IdeaModel

/// What was typed into a form that was still open when the app had to stop (the terminal
/// closed, the server shut down): kept in a file beside the database and offered back the
/// next time the same person starts idea-tui. Only the form's kind and its fields' values
/// are kept; the form itself is made again from the data as it is then.
public struct Draft: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(String)
        case chosen([String])
    }

    public var person: String?
    public var savedAt: Timestamp
    public var kind: FormKind
    /// The form's title when it was kept ("Edit “Žalias kiemas”").
    public var title: String
    public var values: [String: Value]

    public init(form: Form, person: String?, at: Timestamp) {
        self.person = person
        savedAt = at
        kind = form.kind
        title = form.title
        var values: [String: Value] = [:]
        for field in form.fields {
            switch field.value {
            case .line, .area: values[field.id] = .text(field.text)
            case .choice(let ids): values[field.id] = .chosen(ids)
            }
        }
        self.values = values
    }

    /// The form of this kind for the data as it is now, with the kept values put back;
    /// nil when the record it was about is gone.
    public func form(in state: AppState) -> Form? {
        guard var form = FormCatalog.form(kind, state) else { return nil }
        for i in form.fields.indices {
            switch (values[form.fields[i].id], form.fields[i].value) {
            case (.text(let text)?, .line):
                form.fields[i].value = .line(LineEditor(text))
            case (.text(let text)?, .area):
                form.fields[i].value = .area(TextArea(text))
            case (.chosen(let ids)?, .choice):
                form.fields[i].value = .choice(ids)
            default:
                break
            }
        }
        return form
    }

    // MARK: The file

    public var json: JSONValue {
        var fields: [String: JSONValue] = [:]
        for (id, value) in values {
            switch value {
            case .text(let text): fields[id] = .string(text)
            case .chosen(let ids): fields[id] = .array(ids.map { .string($0) })
            }
        }
        var object: [String: JSONValue] = [
            "savedAt": .string(savedAt.text), "form": .array(kind.parts.map { $0.map(JSONValue.string) ?? .null }),
            "title": .string(title), "fields": .object(fields),
        ]
        if let person { object["person"] = .string(person) }
        return .object(object)
    }

    public var bytes: [UInt8] { JSONWriter().write(json) }

    public init?(bytes: [UInt8]) {
        guard let value = try? JSONParser.parse(bytes) else { return nil }
        self.init(json: value)
    }

    public init?(json: JSONValue) {
        guard case .object(let o) = json, case .string(let at)? = o["savedAt"], let savedAt = Timestamp(text: at),
              case .array(let parts)? = o["form"], case .string(let title)? = o["title"],
              case .object(let fields)? = o["fields"] else { return nil }
        let strings = parts.map { part -> String? in
            if case .string(let s) = part { return s }
            return nil
        }
        guard let kind = FormKind(parts: strings) else { return nil }
        var values: [String: Value] = [:]
        for (id, value) in fields {
            switch value {
            case .string(let text): values[id] = .text(text)
            case .array(let items):
                values[id] = .chosen(items.compactMap { if case .string(let s) = $0 { return s } else { return nil } })
            default: return nil
            }
        }
        if case .string(let person)? = o["person"] { self.person = person } else { person = nil }
        self.savedAt = savedAt
        self.kind = kind
        self.title = title
        self.values = values
    }
}

extension FormKind {
    /// The kind as words for a file: its name, then the ids it is about (nil for none).
    var parts: [String?] {
        switch self {
        case .newIdea: return ["newIdea"]
        case .editIdea(let id): return ["editIdea", id]
        case .plan(let id): return ["plan", id]
        case .discussion(let forum, let idea): return ["discussion", forum, idea]
        case .newForum: return ["newForum"]
        case .createTeam(let id): return ["createTeam", id]
        case .addMember(let id): return ["addMember", id]
        case .removeMember(let id): return ["removeMember", id]
        case .openRole(let id): return ["openRole", id]
        case .removeRole(let id): return ["removeRole", id]
        case .assignMentor(let id): return ["assignMentor", id]
        case .removeMentor(let id): return ["removeMentor", id]
        case .enroll(let id): return ["enroll", id]
        case .invite(let team, let role): return ["invite", team, role]
        case .setLead(let id): return ["setLead", id]
        case .memberRole(let id): return ["memberRole", id]
        case .attendance(let team, let session): return ["attendance", team, session]
        case .newSession: return ["newSession"]
        case .newSponsor: return ["newSponsor"]
        case .pledge(let id): return ["pledge", id]
        case .newVenue: return ["newVenue"]
        case .editVenue(let id): return ["editVenue", id]
        case .festival: return ["festival"]
        }
    }

    init?(parts: [String?]) {
        guard let name = parts.first ?? nil else { return nil }
        let a = parts.count > 1 ? parts[1] : nil, b = parts.count > 2 ? parts[2] : nil
        switch (name, a, b) {
        case ("newIdea", _, _): self = .newIdea
        case ("editIdea", let id?, _): self = .editIdea(id)
        case ("plan", let id?, _): self = .plan(ideaId: id)
        case ("discussion", _, _): self = .discussion(forumId: a, ideaId: b)
        case ("newForum", _, _): self = .newForum
        case ("createTeam", let id?, _): self = .createTeam(ideaId: id)
        case ("addMember", let id?, _): self = .addMember(teamId: id)
        case ("removeMember", let id?, _): self = .removeMember(teamId: id)
        case ("openRole", let id?, _): self = .openRole(teamId: id)
        case ("removeRole", let id?, _): self = .removeRole(teamId: id)
        case ("assignMentor", let id?, _): self = .assignMentor(teamId: id)
        case ("removeMentor", let id?, _): self = .removeMentor(teamId: id)
        case ("enroll", let id?, _): self = .enroll(teamId: id)
        case ("invite", let team?, let role?): self = .invite(teamId: team, roleId: role)
        case ("setLead", let id?, _): self = .setLead(teamId: id)
        case ("memberRole", let id?, _): self = .memberRole(teamId: id)
        case ("attendance", _, _): self = .attendance(teamId: a, sessionId: b)
        case ("newSession", _, _): self = .newSession
        case ("newSponsor", _, _): self = .newSponsor
        case ("pledge", _, _): self = .pledge(ideaId: a)
        case ("newVenue", _, _): self = .newVenue
        case ("editVenue", let id?, _): self = .editVenue(id)
        case ("festival", _, _): self = .festival
        default: return nil
        }
    }
}
