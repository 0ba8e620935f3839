import Testing
import IdeaModel
@testable import IdeaUI

/// The new-idea and edit-idea forms: typing with diacritics, pickers, field problems
/// shown beside the fields, nothing saved until valid, Esc asking before discarding.
@Suite struct IdeaFormTests {
    @Test func aNewIdeaIsCheckedFieldByFieldThenSavedAndOpened() throws {
        var bench = try EditBench()
        bench.press(.char("+"))
        bench.type("Šančių kiemų šventė 🎉")
        bench.press(.ctrl("s"))
        guard case .form(let form)? = bench.state.overlay else { Issue.record("the form closed"); return }
        #expect(form.field("sectors")?.problem == "choose at least one sector")
        #expect(form.field("district")?.problem == "choose the district")
        #expect(form.field("title")?.problem == nil)
        #expect(form.field("author")?.chosen == ["p-ruta"])  // the user, by default
        #expect(bench.screen.text.contains("⚠ choose at least one sector"))
        #expect(bench.onDisk?.ideas.count == SampleDatabase.database.ideas.count)

        // The focus went to the first field with a problem: the sectors. Pick two,
        // searching in Lithuanian and in English.
        bench.press(.enter)
        bench.type("social")
        bench.press(.tab)
        bench.type("kultūra")
        bench.press(.tab, .enter)
        #expect(bench.state.overlayForm?.field("sectors")?.chosen == ["social", "cultural"])
        bench.press(.tab, .enter)
        bench.type("sanc")
        bench.press(.enter)
        #expect(bench.state.overlayForm?.field("district")?.chosen == ["Šančiai"])
        bench.press(.tab, .enter)
        bench.type("kiemo vakarai")
        bench.press(.enter)
        #expect(bench.state.overlayForm?.field("tags")?.chosen == ["kiemo vakarai"])
        bench.press(.ctrl("s"))
        #expect(bench.state.overlay == nil)
        let saved = try #require(bench.onDisk?.ideas.last)
        #expect(saved.title == "Šančių kiemų šventė 🎉")
        #expect(saved.sectors == [.social, .cultural])
        #expect(saved.district == "Šančiai")
        #expect(saved.tags == ["kiemo vakarai"])
        #expect(saved.authorId == "p-ruta")
        #expect(saved.stage == .shared)
        #expect(bench.state.route == .idea(saved.id))
    }

    @Test func editingKeepsWhatIsNotTouchedAndWritesMultiLineText() throws {
        var bench = try EditBench()
        bench.select(idea: "i06")
        let before = try #require(bench.idea("i06"))
        bench.press(.char("e"))
        bench.press(.tab, .tab)  // to the problem
        bench.press(.ctrl("u"))
        bench.type("Laiptai apleisti.")
        bench.press(.enter)
        bench.type("Niekas jais nevaikšto vakare.")
        bench.press(.function(10))
        let after = try #require(bench.idea("i06"))
        #expect(after.problem.hasSuffix("Laiptai apleisti.\nNiekas jais nevaikšto vakare."))
        #expect(after.title == before.title && after.sectors == before.sectors && after.tags == before.tags)
        #expect(bench.state.message?.contains("changed the problem") == true)
    }

    /// The status line offers "Enter confirm" in a form's picker: a click on it chooses,
    /// as Enter does (it used to be sent to the picker as Ctrl-S, which does nothing there).
    @Test func clickingConfirmInAFormsPickerChoosesAsEnterDoes() throws {
        var bench = try EditBench()
        bench.press(.char("+"))
        bench.type("Kiemo šventė")
        bench.press(.ctrl("s"))  // the focus goes to the first problem: the sectors
        bench.press(.enter)
        bench.type("social")
        #expect(bench.state.keyContext == .picker)
        let confirm = try #require(StatusLine.items(bench.state).first { $0.binding.action == .submit })
        bench.workspace.update(.click(row: bench.state.size.rows - 1, col: confirm.cols.lowerBound))
        #expect(bench.state.overlayForm?.picker == nil)
        #expect(bench.state.overlayForm?.field("sectors")?.chosen == ["social"])
    }

    @Test func escapeAsksBeforeThrowingChangesAway() throws {
        var bench = try EditBench()
        bench.press(.char("+"))
        bench.press(.escape)
        #expect(bench.state.overlay == nil)  // nothing typed: closes at once

        bench.press(.char("+"))
        bench.type("Mano idėja")
        bench.press(.escape)
        #expect(bench.state.overlayForm?.askingToDiscard == true)
        #expect(bench.screen.text.contains("Throw away your changes?"))
        bench.press(.char("n"))
        #expect(bench.state.overlayForm?.field("title")?.text == "Mano idėja")
        bench.press(.escape, .char("y"))
        #expect(bench.state.overlay == nil)
        #expect(bench.onDisk?.ideas.count == SampleDatabase.database.ideas.count)
    }

    @Test func fundingMustBeWholeEuros() throws {
        var bench = try EditBench()
        bench.select(idea: "i06")
        bench.press(.char("e"))
        bench.press(.backTab)  // the last field: funding
        bench.press(.ctrl("u"))
        bench.type("12,50")
        bench.press(.ctrl("s"))
        #expect(bench.state.overlayForm?.field("funding")?.problem == "whole euros, like 1500, or leave it empty")
        bench.press(.ctrl("u"))
        bench.type("1 500 €")
        bench.press(.ctrl("s"))
        #expect(bench.idea("i06")?.fundingNeed == 1500)
    }

    @Test func aRefusalOfTheModelKeepsTheFormAndWhatWasTyped() throws {
        var bench = try EditBench()
        bench.select(idea: "i19")
        bench.press(.char("c"))
        guard case .menu(let menu)? = bench.state.overlay,
              let at = menu.items.firstIndex(where: { $0.label.hasPrefix("Plan for the festival") }) else {
            Issue.record("expected the actions menu with the plan")
            return
        }
        for _ in 0..<at { bench.press(.down) }
        bench.press(.enter)
        // 50 minutes is a whole number (the form is content) but off the 15-minute grid.
        bench.press(.ctrl("u"))
        bench.type("50")
        bench.press(.ctrl("s"))
        let form = try #require(bench.state.overlayForm)
        #expect(form.refusal?.contains { $0.contains("50 minutes is not on the 15-minute grid") } == true)
        #expect(form.field("duration")?.text == "50")
        #expect(bench.idea("i19")?.plan?.durationMinutes == 60)
    }

    @Test func formsFitTinyAndWideTerminals() throws {
        for size in [Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 200, rows: 50)] {
            var bench = try EditBench(size: size)
            bench.press(.char("+"))
            bench.type(String(repeating: "Ilgas pavadinimas ", count: 20))
            bench.press(.ctrl("s"))
            let screen = bench.screen
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.cols })
            #expect(screen.text.contains("⚠"))
            for _ in 0..<12 { bench.press(.tab) }
            #expect(bench.screen.text.contains("›"))  // the focused field is always in view
        }
    }

    @Test func lithuanianForm() throws {
        var bench = try EditBench(lang: .lt)
        bench.press(.char("+"))
        bench.press(.ctrl("s"))
        let text = bench.screen.text
        #expect(text.contains("Nauja idėja"))
        #expect(text.contains("įrašykite pavadinimą"))
        #expect(text.contains("pasirinkite bent vieną sektorių"))
    }
}

extension AppState {
    var overlayForm: Form? {
        if case .form(let form)? = overlay { return form }
        return nil
    }
}
