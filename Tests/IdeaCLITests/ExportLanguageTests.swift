import Foundation
import IdeaModel
import Testing

/// The exports in the language asked for (`--lang`, else LC_ALL, LC_MESSAGES, LANG), the
/// spreadsheet CSV, and `schedule --auto` saying what it did.
@Suite(.serialized)
struct ExportLanguageTests {
    @Test func langAndTheLocaleChooseTheWords() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 120)
        let lt = try CLI.run(["export", "--db", path, "--format", "md", "--lang", "lt"])
        #expect(lt.code == 0 && lt.out.contains("## Pagal laiką") && !lt.out.contains("By time"))
        let fromLocale = try CLI.run(["export", "--db", path, "--format", "html"], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "lt_LT.UTF-8"])
        #expect(fromLocale.out.contains("<html lang=\"lt\">") && fromLocale.out.contains("<h2>Pagal vietą</h2>"))
        let en = try CLI.run(["export", "--db", path, "--format", "html", "--lang", "en"], environment: ["LANG": "lt_LT.UTF-8"])
        #expect(en.out.contains("<html lang=\"en\">") && en.out.contains("<h2>By time</h2>"))
        let frab = try CLI.run(["export", "--db", path, "--format", "frab", "--lang", "lt"])
        #expect(frab.out.contains("<language>lt</language>") && frab.out.contains("<time_zone_name>Europe/Vilnius</time_zone_name>"))
        let wrong = try CLI.run(["export", "--db", path, "--format", "md", "--lang", "de"])
        #expect(wrong.code == 64 && wrong.err.contains("--lang must be lt (Lithuanian) or en (English)"))
    }

    @Test func excelCSVHasAByteOrderMarkAndTheLanguagesListSeparator() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 120)
        let lt = try CLI.run(["export", "--db", path, "--format", "csv", "--excel", "--lang", "lt"])
        #expect(lt.code == 0)
        #expect(Array(lt.out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(lt.out.hasPrefix("\u{FEFF}langelis;data;pradžia;pabaiga;minutės;pavadinimas;vieta;seniūnija;"))
        let en = try CLI.run(["export", "--db", path, "--format", "csv", "--excel", "--lang", "en"])
        #expect(en.out.hasPrefix("\u{FEFF}slot,date,start,end,minutes,title,"))
        let tab = try CLI.run(["export", "--db", path, "--format", "invitations", "--separator", "tab", "--lang", "en"])
        #expect(tab.out.hasPrefix("invitation\tteam\tidea\t"))
        let plain = try CLI.run(["export", "--db", path, "--format", "csv", "--lang", "en"])
        #expect(plain.out.hasPrefix("slot,date,"), "without --excel: no byte order mark, commas")
        let notCSV = try CLI.run(["export", "--db", path, "--format", "ics", "--excel"])
        #expect(notCSV.code == 64 && notCSV.err.contains("--excel and --separator are for CSV"))
    }

    @Test func scheduleAutoSaysWhatItDidOnceSaved() throws {
        let dir = NSTemporaryDirectory() + "idea-tui-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/festival.db.json"
        let db = Generator.festival(ready: 30, venues: 5, seed: 3)
        try DatabaseFile(path: path).save(db, expected: nil)
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.id)
        let dry = try CLI.run(["schedule", "--auto", "--dry-run", "--db", path, "--as", facilitator])
        #expect(dry.out.contains("the festival would have ") && dry.out.contains("Dry run: nothing was saved."))
        let real = try CLI.run(["schedule", "--auto", "--db", path, "--as", facilitator])
        #expect(real.code == 0)
        #expect(real.out.contains("the festival has ") && !real.out.contains("would have"), "\(real.out.suffix(200))")
        let saved = try DatabaseFile(path: path).load().0
        #expect(real.out.contains("the festival has \(saved.festival.slots.count)/\(saved.festival.target) scheduled"))
    }
}
