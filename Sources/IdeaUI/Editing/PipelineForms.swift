import IdeaModel

/// Forms of an idea's way to the festival: its plan, forum outcomes, new forums.
enum PipelineForms {
    static func plan(_ idea: Idea, _ db: Database, _ s: Strings) -> Form {
        let f = s.forms
        let p = idea.plan
        return Form(title: f.titled(f.actPlan, idea.title), kind: .plan(ideaId: idea.id), fields: [
            .line("duration", f.fDuration, p.map { String($0.durationMinutes) } ?? String(db.festival.gridMinutes * 4)),
            .line("audience", f.fAudience, p.map { String($0.audience) } ?? ""),
            .choice("features", f.fFeatures, p?.features.map(\.rawValue) ?? [], options: FormOptions.features(s), multiple: true),
            .choice("districts", f.fDistricts, p?.districts ?? [idea.district], options: FormOptions.districts(db), multiple: true),
            .line("earliest", f.fEarliest, p?.earliest?.text ?? ""),
            .line("latest", f.fLatest, p?.latest?.text ?? ""),
        ])
    }

    static func submitPlan(_ form: Form, ideaId: String, _ s: Strings) -> Result<Command, FormProblems> {
        var c = FormCheck(form, s.forms)
        let duration = c.number("duration", minimum: 1) ?? 0
        let audience = c.number("audience", minimum: 1) ?? 0
        let features = c.choices("features").compactMap(VenueFeature.init(rawValue:))
        let districts = c.choices("districts", atLeastOne: true)
        let earliest = c.time("earliest"), latest = c.time("latest")
        if let earliest, let latest, latest <= earliest { c.problem("latest", s.forms.notLaterThanStart) }
        return c.result(.setPlan(ideaId: ideaId, InterventionPlan(durationMinutes: duration, features: features, audience: audience,
                                                                  districts: districts, earliest: earliest, latest: latest)))
    }

    static func discussion(forumId: String?, ideaId: String?, _ db: Database, _ s: Strings, today: Day) -> Form {
        let f = s.forms
        var fields: [FormField] = []
        // The forum most likely meant: the latest one already held.
        let held = db.forums.filter { $0.day <= today }.max { $0.day < $1.day }
        if forumId == nil { fields.append(.choice("forum", f.fForum, held.map { [$0.id] } ?? [], options: FormOptions.forums(db, s))) }
        if ideaId == nil { fields.append(.choice("idea", f.fIdea, [], options: FormOptions.ideas(db, s, stages: [.shared, .refined]))) }
        fields.append(.area("outcome", f.fOutcome, ""))
        let about = ideaId.flatMap { id in db.ideas.first { $0.id == id }?.title }
            ?? forumId.flatMap { id in db.forums.first { $0.id == id }?.title } ?? ""
        return Form(title: f.titled(f.actDiscussion, about), kind: .discussion(forumId: forumId, ideaId: ideaId), fields: fields)
    }

    static func submitDiscussion(_ form: Form, forumId: String?, ideaId: String?, _ s: Strings) -> Result<Command, FormProblems> {
        var c = FormCheck(form, s.forms)
        let forum = forumId ?? c.choice("forum")
        let idea = ideaId ?? c.choice("idea")
        let outcome = c.text("outcome")
        return c.result(.recordDiscussion(forumId: forum, ideaId: idea, outcome: outcome))
    }

    static func newForum(_ db: Database, _ s: Strings, today: Day, actor: String?) -> Form {
        let f = s.forms
        return Form(title: f.actNewForum, kind: .newForum, fields: [
            .line("title", f.fTitle, ""),
            .line("date", f.fDate, today.text),
            .line("place", f.fPlace, ""),
            .choice("hosts", f.fHosts, actor.map { [$0] } ?? [], options: FormOptions.people(db, s), multiple: true),
        ])
    }

    static func submitNewForum(_ form: Form, _ s: Strings) -> Result<Command, FormProblems> {
        var c = FormCheck(form, s.forms)
        let title = c.text("title")
        let day = c.day("date")
        let place = c.text("place")
        let hosts = c.choices("hosts")
        return c.result(.createForum(title: title, day: day ?? Day(daysSinceEpoch: 0), place: place, hostIds: hosts))
    }
}
