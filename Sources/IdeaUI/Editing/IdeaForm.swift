import IdeaModel

/// The form of an idea: what a new idea asks for and an edit changes. Builds the form
/// from the database, checks it field by field in the user's language, and turns it
/// into the model's command.
enum IdeaForm {
    static func new(author: String?, _ db: Database, _ s: Strings) -> Form {
        let draft = IdeaDraft(title: "", authorId: author ?? "", sectors: [], district: "")
        return Form(title: s.edit.formNewIdea, kind: .newIdea, fields: fields(draft, db, s))
    }

    static func edit(_ idea: Idea, _ db: Database, _ s: Strings) -> Form {
        Form(title: s.edit.formEditIdea(idea.title), kind: .editIdea(idea.id), fields: fields(IdeaDraft(idea), db, s))
    }

    static func fields(_ d: IdeaDraft, _ db: Database, _ s: Strings) -> [FormField] {
        let e = s.edit
        let people = db.people.sorted { LithuanianOrder.less($0.name, $1.name) }
            .map { Picker.Option(id: $0.id, label: $0.name, detail: $0.roles.map(s.role).joined(separator: ", ")) }
        var tagUse: [String: Int] = [:]
        for idea in db.ideas { for tag in idea.tags { tagUse[tag, default: 0] += 1 } }
        let tags = tagUse.keys.sorted { LithuanianOrder.less($0, $1) }
            .map { Picker.Option(id: $0, label: $0, detail: e.timesUsed(tagUse[$0] ?? 0)) }
        return [
            .line("title", s.colTitle, d.title),
            .area("summary", s.ideaSummary, d.summary),
            .area("problem", s.ideaProblem, d.problem),
            .area("impact", s.ideaImpact, d.impact),
            .choice("sectors", s.colSectors, d.sectors.map(\.rawValue),
                    options: Sector.allCases.sorted().map { sector in
                        Picker.Option(id: sector.rawValue, label: s.sector(sector),
                                      keywords: Lang.allCases.map { Strings.of($0).sector(sector) }.joined(separator: " "))
                    }, multiple: true),
            .choice("district", s.colDistrict, d.district.isEmpty ? [] : [d.district],
                    options: db.districts.map { Picker.Option(id: $0, label: $0) }),
            .choice("tags", s.ideaTags, d.tags, options: tags, multiple: true, allowsNew: true),
            .choice("author", s.ideaAuthor, d.authorId.isEmpty ? [] : [d.authorId], options: people),
            .line("funding", e.fundingNeedLabel, d.fundingNeed.map(String.init) ?? ""),
        ]
    }

    /// The problems of each field, in the user's language; empty when it can be saved.
    static func problems(_ form: Form, _ db: Database, _ s: Strings) -> [String: String] {
        let e = s.edit
        var out: [String: String] = [:]
        if (form.field("title")?.text.trimmedForModel ?? "").isEmpty { out["title"] = e.titleNeeded }
        if (form.field("sectors")?.chosen ?? []).isEmpty { out["sectors"] = e.sectorNeeded }
        let district = form.field("district")?.chosen.first ?? ""
        if !db.districts.contains(district) { out["district"] = e.districtNeeded }
        let author = form.field("author")?.chosen.first ?? ""
        if !db.people.contains(where: { $0.id == author }) { out["author"] = e.authorNeeded }
        let funding = form.field("funding")?.text.trimmedForModel ?? ""
        if !funding.isEmpty && fundingNeed(funding) == nil { out["funding"] = e.fundingWholeEuros }
        return out
    }

    /// "1500", "1 500", "1500 €" → 1500; anything else (fractions, below 0) → nil.
    static func fundingNeed(_ text: String) -> Int? {
        let digits = text.filter { !$0.isWhitespace && $0 != "€" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0 else { return nil }
        return n
    }

    /// The command the form asks for (call when `problems` is empty).
    static func command(_ form: Form) -> Command {
        let funding = form.field("funding")?.text.trimmedForModel ?? ""
        let draft = IdeaDraft(
            title: form.field("title")?.text.trimmedForModel ?? "",
            summary: form.field("summary")?.text ?? "",
            problem: form.field("problem")?.text ?? "",
            impact: form.field("impact")?.text ?? "",
            authorId: form.field("author")?.chosen.first ?? "",
            sectors: (form.field("sectors")?.chosen ?? []).compactMap(Sector.init(rawValue:)),
            district: form.field("district")?.chosen.first ?? "",
            tags: form.field("tags")?.chosen ?? [],
            fundingNeed: funding.isEmpty ? nil : fundingNeed(funding))
        if case .editIdea(let id) = form.kind { return .editIdea(ideaId: id, draft) }
        return .addIdea(draft)
    }
}
