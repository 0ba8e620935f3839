/// Which ideas to show: by stage, sector, district and text. Empty criteria match all.
public struct IdeaFilter: Equatable, Sendable {
    public var stages: Set<Stage> = []
    public var sectors: Set<Sector> = []
    public var districts: Set<String> = []
    /// Words that must all occur in the title, summary, tags, district or author's name,
    /// ignoring case and diacritics.
    public var text: String = ""

    public init(stages: Set<Stage> = [], sectors: Set<Sector> = [], districts: Set<String> = [], text: String = "") {
        self.stages = stages
        self.sectors = sectors
        self.districts = districts
        self.text = text
    }

    public func apply(to db: Database) -> [Idea] {
        var names: [String: String] = [:]
        if !text.isEmpty { for p in db.people { names[p.id] = p.name } }
        let foldedDistricts = Set(districts.map(SearchText.fold))
        let words = SearchText.fold(text).split(separator: " ")
        return db.ideas.filter { idea in
            if !stages.isEmpty && !stages.contains(idea.stage) { return false }
            if !sectors.isEmpty && sectors.isDisjoint(with: idea.sectors) { return false }
            if !foldedDistricts.isEmpty && !foldedDistricts.contains(SearchText.fold(idea.district)) { return false }
            if words.isEmpty { return true }
            let haystack = SearchText.fold([idea.title, idea.summary, idea.district, names[idea.authorId] ?? ""]
                .joined(separator: " ") + " " + idea.tags.joined(separator: " "))
            return words.allSatisfy { haystack.contains($0) }
        }
    }
}
