import IdeaModel
@testable import IdeaUI
import Testing

/// Every window has its own keys, says them, and explains itself (issue 13, defect 5):
/// in the filter window Space and Enter tick and the footer says so; `?` (F1 where text
/// is typed) opens the help of the window in front, over it, and closing the help gives
/// the window back as it was.
@Suite struct WindowKeysTests {
    static func state(_ size: Size = Size(cols: 100, rows: 30), lang: Lang = .en, actor: String? = "p-ruta") -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size, lang: lang,
                 today: SampleDatabase.day, actor: actor)
    }

    static func pressing(_ keys: [Key], _ state: AppState = state()) -> AppState {
        var s = state
        for key in keys { s.handle(key) }
        return s
    }

    /// The ideas list with the idea selected.
    static func onIdea(_ id: String) -> AppState {
        var s = pressing([.char("2")])
        let at = s.list(.ideas).rows.firstIndex { s.database.ideas[$0].id == id } ?? 0
        for _ in 0..<at { s.handle(.down) }
        return s
    }

    @Test func spaceAndEnterTickFiltersAndTheFooterSaysSo() throws {
        var s = Self.pressing([.char("2"), .char("f"), .down])
        #expect(s.keyContext == .checklist)
        let footer = render(s).line(29)
        #expect(footer.contains("Space/Enter tick"))
        #expect(!footer.contains("open"))
        guard case .menu(let menu)? = s.overlay else { Issue.record("no filter window"); return }
        let token = try #require(menu.items[menu.selected].filter)
        s.handle(.char(" "))
        #expect(s.list(.ideas).filters == [token])
        #expect(s.overlay != nil)  // the window stays: ticking is not choosing
        s.handle(.enter)
        #expect(s.list(.ideas).filters.isEmpty)
        // Space does not page in the window.
        guard case .menu(let after)? = s.overlay else { Issue.record("the window closed"); return }
        #expect(after.selected == menu.selected)
    }

    /// Each window the app opens, by the keys that open it, with its key context.
    static var windows: [(String, AppState, KeyContext)] {
        let grid = pressing([.char("9")])
        var onSlot = grid
        // The cursor onto the first slot of the first venue that has one.
        let venues = GridLayout.venues(onSlot.database)
        if let slot = onSlot.database.festival.slots.first, let v = venues.firstIndex(where: { $0.id == slot.venueId }) {
            onSlot.grid.venue = v
            onSlot.grid.minute = slot.start.minutes
            onSlot.keepGridCursorInView()
        }
        var messages = state()
        messages.message = "a message to read again"
        messages.handle(.char("~"))
        return [
            ("filters", pressing([.char("2"), .char("f")]), .checklist),
            ("sort", pressing([.char("2"), .char("s")]), .menu),
            ("actions", pressing([.char("c")]), .menu),
            ("moves", pressing([.char("m")], onIdea("i10")), .menu),
            ("suggestions", pressing([.char("c"), .char("G"), .up, .enter]), .suggestions),
            ("reason", pressing([.char("<")], onIdea("i10")), .prompt),
            ("question", pressing([.char("A")], grid), .question),
            ("messages", messages, .notice),
            ("form", pressing([.char("+")]), .form),
            ("form's list", pressing([.char("+"), .tab, .tab, .tab, .tab, .enter]), .picker),
            ("place", pressing([.char("p")], grid), .picker),
            ("search line", pressing([.char("2"), .char("/")]), .typing),
            ("text filter line", pressing([.char("2"), .char("\\")]), .typing),
            ("take off", pressing([.char("x")], onSlot), .prompt),
        ]
    }

    @Test func questionMarkOpensTheHelpOfEveryWindowOverItAndEscGivesItBack() throws {
        for (name, window, context) in Self.windows {
            #expect(window.keyContext == context, "\(name): \(window.keyContext)")
            var s = window
            s.handle(.char("?"))
            #expect(s.isHelpOpen, "\(name): ? did not open the help")
            #expect(s.helpContext == context, "\(name)")
            let text = render(s).text
            for line in s.keyMap.helpLines(in: context) {
                // Each of the window's keys is explained (long lines wrap, so look for the start).
                let words = s.strings.explanation(line.word).split(separator: " ").prefix(3).joined(separator: " ")
                #expect(text.contains(words), "\(name): “\(words)” missing from its help")
            }
            s.handle(.escape)
            #expect(Bool(s == window), "\(name): closing the help changed the window")
            #expect(!s.isHelpOpen)
            var f1 = window
            f1.handle(.function(1))
            #expect(f1.isHelpOpen, "\(name): F1 did not open the help")
        }
    }

    @Test func theHelpOfAWindowIsAboutThatWindow() {
        var s = Self.pressing([.char("2"), .char("f"), .char("?")])
        let text = render(s).text
        #expect(text.contains("Keys · Filters"))
        #expect(text.contains("tick or untick the selected filter"))
        #expect(text.contains("Filters of one kind match any of them"))
        #expect(!text.contains("choose the sort column"))  // a list key, not the window's
        s.handle(.char("?"))
        #expect(s.keyContext == .checklist)
    }

    @Test func questionMarksAreTypedWhereTextIsWritten() {
        // A reason with text in it: ? is a question mark.
        var prompt = Self.pressing([.char("<")], Self.onIdea("i10"))
        for c in "why" { prompt.handle(.char(c)) }
        prompt.handle(.char("?"))
        guard case .prompt(let p)? = prompt.overlay else { Issue.record("the prompt closed"); return }
        #expect(p.editor.text == "why?")
        #expect(!prompt.isHelpOpen)
        // A form's title with text in it, likewise; F1 opens the help there.
        var form = Self.pressing([.char("+"), .char("A"), .char("?")])
        guard case .form(let f)? = form.overlay else { Issue.record("the form closed"); return }
        #expect(f.fields[f.focus].text == "A?")
        form.handle(.function(1))
        #expect(form.isHelpOpen && form.helpContext == .form)
        // The search line: ? after text searches for it.
        let search = Self.pressing([.char("2"), .char("/"), .char("a"), .char("?")])
        #expect(search.searchInput == "a?")
    }

    @Test func theConflictWindowHasItsHelpToo() throws {
        var bench = try EditBench()
        bench.select(idea: "i10")
        var theirs = try #require(bench.onDisk)
        try theirs.apply(.park(ideaId: "i10", reason: "Their reason"),
                         context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day))
        let file = DatabaseFile(path: bench.path)
        _ = try file.save(theirs, expected: try file.load().1)
        bench.press(.char("<"))
        bench.type("Our reason")
        bench.press(.enter)
        guard case .conflict? = bench.state.overlay else { Issue.record("expected a conflict"); return }
        let window = bench.state.overlay
        bench.press(.char("?"))
        #expect(bench.state.isHelpOpen && bench.state.helpContext == .conflict)
        #expect(bench.screen.text.contains("keep your version over the other change"))
        bench.press(.escape)
        #expect(bench.state.overlay == window)
    }

    @Test func lithuanianWindowKeys() {
        let s = Self.pressing([.char("2"), .char("f")], Self.state(lang: .lt))
        #expect(render(s).line(29).contains("Tarpas/Enter žymėti") || render(s).line(29).contains("Space/Enter žymėti"))
        let help = Self.pressing([.char("?")], s)
        #expect(render(help).text.contains("pažymėti ar atžymėti filtrą"))
    }
}

