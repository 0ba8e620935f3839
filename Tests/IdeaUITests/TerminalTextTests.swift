import IdeaUI
import Testing

/// A stand-in for glibc's wcwidth in a UTF-8 locale: emoji and CJK 2, marks and joiners 0.
func fakeWcwidth(_ s: Unicode.Scalar) -> Int {
    switch s.value {
    case 0x300...0x36F, 0x200D, 0xFE0F: return 0
    case 0x1F1E6...0x1F1FF, 0x2764: return 1
    case 0x1F300...0x1FAFF, 0x4E00...0x9FFF: return 2
    default: return 1
    }
}

/// A C locale: nothing beyond ASCII can be shown.
func asciiWcwidth(_ s: Unicode.Scalar) -> Int { s.value < 0x80 ? 1 : -1 }

@Suite struct TerminalTextTests {
    func cell(_ text: String) -> Cell { Cell(text, width: DisplayWidth.of(Character(text))) }

    @Test(arguments: [
        ("Ž", "Ž"), ("e\u{0301}", "e\u{0301}"), ("漢", "漢"), ("🎉", "🎉"), ("🇱🇹", "🇱🇹"),
        ("❤️", "❤ "), ("👩‍👩‍👧", "👩"), ("👍🏽", "👍"),
    ])
    func agreesWithTheTerminalsWidths(_ text: String, _ sent: String) {
        let c = cell(text)
        let out = TerminalText.text(for: c, scalarWidth: fakeWcwidth)
        #expect(out == sent)
        #expect(out.unicodeScalars.reduce(0) { $0 + fakeWcwidth($1) } == c.width)
    }

    @Test(arguments: [("a", "a"), ("─", "-"), ("█", "#"), ("Ž", "Z"), ("ė", "e"), ("ß", "?"), ("漢", "? "), ("…", "~")])
    func fallsBackToASCII(_ text: String, _ sent: String) {
        #expect(TerminalText.text(for: cell(text), scalarWidth: asciiWcwidth) == sent)
    }

    @Test func continuationCellsSendNothing() {
        var s = Screen(size: Size(cols: 2, rows: 1))
        s.write("漢", row: 0, col: 0)
        #expect(TerminalText.text(for: s[0, 1], scalarWidth: fakeWcwidth) == "")
    }
}
