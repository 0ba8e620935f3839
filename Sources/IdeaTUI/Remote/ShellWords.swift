import Foundation
import IdeaUI

/// Words from a command line typed after `ssh kaunas@server …`, split the way a POSIX
/// shell splits them (single quotes, double quotes, backslashes) and nothing more: no
/// variables, no globbing, no command substitution, no redirection, and no shell ever
/// runs. Shell syntax outside quotes is refused rather than taken as text, so nobody
/// thinks `list > file` or `stats; id` did what a shell would do.
enum ShellWords {
    enum Problem: Error, Equatable {
        case unclosedQuote(Character)
        case trailingBackslash
        /// An operator or a character a shell would have acted on (`;`, `|`, `>`, `$` …).
        case shellSyntax(Character)
    }

    /// Characters that mean something to a shell when unquoted.
    static let syntax: Set<Character> = [";", "|", "&", "<", ">", "`", "$", "(", ")", "*", "?", "[", "{", "}", "~", "#"]

    static func split(_ text: String) throws(Problem) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            switch c {
            case " ", "\t", "\n", "\r":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                guard let end = chars.firstIndex(of: "'") else { throw .unclosedQuote("'") }
                word += String(chars[chars.startIndex..<end])
                chars = chars[(end + 1)...]
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.popFirst() {
                    if d == "\"" { closed = true; break }
                    if d == "\\", let next = chars.first, "\"\\$`\n".contains(next) {
                        chars.removeFirst()
                        if next != "\n" { word.append(next) }
                    } else {
                        word.append(d)
                    }
                }
                guard closed else { throw .unclosedQuote("\"") }
            case "\\":
                guard let next = chars.popFirst() else { throw .trailingBackslash }
                if next != "\n" {
                    word.append(next)
                    inWord = true
                }
            default:
                // A shell treats `#` as a comment and `~` as home only at a word's start;
                // the rest of these anywhere.
                if syntax.contains(c), !("#~".contains(c) && inWord) { throw .shellSyntax(c) }
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// `word` quoted for a POSIX shell: as it is when it holds only characters no shell
    /// treats specially, else in single quotes (a single quote inside as `'\''`).
    static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./:@%+=,".unicodeScalars.contains($0)
        }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension ShellWords.Problem {
    func said(_ words: RemoteStrings) -> String {
        switch self {
        case .unclosedQuote(let q): return words.unclosedQuote(q)
        case .trailingBackslash: return words.trailingBackslash
        case .shellSyntax(let c): return words.shellSyntax(c)
        }
    }
}
