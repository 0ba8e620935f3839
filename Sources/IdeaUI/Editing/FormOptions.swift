import IdeaModel

/// The lists pickers choose from, each in the order a person looks for them.
enum FormOptions {
    static func people(_ db: Database, _ s: Strings, only ids: [String]? = nil) -> [Picker.Option] {
        let wanted = ids.map(Set.init)
        return db.people.filter { wanted?.contains($0.id) ?? true }
            .sorted { LithuanianOrder.less($0.name, $1.name) }
            .map { Picker.Option(id: $0.id, label: $0.name, detail: ($0.sectors.map(s.sector) + $0.skills).joined(separator: ", "),
                                 keywords: $0.roles.map(s.role).joined(separator: " ")) }
    }

    /// Mentors with their load, those with room first.
    static func mentors(_ db: Database, _ s: Strings, only ids: [String]? = nil) -> [Picker.Option] {
        let wanted = ids.map(Set.init)
        let mentors = db.people.filter { $0.mentor != nil && (wanted?.contains($0.id) ?? true) }
        let load = { (p: Person) in Gates.mentorLoad(p.id, in: db) }
        return mentors.sorted { a, b in
            let roomA = (a.mentor?.capacity ?? 0) > load(a), roomB = (b.mentor?.capacity ?? 0) > load(b)
            return roomA != roomB ? roomA : LithuanianOrder.less(a.name, b.name)
        }.map { p in
            Picker.Option(id: p.id, label: p.name,
                          detail: s.forms.mentorLoad(load(p), p.mentor?.capacity ?? 0) + " · " + (p.mentor?.expertise ?? []).joined(separator: ", "))
        }
    }

    static func ideas(_ db: Database, _ s: Strings, stages: Set<Stage>? = nil) -> [Picker.Option] {
        db.ideas.filter { stages?.contains($0.stage) ?? true }
            .sorted { LithuanianOrder.less($0.title, $1.title) }
            .map { Picker.Option(id: $0.id, label: $0.title, detail: s.stage($0.stage) + " · " + $0.district) }
    }

    /// Forums, newest first.
    static func forums(_ db: Database, _ s: Strings) -> [Picker.Option] {
        db.forums.sorted { $0.day > $1.day }
            .map { Picker.Option(id: $0.id, label: $0.title, detail: s.date($0.day) + " · " + $0.place) }
    }

    static func sessions(_ db: Database, _ s: Strings, track: String? = nil) -> [Picker.Option] {
        db.sessions.filter { track == nil || $0.trackId == track }
            .sorted { $0.day < $1.day }
            .map { session in
                Picker.Option(id: session.id, label: stageName(session, db) + " · " + s.date(session.day), detail: session.place)
            }
    }

    static func stageName(_ session: WorkshopSession, _ db: Database) -> String {
        db.tracks.first { $0.id == session.trackId }?.stages.first { $0.id == session.stageId }?.name ?? session.stageId
    }

    static func teams(_ db: Database, _ s: Strings, track: String? = nil) -> [Picker.Option] {
        db.teams.filter { track == nil || $0.trackId == track }
            .map { team in (team, db.ideas.first { $0.id == team.ideaId }?.title ?? team.ideaId) }
            .sorted { LithuanianOrder.less($0.1, $1.1) }
            .map { team, title in Picker.Option(id: team.id, label: title, detail: db.people.first { $0.id == team.leadId }?.name ?? "") }
    }

    static func sectors(_ s: Strings) -> [Picker.Option] {
        Sector.allCases.sorted().map { sector in
            Picker.Option(id: sector.rawValue, label: s.sector(sector),
                          keywords: Lang.allCases.map { Strings.of($0).sector(sector) }.joined(separator: " "))
        }
    }

    static func districts(_ db: Database) -> [Picker.Option] {
        db.districts.map { Picker.Option(id: $0, label: $0) }
    }

    static func features(_ s: Strings) -> [Picker.Option] {
        VenueFeature.allCases.map { Picker.Option(id: $0.rawValue, label: s.feature($0)) }
    }

    /// Every skill anyone has or a role wants, by how often it appears.
    static func skills(_ db: Database) -> [Picker.Option] {
        var count: [String: Int] = [:]
        for person in db.people { for skill in person.skills { count[skill, default: 0] += 1 } }
        for team in db.teams { for role in team.openRoles { for skill in role.skills { count[skill, default: 0] += 1 } } }
        return count.keys.sorted { LithuanianOrder.less($0, $1) }.map { Picker.Option(id: $0, label: $0) }
    }
}
