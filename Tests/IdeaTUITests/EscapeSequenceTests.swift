import CNcurses
@testable import IdeaTUI
import IdeaUI
import Testing

/// Escape sequences that terminfo does not list for the current TERM, as `EscapeParser`
/// reads them after ESC: each is one key (or mouse event), or is swallowed whole.
struct EscapeSequenceTests {
    /// Feeds `text` (what followed ESC) and returns the result and how many characters
    /// were taken; when the text runs out first, `finish` decides.
    static func parse(_ text: String) -> (EscapeInput, taken: Int) {
        var parser = EscapeParser()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if case .done(let input) = parser.feed(s.value) { return (input, i + 1) }
        }
        return (parser.finish(), scalars.count)
    }

    static func decoded(_ text: String) -> EscapeInput { parse(text).0 }

    /// Issue 13, defect 3: tmux and PuTTY send ESC[1~ and ESC[4~, which ncurses under
    /// TERM=xterm-256color read as Esc, "[", "1", "~" (back, then screen 1).
    @Test(arguments: ["[H", "OH", "[1~", "[7~", "[1;5H", "[1;2H", "[1;3H", "[7;5~", "[1;5~", "[7^", "[7$", "[7@", "O5H"])
    func homeInEveryForm(_ text: String) {
        #expect(Self.parse(text) == (.key(.home), text.unicodeScalars.count))
    }

    @Test(arguments: ["[F", "OF", "[4~", "[8~", "[1;5F", "[1;2F", "[1;8F", "[8;2~", "[4;5~", "[8^", "[8$", "[8@", "O2F"])
    func endInEveryForm(_ text: String) {
        #expect(Self.parse(text) == (.key(.end), text.unicodeScalars.count))
    }

    @Test(arguments: [
        ("[A", Key.up), ("OB", .down), ("[C", .right), ("OD", .left), ("[1;2C", .right), ("[1;5C", .wordRight),
        ("[1;3D", .wordLeft), ("[1;9D", .wordLeft), ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[3;5~", .delete), ("[Z", .backTab), ("OP", .function(1)), ("OS", .function(4)), ("[1;2P", .function(1)),
        ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)),
        ("[23~", .function(11)), ("[24~", .function(12)), ("[[A", .function(1)), ("[[E", .function(5)), ("OM", .enter),
    ])
    func otherKeys(_ text: String, _ key: Key) {
        #expect(Self.parse(text) == (.key(key), text.unicodeScalars.count))
    }

    /// Unknown sequences are read to their end and nothing of them is left to turn into
    /// keys; what follows the sequence is not taken.
    @Test(arguments: ["[99z", "[?1;2c", "[I", "[O", "[>0;95;0c", "[1;5Y", "[9~", "[25~", "[201~", "Ox", "Oj", "[[Z", "[0 q", "[=5u"])
    func unknownSequencesAreSwallowedWhole(_ text: String) {
        let (input, taken) = Self.parse(text + "q")
        #expect(input == .ignored)
        #expect(taken == text.unicodeScalars.count)
    }

    /// A sequence cut off (nothing more came in time) is dropped, not typed.
    @Test(arguments: ["[", "O", "[1", "[1;", "[1;5", "[<0;10", "[M", "[M !", "[200", "O5"])
    func unfinishedSequencesAreDropped(_ text: String) {
        #expect(Self.decoded(text) == .ignored)
    }

    /// Garbage that never ends is cut at `EscapeParser.longest` characters.
    @Test func endlessParametersStopAtTheLimit() {
        let (input, taken) = Self.parse("[" + String(repeating: "1;", count: 40) + "H")
        #expect(input == .ignored)
        #expect(taken == EscapeParser.longest + 1)
    }

    /// A control or non-ASCII character cannot be part of a sequence: it ends it.
    @Test func aControlCharacterEndsASequence() {
        #expect(Self.parse("[1\u{7}") == (.ignored, 3))
        #expect(Self.parse("[1ž") == (.ignored, 3))
    }

    @Test func bracketedPasteStart() {
        #expect(Self.decoded("[200~") == .pasteStart)
    }

    /// Mouse reports ncurses did not decode (the terminal's protocol is not the one its
    /// terminfo names): presses and the wheel; releases and drags are swallowed.
    @Test func mouseReports() {
        // X10: button + 32, column + 33, row + 33.
        #expect(Self.parse("[M +&x") == (.mouse(.press(row: 5, col: 10)), 5))
        #expect(Self.decoded("[M#+&") == .ignored)  // release
        #expect(Self.decoded("[M`!!") == .mouse(.wheelUp(row: 0, col: 0)))
        #expect(Self.decoded("[Ma!!") == .mouse(.wheelDown(row: 0, col: 0)))
        #expect(Self.decoded("[M@!!") == .ignored)  // drag
        // SGR: 1-based cells, M press, m release.
        #expect(Self.parse("[<0;11;6Mx") == (.mouse(.press(row: 5, col: 10)), 9))
        #expect(Self.decoded("[<0;11;6m") == .ignored)
        #expect(Self.decoded("[<64;1;1M") == .mouse(.wheelUp(row: 0, col: 0)))
        #expect(Self.decoded("[<65;200;60M") == .mouse(.wheelDown(row: 59, col: 199)))
        #expect(Self.decoded("[<2;5;5M") == .ignored)  // right button
        #expect(Self.decoded("[<32;5;5M") == .ignored)  // drag
        #expect(Self.decoded("[<16;5;5M") == .mouse(.press(row: 4, col: 4)))  // Ctrl-click is a click
        #expect(Self.decoded("[<0;0;5M") == .ignored)
        #expect(Self.decoded("[<0;5M") == .ignored)
    }

    /// Every Home and End sequence bound with `define_key` is one the parser reads as the
    /// same key, so a sequence means the same whether ncurses or the parser decodes it.
    @Test func theBoundHomeAndEndSequencesAgreeWithTheParser() {
        let homes = ExtraKeys.homeEnd.filter { $0.1 == KEY_HOME }.map(\.0)
        let ends = ExtraKeys.homeEnd.filter { $0.1 == KEY_END }.map(\.0)
        #expect(homes.count + ends.count == ExtraKeys.homeEnd.count)
        #expect(Set(ExtraKeys.homeEnd.map(\.0)).count == ExtraKeys.homeEnd.count)
        for required in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}[1;5H", "\u{1B}[1;2H"] { #expect(homes.contains(required)) }
        for required in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}[1;5F", "\u{1B}[1;2F"] { #expect(ends.contains(required)) }
        for sequence in homes { #expect(Self.decoded(String(sequence.dropFirst())) == .key(.home), "\(sequence.debugDescription)") }
        for sequence in ends { #expect(Self.decoded(String(sequence.dropFirst())) == .key(.end), "\(sequence.debugDescription)") }
        // No bound sequence is a prefix of another (define_key refuses such a one).
        let all = ExtraKeys.homeEnd.map(\.0) + ExtraKeys.sequences.map(\.0)
        for a in all { for b in all where a != b { #expect(!b.hasPrefix(a), "\(a.debugDescription) \(b.debugDescription)") } }
    }

    @Test func shiftedHomeAndEndCodesAreHomeAndEnd() {
        #expect(NcursesTerminal.key(KEY_SHOME) == .home)
        #expect(NcursesTerminal.key(KEY_SEND) == .end)
    }
}
