import ArgumentParser
import Foundation
import IdeaModel

/// `idea-tui export`: writes what the database holds in a format other tools read, to
/// standard output or atomically to a file. Contact details only with
/// `--include-contacts`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data for other tools (pending invitations as CSV for a mail merge).",
        discussion: """
        Formats:
          invitations  the invitations still waiting for an answer, one row each (CSV);
                       e-mail and phone are added only with --include-contacts.
        Without --output the export goes to standard output.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case invitations
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
            switch format {
            case .invitations:
                text = InvitationExport.csv(db, includeContacts: includeContacts)
                let n = InvitationExport.pendingCount(db)
                summary = (n == 1 ? "1 pending invitation" : "\(n) pending invitations")
                    + (includeContacts ? ", with e-mail and phone" : " (contact details left out; add --include-contacts for e-mail and phone)")
            }
            guard let output, output != "-" else {
                print(text, terminator: "")
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
