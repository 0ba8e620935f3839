import Foundation
import IdeaModel
import Testing
@testable import IdeaUI

/// With the interface in Lithuanian, what the model reports is Lithuanian too: refusal
/// windows, the conflict window, the status line's notices, a save that failed. Nothing
/// is recognised by its English words: the screens get values and say them.
@Suite struct LithuanianMessagesTests {
    /// Words of the English messages that must not show on a Lithuanian screen.
    static let english = ["Cannot", "only facilitators", "is not a facilitator", "it has already", "changed here and in the file",
                          "the file had changed", "read-only", "nothing was saved", "Not done"]

    static func leaked(_ text: String) -> [String] { english.filter(text.contains) }

    @Test func aTalentIsToldInLithuanianWhyTheyMayNotMoveAnIdea() throws {
        var bench = try EditBench(actor: "p-jonas", lang: .lt)
        bench.select(idea: "i10")
        bench.press(.char("<"))
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected a refusal"); return }
        #expect(notice.title == "Neatlikta")
        #expect(notice.lines == ["tik moderatoriai perkelia idėjas tarp etapų; Jonas Petraitis neturi moderatoriaus teisių"])
        #expect(Self.leaked(bench.screen.text).isEmpty, "\(bench.screen.text)")
    }

    @Test func aRefusalOfTheModelIsAWindowInLithuanian() throws {
        var bench = try EditBench(lang: .lt)
        let parked = try #require(bench.state.database.ideas.first { $0.stage == .parked })
        bench.workspace.request(.apply(.park(ideaId: parked.id, reason: "")))
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected a refusal"); return }
        #expect(notice.title == "Neatlikta")
        #expect(notice.lines == ["Negalima atidėti idėjos „\(parked.title)“:",
                                 "• reikia priežasties, kad kiti žinotų, kodėl", "• idėja jau atidėta"])
        #expect(bench.state.message == "neišsaugota")
        #expect(Self.leaked(bench.screen.text).isEmpty, "\(bench.screen.text)")
        // The same refusal in English says it the English way.
        var english = try EditBench(lang: .en)
        english.workspace.request(.apply(.park(ideaId: parked.id, reason: "")))
        guard case .notice(let en)? = english.state.overlay else { Issue.record("expected a refusal"); return }
        #expect(en.lines == ["Cannot park “\(parked.title)”:", "• a reason is needed, so others know why", "• it is already parked"])
    }

    @Test func theConflictWindowIsInLithuanian() throws {
        var bench = try EditBench(lang: .lt)
        bench.select(idea: "i10")
        var theirs = try #require(bench.onDisk)
        try theirs.apply(.park(ideaId: "i10", reason: "Jų priežastis"),
                         context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day))
        let file = DatabaseFile(path: bench.path)
        _ = try file.save(theirs, expected: try file.load().1)
        bench.press(.char("<"))
        bench.type("Mūsų priežastis")
        bench.press(.enter)
        guard case .conflict? = bench.state.overlay else { Issue.record("expected a conflict"); return }
        let text = bench.screen.text
        #expect(text.contains("Kažkas kitas pakeitė tą patį"), "\(text)")
        #expect(text.contains("• idėja „i10“: etapas – pakeista ir čia, ir faile"), "\(text)")
        #expect(Self.leaked(text).isEmpty, "\(text)")
    }

    @Test func aChangeOnTopOfAnotherSaysSoInLithuanian() throws {
        var bench = try EditBench(lang: .lt)
        bench.select(idea: "i10")
        // Another program changes the file (nothing in the log says who).
        var theirs = try #require(bench.onDisk)
        theirs.ideas[0].summary += " (pataisyta ranka)"
        let file = DatabaseFile(path: bench.path)
        _ = try file.save(theirs, expected: try file.load().1)
        bench.press(.char("<"))
        bench.type("Reikia daugiau žmonių")
        bench.press(.enter)
        let message = try #require(bench.state.message)
        #expect(message.hasSuffix(" · failas buvo pakeistas ne per idea-tui: jūsų pakeitimas pritaikytas ant jo"), "\(message)")
        #expect(message.hasPrefix("išsaugota: "))
        #expect(message.contains("idėja „"), "\(message)")
        #expect(Self.leaked(message).isEmpty && !message.contains("moved"), "\(message)")
        // Undo says what it took back, in Lithuanian too; the log keeps its English words.
        bench.press(.char("u"))
        let undone = try #require(bench.state.message)
        #expect(undone.hasPrefix("atšaukta: idėja „") && undone.contains("grąžinta iš etapo"), "\(undone)")
        #expect(bench.onDisk?.log.last?.summary.hasPrefix("undid: moved “") == true)
    }

    @Test func aSaveThatFailedSaysWhyInLithuanian() throws {
        var bench = try EditBench(lang: .lt)
        bench.select(idea: "i10")
        #expect(chmod(bench.path, 0o444) == 0)
        defer { chmod(bench.path, 0o600) }
        bench.press(.char("<"))
        bench.type("Reikia daugiau žmonių")
        bench.press(.enter)
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected a window"); return }
        #expect(notice.title == "Neišsaugota")
        #expect(notice.lines.first?.contains("failas tik skaitomas; nieko neišsaugota") == true, "\(notice.lines)")
        #expect(Self.leaked(bench.screen.text).isEmpty, "\(bench.screen.text)")
    }

    @Test func theAutoSchedulersReasonsAreLithuanian() throws {
        var db = SampleDatabase.database
        // A ready idea no venue can hold.
        let ready = try #require(db.ideas.firstIndex { $0.stage == .ready && $0.plan != nil })
        db.ideas[ready].plan?.audience = 100_000
        var state = AppState(database: db, path: "x", size: Size(cols: 120, rows: 40), lang: .lt, today: EditBench.now.day, actor: "p-ruta")
        state.autoScheduleAsk()
        guard case .notice(let notice)? = state.overlay else { Issue.record("expected the auto-scheduler's window"); return }
        #expect(notice.lines.contains("✗ \(db.ideas[ready].title): nė viena vieta netalpina 100000 žmonių"), "\(notice.lines)")
    }
}
