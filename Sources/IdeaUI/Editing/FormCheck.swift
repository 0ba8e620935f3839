import IdeaModel

/// Reads a form's fields for a command and collects every field's problem on the way,
/// so a form's rules are written once: what it needs and what it makes.
struct FormCheck {
    let form: Form
    let s: FormStrings
    private(set) var problems: [String: String] = [:]

    init(_ form: Form, _ s: FormStrings) {
        self.form = form
        self.s = s
    }

    mutating func problem(_ id: String, _ text: String) { if problems[id] == nil { problems[id] = text } }

    /// Trimmed text; "" (and a problem) when required and empty.
    mutating func text(_ id: String, required: Bool = true) -> String {
        let text = form.field(id)?.text.trimmedForModel ?? ""
        if required && text.isEmpty { problem(id, s.required) }
        return text
    }

    /// The one chosen id; "" (and a problem) when nothing is chosen.
    mutating func choice(_ id: String) -> String {
        guard let chosen = form.field(id)?.chosen.first else {
            problem(id, s.chooseOne)
            return ""
        }
        return chosen
    }

    mutating func choices(_ id: String, atLeastOne: Bool = false) -> [String] {
        let chosen = form.field(id)?.chosen ?? []
        if atLeastOne && chosen.isEmpty { problem(id, s.chooseAtLeastOne) }
        return chosen
    }

    /// A whole number of at least `minimum`; nil when empty and not required.
    mutating func number(_ id: String, required: Bool = true, minimum: Int = 0) -> Int? {
        let text = form.field(id)?.text.filter { !$0.isWhitespace && $0 != "€" } ?? ""
        if text.isEmpty {
            if required { problem(id, s.required) }
            return nil
        }
        guard text.allSatisfy(\.isASCII), let n = Int(text), n >= minimum else {
            problem(id, s.wholeNumberFrom(minimum))
            return nil
        }
        return n
    }

    mutating func day(_ id: String) -> Day? {
        let text = form.field(id)?.text.trimmedForModel ?? ""
        guard let day = Day(text: text) else {
            problem(id, s.dateLike)
            return nil
        }
        return day
    }

    /// A time of day, or nil when left empty.
    mutating func time(_ id: String) -> ClockTime? {
        let text = form.field(id)?.text.trimmedForModel ?? ""
        guard !text.isEmpty else { return nil }
        guard let time = ClockTime(text: text) else {
            problem(id, s.timeLike)
            return nil
        }
        return time
    }

    /// The command when no field has a problem.
    func result(_ command: Command) -> Result<Command, FormProblems> {
        problems.isEmpty ? .success(command) : .failure(FormProblems(byField: problems))
    }
}

/// The problems of a form's fields, by field id.
struct FormProblems: Error, Equatable {
    var byField: [String: String]
}
