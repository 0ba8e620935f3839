import Foundation

/// The command sshd runs for a granted key: `idea-tui ssh-session --db DB --person ID`.
///
/// sshd hands it to the user's login shell (`sh -c …`), so every word is quoted for a
/// POSIX shell; the result is then written inside the `command="…"` option, where sshd
/// takes `\"` as a quote and every other character, a backslash too, as it is (OpenSSH's
/// `opt_dequote`), so only double quotes are escaped there. The command always ends with a
/// quoted or plain word, never a backslash, so the closing quote cannot be swallowed.
struct ForcedCommand: Equatable {
    var program: String
    var database: String
    var person: String

    static let subcommand = "ssh-session"

    /// The words sshd's shell will pass to the program.
    var words: [String] { [program, Self.subcommand, "--db", database, "--person", person] }

    /// The shell command line.
    var shellLine: String { words.map(ShellWords.quote).joined(separator: " ") }

    /// The `command="…"` option for authorized_keys.
    var option: String { "command=\"" + shellLine.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    /// Reads back a command written by `option`: the words of a forced command that runs
    /// `ssh-session`, or nil for any other command.
    init?(shellLine: String) {
        guard let words = try? ShellWords.split(shellLine), words.count == 6, words[1] == Self.subcommand,
              words[2] == "--db", words[4] == "--person" else { return nil }
        self.init(program: words[0], database: words[3], person: words[5])
    }

    init(program: String, database: String, person: String) {
        self.program = program
        self.database = database
        self.person = person
    }

    /// Why a text cannot be part of an authorized_keys line (which is one line), or nil.
    static func problem(with text: String, what: String) -> String? {
        text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            ? "\(what) holds a line break or another control character, which an authorized_keys line cannot carry" : nil
    }
}
