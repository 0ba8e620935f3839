import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// `idea-tui export`: writes what the database holds in a format other tools read, to
/// standard output or atomically to a file, in the chosen language. Contact details only
/// with `--include-contacts`.
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
        Only scheduled interventions are in a programme, in a stable order. Headings,
        column names and sector names follow --lang. Nothing has contact details
        unless --include-contacts is given (the lead's e-mail and phone in ics, json
        and csv; the invited person's in invitations). Without --output the export
        goes to standard output; a programme file is readable as the umask allows, a
        file with contact details by its owner only.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ics, frab, json, csv, md, html, invitations
    }

    enum Separator: String, ExpressibleByArgument, CaseIterable {
        case comma, semicolon, tab

        var character: Character { self == .comma ? "," : self == .semicolon ? ";" : "\t" }
    }

    @OptionGroup var options: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("What to export: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Add people's e-mail and phone (only for the people in the export).")
    var includeContacts = false

    @Flag(name: .long, help: "CSV for a spreadsheet: a UTF-8 byte order mark, and the list separator of the language (; in Lithuanian, , in English).")
    var excel = false

    @Option(name: .long, help: ArgumentHelp("The CSV field separator: comma, semicolon or tab (default: comma, or the language's with --excel).", valueName: "separator"))
    var separator: Separator?

    func validate() throws {
        if (excel || separator != nil), format != .csv, format != .invitations {
            throw ValidationError(options.strings.cli.excelIsForCSV)
        }
    }

    func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        options.language.language(environment: environment)
    }

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let cli = options.strings.cli
            let zone = try FestivalClock.required(options.strings)
            let words = ExportWords.of(language())
            let csv = CSVWriter.Options(separator: separator?.character ?? (excel ? words.spreadsheetSeparator : ","),
                                        byteOrderMark: excel)
            let text: String
            let summary: String
            let programme = Programme(db, includeContacts: includeContacts, zone: zone)
            let scheduled = cli.scheduledInterventions(programme.items.count)
            let contacts = includeContacts ? cli.withLeadsContacts : ""
            // The newest change in the file dates the export, so the same file always
            // gives the same bytes.
            let stamp = db.log.map(\.at).max() ?? zone.timestamp(db.festival.day, ClockTime(0))
            switch format {
            case .ics:
                text = ICalendar.text(programme, stamp: stamp, words: words)
                summary = scheduled + contacts
            case .frab:
                text = FrabSchedule.xml(programme, version: stamp.text, words: words)
                summary = scheduled
            case .json:
                text = ProgrammeFormats.json(programme, includeContacts: includeContacts)
                summary = scheduled + contacts
            case .csv:
                text = ProgrammeFormats.csv(programme, includeContacts: includeContacts, words: words, options: csv)
                summary = scheduled + contacts
            case .md:
                text = ProgrammeFormats.markdown(programme, words: words)
                summary = scheduled
            case .html:
                text = ProgrammeFormats.htmlPage(programme, words: words)
                summary = scheduled
            case .invitations:
                text = InvitationExport.csv(db, includeContacts: includeContacts, words: words, zone: zone, options: csv)
                let n = InvitationExport.pendingCount(db)
                summary = cli.pendingInvitations(n) + (includeContacts ? cli.withContacts : cli.contactsLeftOut)
            }
            guard let output, output != "-" else {
                StandardOutput.write(text)
                return
            }
            if Self.sameFile(output, options.path) {
                throw Failure(cli.isTheDatabase(output), code: ExitCodes.usage)
            }
            do throws(StoreError) {
                // A published programme is for others to read; contact details (and the
                // invitations, which name who was asked) stay their owner's only.
                let personal = includeContacts || format == .invitations
                try AtomicFile.write(Array(text.utf8), to: output, mode: personal ? 0o600 : Self.publicMode(), forceMode: personal)
            } catch {
                throw Failure(error, options.strings)
            }
            FileHandle.standardError.write(Data((cli.wrote(output, summary) + "\n").utf8))
        }
    }

    /// 0666 less the umask: 0644 under the usual umask 022.
    static func publicMode() -> mode_t {
        let mask = umask(0o077)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Whether two paths name one existing file (through links and `..` too).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
