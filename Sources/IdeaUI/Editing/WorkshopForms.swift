import IdeaModel

/// Forms of workshops and funding: new sessions, a session's attendance, sponsors, pledges.
enum WorkshopForms {
    static func newSession(_ db: Database, _ s: Strings, today: Day) -> Form {
        let f = s.forms
        let stages = db.tracks.flatMap { track in
            track.stages.map { Picker.Option(id: track.id + "/" + $0.id, label: $0.name, detail: track.name) }
        }
        return Form(title: f.actNewSession, kind: .newSession, fields: [
            .choice("stage", f.fStage, [], options: stages),
            .line("date", f.fDate, today.text),
            .line("place", f.fPlace, ""),
        ])
    }

    /// Attendance from a session: the teams enrolled in its track that were not there yet.
    static func attendance(_ session: WorkshopSession, _ db: Database, _ s: Strings) -> Form {
        let open = FormOptions.teams(db, s, track: session.trackId).filter { !session.attendance.contains($0.id) }
        return Form(title: s.forms.titled(s.forms.actAttendance, FormOptions.stageName(session, db)),
                    kind: .attendance(teamId: nil, sessionId: session.id),
                    fields: [.choice("team", s.forms.fTeam, [], options: open)])
    }

    static func newSponsor(_ s: Strings) -> Form {
        let f = s.forms
        return Form(title: f.actNewSponsor, kind: .newSponsor, fields: [
            .line("name", f.fName, ""),
            .choice("kind", f.fKind, [], options: SponsorKind.allCases.map { Picker.Option(id: $0.rawValue, label: f.sponsorKind($0)) }),
        ])
    }

    static func pledge(ideaId: String?, _ db: Database, _ s: Strings) -> Form {
        let f = s.forms
        var fields: [FormField] = [
            .choice("sponsor", f.fSponsor, [], options: db.sponsors.sorted { LithuanianOrder.less($0.name, $1.name) }
                .map { Picker.Option(id: $0.id, label: $0.name, detail: f.sponsorKind($0.kind)) }),
        ]
        if ideaId == nil { fields.append(.choice("idea", f.fIdea, [], options: FormOptions.ideas(db, s))) }
        fields += [.line("amount", f.fAmount, ""), .line("inKind", f.fInKind, "")]
        let about = ideaId.flatMap { id in db.ideas.first { $0.id == id }?.title }
        return Form(title: about.map { f.titled(f.actPledge, $0) } ?? f.actPledge, kind: .pledge(ideaId: ideaId), fields: fields)
    }

    static func submit(_ form: Form, _ s: Strings) -> Result<Command, FormProblems>? {
        var c = FormCheck(form, s.forms)
        switch form.kind {
        case .newSession:
            let parts = c.choice("stage").split(separator: "/", maxSplits: 1).map(String.init)
            let day = c.day("date")
            let place = c.text("place")
            return c.result(.addWorkshopSession(trackId: parts.first ?? "", stageId: parts.count > 1 ? parts[1] : "",
                                                day: day ?? Day(daysSinceEpoch: 0), place: place))
        case .newSponsor:
            let name = c.text("name")
            let kind = SponsorKind(rawValue: c.choice("kind")) ?? .business
            return c.result(.addSponsor(name: name, kind: kind))
        case .pledge(let ideaId):
            let sponsor = c.choice("sponsor")
            let idea = ideaId ?? c.choice("idea")
            let amount = c.number("amount", required: false, minimum: 1)
            let inKind = c.text("inKind", required: false)
            if amount == nil && inKind.isEmpty && c.problems["amount"] == nil { c.problem("amount", s.forms.moneyOrKind) }
            return c.result(.addPledge(sponsorId: sponsor, ideaId: idea, amount: amount, inKind: inKind.isEmpty ? nil : inKind))
        default:
            return nil
        }
    }
}