/// Footers offer only what works (issue 13, defect 11): on every screen and in every
/// window, each key the status line shows changes something there or opens something;
/// the key table is where both the footer and the dispatch come from.
@Suite struct FooterTests {
    /// True when the key changes the state (a message alone does not count) or asks for an effect.
    static func acts(_ state: AppState, _ key: Key) -> Bool {
        var after = state
        let effect = after.handle(key)
        after.message = state.message
        return effect != .none || after != state
    }

    static var screens: [(String, AppState)] {
        let wide = Size(cols: 240, rows: 40)
        var out: [(String, AppState)] = []
        for (n, route) in Route.tabs.enumerated() {
            out.append(("\(route)", WindowKeysTests.pressing([.char(Character(String(n + 1)))], WindowKeysTests.state(wide))))
        }
        out.append(("idea", WindowKeysTests.pressing([.char("2"), .enter], WindowKeysTests.state(wide))))
        out.append(("team", WindowKeysTests.pressing([.char("5"), .enter], WindowKeysTests.state(wide))))
        out.append(("venue", WindowKeysTests.pressing([.char("7"), .enter], WindowKeysTests.state(wide))))
        out.append(("mentor home", WindowKeysTests.pressing([.char("M")], WindowKeysTests.state(wide, actor: "p-mindaugas"))))
        var mentorOnOpenTeam = WindowKeysTests.pressing([.char("M"), .char("G")], WindowKeysTests.state(wide, actor: "p-mindaugas"))
        mentorOnOpenTeam.handle(.up)
        out.append(("mentor home, an open team", mentorOnOpenTeam))
        var onSlot = WindowKeysTests.pressing([.char("9")], WindowKeysTests.state(wide))
        if let slot = onSlot.database.festival.slots.first,
           let v = GridLayout.venues(onSlot.database).firstIndex(where: { $0.id == slot.venueId }) {
            onSlot.grid.venue = v
            onSlot.grid.minute = slot.start.minutes
        }
        out.append(("grid on a slot", onSlot))
        for (name, window, _) in WindowKeysTests.windows {
            var s = window
            s.update(.resize(wide))
            out.append((name, s))
        }
        return out
    }

