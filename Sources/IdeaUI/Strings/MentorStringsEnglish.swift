import IdeaModel

extension MentorStrings {
    public static let en = MentorStrings(
        homeTitle: { name in "Mentoring · \(name)" },
        myTeams: "My teams",
        needMentor: "Teams you could take on",
        rankedByFit: "best fit first",
        noTeamsYet: "You mentor no team yet: take one on from the list below (t).",
        noTeamsNeed: "No team needs a mentor just now.",
        moreTeams: { n in "… and \(n) more with a lower fit: the Teams screen (5) lists them all." },
        nextWorkshop: { date, stage in "next workshop \(date) · \(stage)" },
        noWorkshopPlanned: "no workshop planned",
        needs: "needs",
        readyForNext: "ready to move on",
        fitLabel: "fit",
        reason: { fit, s in
            // Each reason with its points (the model's weights), so the score adds up on screen.
            let p = MentorFit.Points.self, pts = ScreenStrings.signed
            var parts: [String] = []
            if !fit.tags.isEmpty { parts.append("tags: " + fit.tags.joined(separator: ", ") + " " + pts(p.tag * fit.tags.count)) }
            if !fit.skills.isEmpty { parts.append("roles: " + fit.skills.joined(separator: ", ") + " " + pts(p.skill * fit.skills.count)) }
            if !fit.sectors.isEmpty {
                parts.append((fit.sectors.count == 1 ? "sector: " : "sectors: ") + fit.sectors.map(s.sector).joined(separator: ", ")
                             + " " + pts(p.sector * fit.sectors.count))
            }
            if let district = fit.district { parts.append("likes " + district + " " + pts(p.district)) }
            parts.append(fit.mentors == 0 ? "no mentor yet"
                         : (fit.mentors == 1 ? "has 1 mentor " : "has \(fit.mentors) mentors ") + pts(p.perMentor * fit.mentors))
            return parts.joined(separator: " · ")
        },
        takeTitle: "Take a team on",
        takeQuestion: { title, load, capacity in "Mentor “\(title)”? You would mentor \(load) of \(capacity) teams." },
        letGoTitle: "Let a team go",
        letGoQuestion: { title in "Why do you let “\(title)” go? The team and the facilitators will see it." },
        atCapacity: { load, capacity in "you mentor \(load) of \(capacity) teams: let one go before taking another" },
        teamFull: { most in "this team has \(most) mentors, the most a team may have" },
        selectTeam: "select a team first (↑/↓)",
        notAMentor: "you have no mentor profile",
        confirmHint: "y or Enter: yes · n or Esc: no",
        take: "take on",
        takeHelp: "take the selected team on as its mentor (asks first)",
        letGo: "let go",
        letGoHelp: "let the selected team of yours go, saying why",
        home: "my mentoring",
        homeHelp: "a mentor's home: my teams, teams needing one",
        suggestAction: "Suggest mentors for the teams without one…",
        suggestTitle: "Suggested mentors",
        suggestSummary: { placed, needing, fit in "\(placed) of \(needing) teams without a mentor get one · total fit \(fit)" },
        suggestHint: "Space or Enter: keep or drop · a: assign the kept ones · Esc: cancel",
        nothingToSuggest: "every team at a mentored stage has a mentor",
        unplaced: { reason in "no mentor: \(reason)" }
    )
}
