import ArgumentParser
import Foundation
import IdeaModel

/// `idea-tui export`: writes what the database holds in a format other tools read, to
/// standard output or atomically to a file. Contact details only with
/// `--include-contacts`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the festival programme (ics, frab, json, csv, md, html) or pending invitations.",
        discussion: """
        Formats:
          ics          the programme as an iCalendar file (RFC 5545), times in
                       Europe/Vilnius
          frab         the schedule XML that frab and pretalx publish and festival
                       apps read
          json         the programme as JSON (docs/EXPORTS.md)
          csv          the programme, one intervention per row (RFC 4180, UTF-8)
          md, html     a printable programme by time and by venue, and the venues
                       by district
          invitations  the invitations still waiting for an answer, one row each
                       (CSV)
        Only scheduled interventions are in a programme, in a stable order. Nothing
        has contact details unless --include-contacts is given (the lead's e-mail
        and phone in ics, json and csv; the invited person's in invitations).
        Without --output the export goes to standard output.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ics, frab, json, csv, md, html, invitations
    }

    @OptionGroup var options: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("What to export: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Add people's e-mail and phone (only for the people in the export).")
    var includeContacts = false

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let text: String
            let summary: String
            let programme = Programme(db, includeContacts: includeContacts)
            let scheduled = programme.items.count == 1 ? "1 scheduled intervention" : "\(programme.items.count) scheduled interventions"
            let contacts = includeContacts ? ", with the leads' e-mail and phone" : ""
            // The newest change in the file dates the export, so the same file always
            // gives the same bytes.
            let stamp = db.log.map(\.at).max() ?? Timestamp(day: db.festival.day, hour: 0)
            switch format {
            case .ics:
                text = ICalendar.text(programme, stamp: stamp)
                summary = scheduled + contacts
            case .frab:
                text = FrabSchedule.xml(programme, version: stamp.text)
                summary = scheduled
            case .json:
                text = ProgrammeFormats.json(programme, includeContacts: includeContacts)
                summary = scheduled + contacts
            case .csv:
                text = ProgrammeFormats.csv(programme, includeContacts: includeContacts)
                summary = scheduled + contacts
            case .md:
                text = ProgrammeFormats.markdown(programme)
                summary = scheduled
            case .html:
                text = ProgrammeFormats.htmlPage(programme)
                summary = scheduled
            case .invitations:
                text = InvitationExport.csv(db, includeContacts: includeContacts)
                let n = InvitationExport.pendingCount(db)
                summary = (n == 1 ? "1 pending invitation" : "\(n) pending invitations")
                    + (includeContacts ? ", with e-mail and phone" : " (contact details left out; add --include-contacts for e-mail and phone)")
            }
            guard let output, output != "-" else {
                StandardOutput.write(text)
                return
            }
            if Self.sameFile(output, options.path) {
                throw Failure("\(output): that is the database itself; it was not overwritten (choose another --output).", code: ExitCodes.usage)
            }
            do throws(StoreError) {
                try AtomicFile.write(Array(text.utf8), to: output)
            } catch {
                throw Failure(error)
            }
            FileHandle.standardError.write(Data("\(output): wrote \(summary).\n".utf8))
        }
    }

    /// Whether two paths name one existing file (through links and `..` too).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