    @Test func everyKeyInEveryFooterDoesSomethingThere() throws {
        for (name, state) in Self.screens {
            let items = StatusLine.items(state)
            #expect(!items.isEmpty, "\(name) offers no key")
            for (binding, _) in items {
                let key = try #require(state.keyMap.keys(of: binding, in: state.keyContext).first)
                #expect(state.keyMap.action(for: key, in: state.keyContext) == binding.action, "\(name): \(key.label)")
                #expect(Self.acts(state, key), "\(name): “\(key.label) \(state.strings.label(binding.word))” does nothing there")
            }
        }
    }

    @Test func venuesAndMentorsOfferNoStageMoves() {
        for tab in [Character("6"), "7"] {
            var s = WindowKeysTests.pressing([.char(tab)], WindowKeysTests.state(Size(cols: 240, rows: 40)))
            let footer = render(s).line(39)
            #expect(!footer.contains("> forward") && !footer.contains("m move"), "\(footer)")
            #expect(!s.keyMap.helpLines(in: s.keyContext).contains { [.forward, .moveMenu, .editRecord].contains($0.word) })
            #expect(s.handle(.char(">")) == .none)
        }
        // The ideas list still offers them.
        let ideas = WindowKeysTests.pressing([.char("2")], WindowKeysTests.state(Size(cols: 240, rows: 40)))
        #expect(render(ideas).line(39).contains("> forward"))
    }

    @Test func theGridOffersWhatTheCursorAllows() {
        let empty = WindowKeysTests.pressing([.char("9")], WindowKeysTests.state(Size(cols: 240, rows: 40)))
        let onSlot = Self.screens.first { $0.0 == "grid on a slot" }?.1 ?? empty
        #expect(StatusLine.items(onSlot).contains { $0.binding.action == .gridMove })
        #expect(StatusLine.items(onSlot).contains { $0.binding.action == .open })
        if GridLayout.slotAtCursor(empty) == nil {
            #expect(!StatusLine.items(empty).contains { $0.binding.action == .gridMove })
        }
    }
}

/// Random keys through every window and line this issue added (the help over a window,
/// the text filter's line, the message log): no crash, every frame the terminal's width,
/// and the footer always agrees with the keys — each key it shows is read as its action.
@Suite struct WindowFuzzTests {
    static let keys: [Key] = [
        .char("?"), .function(1), .escape, .enter, .char(" "), .char("\\"), .char("~"), .char("/"), .char("f"), .char("F"),
        .char("s"), .char("c"), .char("m"), .char("+"), .char("p"), .char("A"), .char("<"), .char("x"), .char("t"), .char("l"),
        .char("a"), .char("k"), .char("ž"), .up, .down, .left, .right, .pageDown, .home, .end, .tab, .backspace, .ctrl("u"),
        .char("2"), .char("3"), .char("5"), .char("6"), .char("7"), .char("9"), .char("M"), .char("n"), .char("y"),
    ]

    @Test(arguments: [UInt64(11), 12, 13])
    func randomKeysKeepTheFooterTrue(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var state = WindowKeysTests.state(Size(cols: 80, rows: 24), actor: "p-mindaugas")
        for step in 0..<800 {
            if rng.next() % 40 == 0 {
                state.update(.resize([Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 130, rows: 35)][Int(rng.next() % 3)]))
            }
            if rng.next() % 25 == 0 { state.message = String(repeating: "a long message ", count: Int(rng.next() % 12)) }
            let key = Self.keys[Int(rng.next() % UInt64(Self.keys.count))]
            if key == .escape, state.route == .dashboard, state.overlay == nil { continue }
            state.handle(key)
            let screen = render(state)
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == state.size.cols }, "step \(step)")
            for (binding, _) in StatusLine.items(state) {
                let first = state.keyMap.keys(of: binding, in: state.keyContext).first
                #expect(first.map { state.keyMap.action(for: $0, in: state.keyContext) == binding.action } ?? false, "step \(step)")
            }
            #expect(state.isRunning, "step \(step)")
            if !state.isRunning { return }
        }
    }
}
