/// The invitations still waiting for an answer, one row each, for a mail merge that
/// reminds people they were asked. Contact details are written only when asked for:
/// this is the one export that may carry them.
public enum InvitationExport {
    public static func header(includeContacts: Bool, words: ExportWords) -> [String] {
        Array(words.invitationColumns.prefix(includeContacts ? 10 : 8))
    }

    /// Pending invitations, oldest first (then by team and invitation id), as CSV; the
    /// moment of each on the festival's clock ("2026-06-10 14:03").
    public static func csv(_ db: Database, includeContacts: Bool, words: ExportWords, zone: TimeZoneRules,
                           options: CSVWriter.Options = CSVWriter.Options()) -> String {
        let people = Dictionary(db.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let name = { (id: String) in people[id]?.name ?? id }
        let pending = db.teams.flatMap { team in
            team.invitations.filter { $0.status == .pending }.map { (team: team, invitation: $0) }
        }.sorted { a, b in
            (a.invitation.at.seconds, a.team.id, a.invitation.id) < (b.invitation.at.seconds, b.team.id, b.invitation.id)
        }
        var out = CSVWriter(header: header(includeContacts: includeContacts, words: words), options: options)
        for (team, invitation) in pending {
            var row = [invitation.id, team.id, titles[team.ideaId] ?? team.ideaId, invitation.roleTitle,
                       name(invitation.personId), name(invitation.invitedBy), zone.local(invitation.at).day.text + " " + zone.local(invitation.at).hhmm, name(team.leadId)]
            if includeContacts {
                let contact = people[invitation.personId]?.contact
                row += [contact?.email ?? "", contact?.phone ?? ""]
            }
            out.row(row)
        }
        return out.text
    }

    /// How many invitations are waiting, for the message beside the export.
    public static func pendingCount(_ db: Database) -> Int {
        db.teams.reduce(0) { $0 + $1.invitations.filter { $0.status == .pending }.count }
    }
}
