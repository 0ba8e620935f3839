import Testing
@testable import IdeaModel

struct TextTests {
    @Test(arguments: [
        ("Žaliakalnio", "zalia", true), ("Šančiai", "SANCIAI", true), ("Vilijampolė", "vilijampole", true),
        ("Café", "cafe", true), ("cafe\u{301}", "cafe", true), ("Aleksotas", "zalia", false),
    ])
    func searchIgnoresCaseAndDiacritics(text: String, query: String, found: Bool) {
        #expect(SearchText.matches(text, query: query) == found)
    }

    @Test func lithuanianAlphabeticalOrder() {
        let names = ["Žemaitis", "Zigmas", "Šarūnas", "Saulius", "Tomas", "Čepas", "Cezaris", "Dalia", "Ąžuolas", "Algis"]
        #expect(names.sorted(by: LithuanianOrder.less) ==
            ["Algis", "Ąžuolas", "Cezaris", "Čepas", "Dalia", "Saulius", "Šarūnas", "Tomas", "Zigmas", "Žemaitis"])
    }

    @Test func csvQuotesAndNeutralisesFormulas() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.row(["=1+1", "x, \"y\"\nz"])
        csv.row(["-5", "@sum"])
        #expect(csv.text == "a,b\r\n'=1+1,\"x, \"\"y\"\"\nz\"\r\n'-5,'@sum\r\n")
    }

    @Test func timestampsRoundTrip() throws {
        for text in ["1970-01-01T00:00:00Z", "2027-06-19T13:45:07Z", "2024-02-29T23:59:59Z", "1969-12-31T23:59:59Z"] {
            let t = try #require(Timestamp(text: text))
            #expect(t.text == text)
        }
        #expect(Timestamp(text: "2027-02-29T10:00:00Z") == nil)
        #expect(Day(text: "2027-13-01") == nil)
        #expect(ClockTime(text: "24:00")?.minutes == 1440)
        #expect(ClockTime(text: "24:15") == nil)
    }
}

/// The sort key's fast path (ASCII and Lithuanian letters, lowered one by one) gives what
/// lowering the whole string gives, for every letter and for the sample's every name.
@Suite struct LithuanianKeyTests {
    @Test func fastKeyEqualsLoweringTheWholeString() throws {
        var texts = ["", "Ąžuolynas", "ČIURLIONIO G. 12", "Šančiai", "ŽALIAKALNIS", "Ėglė Ųla Ūla Įvairus Ęrelis",
                     "Straße", "İstanbul", "ΣΟΦΙΑ", "Łódź", "日本", "emoji 🙂 A", "\u{0301}a", "ǅ", "ﬁ"]
        texts += (0..<0x250).compactMap { Unicode.Scalar($0).map { "x" + String($0) + "Y" } }
        let db = Generator.database(ideas: 180, seed: 2027)
        texts += db.people.map(\.name) + db.ideas.map(\.title) + db.venues.map(\.name)
        for text in texts {
            #expect(LithuanianOrder.key(text) == LithuanianOrder.referenceKey(text), "\(text)")
        }
    }
}

/// Folding in bytes (for the search index) gives what folding scalar by scalar gave:
/// the reference below is the former implementation, kept as the oracle.
@Suite struct SearchFoldTests {
    static func reference(_ s: String) -> String {
        var table: [UInt32: Character] = [:]
        for (base, letters) in [("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "ĎďĐđ"),
                                ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"), ("g", "ĜĝĞğĠġĢģ"), ("h", "ĤĥĦħ"),
                                ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"), ("j", "Ĵĵ"), ("k", "Ķķ"), ("l", "ĹĺĻļĽľĿŀŁł"),
                                ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"),
                                ("s", "ŚśŜŝŞşŠš"), ("t", "ŢţŤťŦŧ"), ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
                                ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"), ("z", "ŹźŻżŽž")] as [(Character, String)] {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if (0x300...0x36F).contains(v) {
                continue
            } else if v >= 0xC0, v <= 0x17F, let base = table[v]?.unicodeScalars.first {
                out.append(base)
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    @Test func foldingInBytesEqualsTheFormerFolding() {
        var texts = ["", "Žaliakalnio ąžuolynas", "ŠANČIAI", "e\u{0301}", "İstanbul", "Straße", "ΣΟΦΙΑ", "日本 🙂", "ǅ ﬁ"]
        texts += (0..<0x400).compactMap { Unicode.Scalar($0).map { "X" + String($0) + "y" } }
        let db = Generator.database(ideas: 180, seed: 2027)
        texts += db.ideas.map { $0.title + " " + $0.summary } + db.people.map(\.name)
        for text in texts {
            #expect(SearchText.fold(text) == Self.reference(text), "\(text)")
        }
    }
}
