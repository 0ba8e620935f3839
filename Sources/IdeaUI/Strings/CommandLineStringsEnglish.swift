import IdeaModel

extension CommandLineStrings {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// Name, then the figure right-aligned in five columns, one line each.
    static func figures(_ rows: [(String, Int)]) -> String {
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        return rows.map { name, n in
            let figure = String(n)
            return "  " + name + String(repeating: " ", count: width - DisplayWidth.of(name)) + "  "
                + String(repeating: " ", count: max(0, 5 - figure.count)) + figure
        }.joined(separator: "\n") + "\n"
    }

    public static let en = CommandLineStrings(
        badLang: { value in "--lang must be lt (Lithuanian) or en (English), not \"\(value)\"" },
        sayWho: { doing in
            let who: String
            switch doing {
            case .importing: who = "is importing"
            case .assigning: who = "is assigning"
            case .scheduling: who = "is scheduling"
            case .mentoring: who = "you are"
            }
            return "say who \(who) with --as NAME (or IDEA_TUI_USER): the log records who made each change."
        },
        excelIsForCSV: "--excel and --separator are for CSV: --format csv or invitations",
        addAuto: "add --auto: placing by hand is done in the terminal interface",
        ideasRange: { n in "--ideas must be between 1 and 100,000, not \(n)" },
        readyWithVenues: "--ready goes with --venues or --load: a festival to schedule needs its ideas and its venues",
        readyRange: { n in "--ready must be between 1 and 30,000, not \(n)" },
        venuesRange: { n in "--venues must be between 1 and 1,000, not \(n)" },
        venuesOrLoad: "give --venues or --load, not both",
        loadRange: { x in "--load must be between 0.1 and 10, not \(x)" },
        festivalDayFormat: { text in "--festival-day must be a date like 2026-06-20, not \"\(text)\"" },
        unknownStage: { value, all in "unknown stage \"\(value)\"; use one of \(all)" },
        unknownSector: { value, all in "unknown sector \"\(value)\"; use one of \(all)" },
        waitingForLock: { who, name in "idea-tui: waiting for \(who) to let go of \(name)…" },
        notSaved: { why in "not saved: \(why)" },
        changedMeanwhile: { reasons in "not saved: someone else changed this meanwhile: \(reasons); run it again." },
        standardOutput: { why in "idea-tui: standard output: could not write: \(why)." },
        noSuchFile: { path in "\(path): no such file." },
        standardInputName: "standard input",
        standardInputUnreadable: { why in "standard input: could not read: \(why)." },
        alreadyThere: { path in "\(path): a file is already there; it was not overwritten (add --force to replace it)." },
        isTheDatabase: { path in "\(path): that is the database itself; it was not overwritten (choose another --output)." },
        wrote: { path, what in "\(path): wrote \(what)." },
        noTimeZone: { path, name in "\(path): cannot read the time zone \(name) (install the tzdata package)" },
        badTimeZone: { path, name, why in "\(path): cannot read the time zone \(name): \(why)" },
        chosenInUTC: { why, output in "note: \(why); the moments in \(output) are chosen in UTC" },
        valid: { name, db in
            "\(name): valid. \(db.ideas.count) ideas, \(db.people.count) people, \(db.teams.count) teams, "
                + "\(db.venues.count) venues; \(db.festival.slots.count) \(db.festival.slots.count == 1 ? "intervention" : "interventions") "
                + "on the festival grid (the target is \(db.festival.target))."
        },
        generated: { output, db in
            "\(output): wrote \(db.ideas.count) ideas, \(db.people.count) people, \(db.teams.count) teams, \(db.festival.slots.count) festival slots."
        },
        ideasShown: { shown, all in "\(shown) of \(all) ideas" },
        listHeader: ["ID", "TITLE", "STAGE", "SECTORS", "DISTRICT"],
        mentorsHeader: ["ID", "NAME", "LOAD", "EXPERTISE", "DISTRICTS"],
        mentorsSummary: { mentors, load, capacity, full in
            "\(mentors) mentors; \(load) of \(capacity) places taken; \(full) at capacity"
        },
        suggestHeader: ["TEAM", "IDEA", "MENTOR", "FIT", "WHY"],
        noMentorFor: { teamId, title, why in "\(teamId) \u{201C}\(title)\u{201D}: no mentor, \(why)" },
        suggestSummary: { given, needing, fit in "\(given) of \(needing) teams without a mentor get one; total fit \(fit)" },
        nothingToAssign: { path in "Nothing to assign; \(path) was not changed." },
        assigned: { n, path in "Assigned \(n) mentors in \(path)." },
        scheduleHeader: ["START", "END", "VENUE", "IDEA"],
        notPlaced: { ideaId, title, why in "not placed: \(ideaId) \u{201C}\(title)\u{201D}: \(why)" },
        placedSummary: { placed, all, saved, scheduled, target in
            "\(placed) of \(all) placed; the festival \(saved ? "has" : "would have") \(scheduled)/\(target) scheduled"
        },
        dryRun: "Dry run: nothing was saved.",
        nothingToPlace: { path in "Nothing to place; \(path) was not changed." },
        stats: { s, db, words in
            var out = "\(db.festival.title), \(db.festival.day.text): \(s.scheduled)/\(s.target) scheduled\n"
            out += "  balance: " + Sector.allCases.map { "\(words.sector($0)) \(s.scheduledBySector[$0] ?? 0)" }.joined(separator: ", ") + "\n\n"
            out += "Ideas by stage (\(s.ideaCount) in all)\n"
            out += figures(Stage.allCases.map { (words.stage($0), s.byStage[$0] ?? 0) })
            out += "\nIdeas by sector (an idea can have several)\n"
            out += figures(Sector.allCases.map { (words.sector($0), s.bySector[$0] ?? 0) })
            out += "\nIdeas by district\n"
            out += figures(s.districtsByCount.map { ($0.district, $0.count) })
            let loads = s.mentorLoads
            let taken = loads.reduce(0) { $0 + $1.teams }, capacity = loads.reduce(0) { $0 + $1.capacity }
            out += "\nMentors: \(loads.count), mentoring \(taken) of \(capacity) places; \(s.mentorsAtCapacity) at capacity\n"
            out += "Teams without a mentor: \(s.teamsWithoutMentor.count)\n"
            return out
        },
        scheduledInterventions: { n in n == 1 ? "1 scheduled intervention" : "\(n) scheduled interventions" },
        withLeadsContacts: ", with the leads' e-mail and phone",
        pendingInvitations: { n in n == 1 ? "1 pending invitation" : "\(n) pending invitations" },
        withContacts: ", with e-mail and phone",
        contactsLeftOut: " (contact details left out; add --include-contacts for e-mail and phone)",
        importRow: { row, text in "row \(row): \(text)" },
        newPerson: { id, name in "new person \(id) \(name)" },
        skipped: { skip in
            switch skip {
            case .sameAsRow(let row): return "skipped, the same idea as row \(row)"
            case .alreadyThere(let id, let title): return "skipped, already in the database as \(id) (\u{201C}\(title)\u{201D})"
            }
        },
        columnsNotUsed: { names in "columns not used: " + names.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") },
        nothingImported: { problems, rows, db in
            "nothing was imported: \(count(problems, "problem"))" + (rows > 0 ? " in \(count(rows, "row"))" : "") + "; \(db) was not changed."
        },
        imported: { ideas, people, skipped in
            count(ideas, "idea") + " (" + count(people, "new person", "new people") + ")"
                + (skipped == 0 ? "" : ", " + count(skipped, "row") + " skipped")
        },
        importDryRun: { what in "Dry run: would import \(what); nothing was saved." },
        nothingToImport: { skipped, db in
            "Nothing to import" + (skipped == 0 ? "" : ", " + count(skipped, "row") + " skipped") + "; \(db) was not changed."
        },
        importedInto: { what, db in "Imported \(what) into \(db)." }
    )
}
