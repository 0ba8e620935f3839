import IdeaUI
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Žaliakalnis", 11), ("Žaliakalnio", 11), ("ąčęėįšųūž ĄČĘĖĮŠŲŪŽ", 19),
        ("e\u{0301}", 1), ("Z\u{030C}aliakalnis", 11),  // combining marks: one column per cluster
        ("漢字", 4), ("Kaunas 漢字", 11), ("ｋａｕｎａｓ", 12), ("한국", 4),
        ("🎉", 2), ("🇱🇹", 2), ("👩‍👩‍👧", 2), ("👍🏽", 2), ("❤️", 2), ("1️⃣", 2), ("☺", 1),
        ("", 0), ("a\u{200B}b", 2),
        ("\u{1B}[31m", 5), ("\u{07}", 1), ("\u{85}", 1), ("\u{202E}abc", 4),
    ])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func perCluster() {
        #expect(DisplayWidth.of(Character("e\u{0301}")) == 1)
        #expect(DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.of(Character("🇱🇹")) == 2)
    }
}

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("\u{1B}[2J", "␛[2J"), ("bell\u{07}", "bell␇"), ("nul\u{0}", "nul␀"), ("del\u{7F}", "del␡"),
        ("c1\u{9B}31m", "c1�31m"), ("c1\u{85}", "c1�"),
        ("a\u{202E}evil\u{202C}b", "a⸮evil⸮b"), ("\u{2066}x\u{2069}", "⸮x⸮"),
        ("two\nlines", "two lines"), ("win\r\nline", "win line"), ("tab\there", "tab here"),
        ("rlm\u{200F}gone", "rlmgone"),
        ("\u{0301}alone", "\u{25CC}\u{0301}alone"),
        ("Žaliakalnis", "Žaliakalnis"), ("漢字🎉", "漢字🎉"),
        ("zero\u{200B}width\u{200C}non\u{2060}joiner\u{FEFF}", "zerowidthnonjoiner"), ("h\u{200D}j", "hj"),
        ("\u{200D}start", "start"), ("👩\u{200D}👩\u{200D}👧", "👩\u{200D}👩\u{200D}👧"), ("❤\u{FE0F}\u{200D}🔥", "❤\u{FE0F}\u{200D}🔥"),
    ])
    func replaces(_ raw: String, _ shown: String) {
        #expect(Sanitizer.clean(raw) == shown)
    }

    @Test func nothingRawReachesAScreen() {
        var screen = Screen(size: Size(cols: 40, rows: 1))
        screen.write("x\u{1B}]0;title\u{07}\u{9B}2J\u{202E}y\u{7F}", row: 0, col: 0)
        let text = screen.line(0)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(text.hasPrefix("x␛]0;title␇�2J⸮y␡"))
    }
}

@Suite struct TruncationTests {
    @Test(arguments: [
        ("Žaliakalnio", 11, "Žaliakalnio"), ("Žaliakalnio", 10, "Žaliakaln…"), ("Žaliakalnio", 1, "…"),
        ("Žaliakalnio", 0, ""),
        ("e\u{0301}e\u{0301}e\u{0301}", 2, "e\u{0301}…"),  // the mark stays with its letter
        ("漢字漢字", 4, "漢…"),  // "漢字" is 4 wide but the ellipsis needs a column: one wide char goes
        ("漢字漢字", 5, "漢字…"), ("漢字", 4, "漢字"), ("漢字", 3, "漢…"), ("漢字", 2, "…"),
        ("a🎉b", 3, "a…"), ("🇱🇹🇱🇹", 3, "🇱🇹…"), ("👩‍👩‍👧x", 2, "…"),
        ("\u{1B}[31mred", 4, "␛[3…"),
    ])
    func truncates(_ text: String, _ width: Int, _ expected: String) {
        let cut = TextFit.truncate(text, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }

    @Test func padsToExactWidth() {
        #expect(TextFit.pad("漢字", to: 5) == "漢字 ")
        #expect(TextFit.pad("漢字漢", to: 5) == "漢字…")
        #expect(TextFit.pad("Šančiai", to: 9, alignRight: true) == "  Šančiai")
        #expect(TextFit.pad("漢字漢字", to: 4) == "漢… ")  // one column short, then padded
        #expect(DisplayWidth.of(TextFit.pad("🎉🎉🎉", to: 4)) == 4)
    }

    @Test func wraps() {
        #expect(TextFit.wrap("terminal too small: needs 60×18", to: 20) == ["terminal too small:", "needs 60×18"])
        #expect(TextFit.wrap("Žaliakalnio laiptų galerija", to: 8) == ["Žaliaka…", "laiptų", "galerija"])
    }
}
