import CNcurses
@testable import IdeaTUI
import IdeaUI
import Testing

/// What `wget_wch` and `getmouse` return, as the app sees it. No terminal needed: these
/// are the pure mapping functions the backend calls.
struct KeyDecodingTests {
    static func special(_ code: Int32) -> TerminalInput {
        NcursesTerminal.input(status: KEY_CODE_YES, code: wint_t(bitPattern: code))
    }

    static func char(_ code: UInt32) -> TerminalInput {
        NcursesTerminal.input(status: OK, code: code)
    }

    @Test(arguments: [
        (KEY_HOME, Key.home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_BTAB, .backTab), (KEY_DC, .delete), (KEY_IC, .insert), (KEY_BACKSPACE, .backspace),
        (KEY_ENTER, .enter), (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_A1, .home), (KEY_C1, .end), (KEY_A3, .pageUp), (KEY_C3, .pageDown),
    ])
    func specialKeys(code: Int32, key: Key) {
        #expect(Self.special(code) == .key(key))
    }

    @Test func functionKeysOneToTwelve() {
        for n in 1...12 {
            #expect(Self.special(cn_key_f(Int32(n))) == .key(.function(n)))
        }
        #expect(Self.special(cn_key_f(13)) == .ignored)
    }

    @Test func resizeTimeoutAndUnknownKeys() {
        #expect(Self.special(KEY_RESIZE) == .resize)
        #expect(NcursesTerminal.input(status: ERR, code: 0) == .nothing)
        #expect(Self.special(KEY_PRINT) == .ignored)
    }

    @Test func controlCharacters() {
        #expect(Self.char(27) == .key(.escape))
        #expect(Self.char(13) == .key(.enter))
        #expect(Self.char(10) == .key(.enter))
        #expect(Self.char(9) == .key(.tab))
        #expect(Self.char(127) == .key(.backspace))
        #expect(Self.char(8) == .key(.backspace))
        #expect(Self.char(18) == .key(.ctrl("r")))
        #expect(Self.char(12) == .key(.ctrl("l")))
        #expect(Self.char(0) == .ignored)
        #expect(Self.char(28) == .ignored)
        #expect(Self.char(0x85) == .ignored)
        #expect(Self.char(0x9B) == .ignored)
        #expect(Self.char(0xD800) == .ignored)
    }

    @Test(arguments: ["ž", "š", "ą", "Ė", "ų", "語", "€", "a", " ", "~"])
    func printableCharactersArriveAsChars(_ text: String) {
        let scalar = text.unicodeScalars.first?.value ?? 0
        #expect(Self.char(scalar) == .key(.char(Character(text))))
    }

    @Test func mouseStates() {
        #expect(NcursesTerminal.mouseEvent(cn_button1_pressed(), row: 5, col: 10) == .press(row: 5, col: 10))
        #expect(NcursesTerminal.mouseEvent(cn_button1_clicked(), row: 5, col: 10) == .press(row: 5, col: 10))
        #expect(NcursesTerminal.mouseEvent(cn_button4_pressed(), row: 1, col: 2) == .wheelUp(row: 1, col: 2))
        #expect(NcursesTerminal.mouseEvent(cn_button5_pressed(), row: 1, col: 2) == .wheelDown(row: 1, col: 2))
        #expect(NcursesTerminal.mouseEvent(cn_button1_released(), row: 1, col: 2) == nil)
        #expect(NcursesTerminal.mouseMask & cn_button1_pressed() != 0)
        #expect(NcursesTerminal.mouseMask & cn_button4_pressed() != 0)
        #expect(NcursesTerminal.mouseMask & cn_button5_pressed() != 0)
    }

    @Test func mouseActionsInTheInputLog() {
        #expect(InputLog.describe(.click(row: 5, col: 10)) == "click 5 10")
        #expect(InputLog.describe(.doubleClick(row: 5, col: 10)) == "doubleClick 5 10")
        #expect(InputLog.describe(.scroll(row: 5, col: 10, by: -3)) == "scroll 5 10 -3")
    }

    @Test func wordJumpsAltKeysAndTheirSequences() {
        #expect(Self.special(ExtraKeys.wordLeft) == .key(.wordLeft))
        #expect(Self.special(ExtraKeys.wordRight) == .key(.wordRight))
        #expect(Self.special(ExtraKeys.altBackspace) == .key(.altBackspace))
        #expect(Self.special(ExtraKeys.altB) == .key(.alt("b")))
        #expect(Self.special(ExtraKeys.altF) == .key(.alt("f")))
        // Every code is above ncurses' own keys and used once; both Ctrl and Alt arrows jump.
        let codes = Set(ExtraKeys.sequences.map(\.1))
        #expect(codes.allSatisfy { $0 > KEY_MAX })
        #expect(Set(ExtraKeys.sequences.map(\.0)).count == ExtraKeys.sequences.count)
        #expect(ExtraKeys.sequences.filter { $0.1 == ExtraKeys.wordLeft }.map(\.0).contains("\u{1B}[1;5D"))
        #expect(ExtraKeys.sequences.filter { $0.1 == ExtraKeys.wordLeft }.map(\.0).contains("\u{1B}[1;3D"))
    }

    @Test func pastedTextKeepsLinesAndTabsAndDropsControls() {
        let scalars = Array("a\rb\r\nc\nd\te\u{1B}[31mf\u{07}\u{9B}ž".unicodeScalars)
        #expect(ExtraKeys.cleanPaste(scalars) == "a\nb\nc\nd\te[31mfž")
    }
}
