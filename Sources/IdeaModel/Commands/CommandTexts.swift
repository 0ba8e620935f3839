extension Command {
    /// Every text an add carries, named field by field: an import checks the length of
    /// 100,000 of them, and finding them by reflection costs more than the rest of the
    /// add. Nil for the other commands, whose texts are found by reflection. A test
    /// compares these lists with reflection's, so a field added later cannot be missed.
    var namedTexts: [String]? {
        switch self {
        case .addPerson(let p):
            return [p.id, p.name] + (p.organisation.map { [$0] } ?? []) + p.skills
                + [p.contact?.email, p.contact?.phone].compactMap { $0 }
                + (p.mentor.map { $0.expertise + $0.districts } ?? [])
        case .addIdea(let d):
            return [d.title, d.summary, d.problem, d.impact, d.authorId, d.district] + d.tags
        default:
            return nil
        }
    }
}
