import IdeaModel

/// The words of the exports (`idea-tui export`), in each language of the interface.
extension ExportWords {
    public static func of(_ lang: Lang) -> ExportWords {
        let sector = Strings.of(lang).sector
        switch lang {
        case .en:
            return ExportWords(
                language: "en", byTime: "By time", byVenue: "By venue", venuesByDistrict: "Venues by district",
                count: { n, v in
                    "\(n) \(n == 1 ? "intervention" : "interventions") at \(v) \(v == 1 ? "venue" : "venues")"
                },
                sector: sector,
                programmeColumns: ["slot", "date", "start", "end", "minutes", "title", "venue", "district", "address",
                                   "sectors", "tags", "people", "summary", "email", "phone"],
                invitationColumns: ["invitation", "team", "idea", "role", "person", "invited_by", "invited_at",
                                    "team_lead", "email", "phone"],
                spreadsheetSeparator: ",")
        case .lt:
            return ExportWords(
                language: "lt", byTime: "Pagal laiką", byVenue: "Pagal vietą", venuesByDistrict: "Vietos pagal seniūniją",
                count: { n, v in
                    let what = Strings.lithuanianPlural(n, "intervencija", "intervencijos", "intervencijų")
                    // Locative: 1, 21, 31… vietoje; otherwise vietose.
                    let place = v % 10 == 1 && v % 100 != 11 ? "vietoje" : "vietose"
                    return "\(n) \(what) \(v) \(place)"
                },
                sector: sector,
                programmeColumns: ["langelis", "data", "pradžia", "pabaiga", "minutės", "pavadinimas", "vieta", "seniūnija",
                                   "adresas", "sektoriai", "žymės", "žmonės", "santrauka", "el. paštas", "telefonas"],
                invitationColumns: ["kvietimas", "komanda", "idėja", "vaidmuo", "asmuo", "pakvietė", "pakviesta",
                                    "komandos vadovas", "el. paštas", "telefonas"],
                spreadsheetSeparator: ";")
        }
    }
}
