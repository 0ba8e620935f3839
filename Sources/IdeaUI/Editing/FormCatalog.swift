import IdeaModel

/// Opens the form of a kind for the current data, and turns a filled-in form into the
/// model's command (or the problems of its fields).
enum FormCatalog {
    /// The form, or nil when a record it is about no longer exists.
    static func form(_ kind: FormKind, _ state: AppState) -> Form? {
        let db = state.database, s = state.strings
        let idea = { (id: String) in db.ideas.first { $0.id == id } }
        let team = { (id: String) in db.teams.first { $0.id == id } }
        switch kind {
        case .newIdea: return IdeaForm.new(author: state.actor, db, s)
        case .editIdea(let id): return idea(id).map { IdeaForm.edit($0, db, s) }
        case .plan(let id): return idea(id).map { PipelineForms.plan($0, db, s) }
        case .discussion(let forumId, let ideaId): return PipelineForms.discussion(forumId: forumId, ideaId: ideaId, db, s, today: state.today)
        case .newForum: return PipelineForms.newForum(db, s, today: state.today, actor: state.actor)
        case .createTeam(let id): return idea(id).map { TeamForms.createTeam($0, db, s) }
        case .addMember(let id), .removeMember(let id), .openRole(let id), .removeRole(let id),
             .assignMentor(let id), .removeMentor(let id), .enroll(let id), .invite(let id, _), .setLead(let id),
             .memberRole(let id):
            return team(id).flatMap { TeamForms.form(kind, $0, db, s) }
        case .attendance(let teamId?, _): return team(teamId).flatMap { TeamForms.form(kind, $0, db, s) }
        case .attendance(nil, let sessionId):
            return sessionId.flatMap { id in db.sessions.first { $0.id == id } }.map { WorkshopForms.attendance($0, db, s) }
        case .newSession: return WorkshopForms.newSession(db, s, today: state.today)
        case .newSponsor: return WorkshopForms.newSponsor(s)
        case .pledge(let ideaId): return WorkshopForms.pledge(ideaId: ideaId, db, s)
        case .newVenue: return FestivalForms.venue(nil, db, s)
        case .editVenue(let id): return db.venues.first { $0.id == id }.map { FestivalForms.venue($0, db, s) }
        case .festival: return FestivalForms.settings(db, s)
        }
    }

    static func submit(_ form: Form, _ db: Database, _ s: Strings) -> Result<Command, FormProblems> {
        switch form.kind {
        case .newIdea, .editIdea:
            let problems = IdeaForm.problems(form, db, s)
            return problems.isEmpty ? .success(IdeaForm.command(form)) : .failure(FormProblems(byField: problems))
        case .plan(let ideaId): return PipelineForms.submitPlan(form, ideaId: ideaId, s)
        case .discussion(let forumId, let ideaId): return PipelineForms.submitDiscussion(form, forumId: forumId, ideaId: ideaId, s)
        case .newForum: return PipelineForms.submitNewForum(form, s)
        case .newVenue: return FestivalForms.submitVenue(form, id: nil, s)
        case .editVenue(let id): return FestivalForms.submitVenue(form, id: id, s)
        case .festival: return FestivalForms.submitSettings(form, db, s)
        case .newSession, .newSponsor, .pledge:
            return WorkshopForms.submit(form, s) ?? .failure(FormProblems(byField: [:]))
        default:
            return TeamForms.submit(form, s) ?? .failure(FormProblems(byField: [:]))
        }
    }
}
