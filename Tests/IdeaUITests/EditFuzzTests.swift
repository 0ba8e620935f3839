import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// Random keys over the editing side: forms, pickers, menus, prompts, stage moves, undo
/// and redo, the festival grid and the mentor's home, as a facilitator and as a mentor,
/// in English and Lithuanian, all saving to a real file. No crash, every frame the terminal's width, the
/// database valid after every step and the file on disk the same as the one in memory,
/// and every list and the grid's cursor as `ScreenOracle` works them out from the data.
@Suite(.serialized) struct EditFuzzTests {
    static let keys: [Key] = [
        .char("+"), .char("e"), .char("c"), .char(">"), .char("<"), .char("m"), .char("u"), .ctrl("r"), .char("a"),
        .ctrl("s"), .enter, .escape, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .backspace, .delete, .char("y"), .char("n"), .char("o"), .char("t"), .char(" "), .char("ž"), .char("Š"),
        .char("a"), .char("1"), .char("4"), .char("0"), .char("-"), .char("2"), .char("5"), .char("q"), .char("/"),
        .wordLeft, .wordRight, .alt("b"), .alt("f"), .altBackspace, .ctrl("w"), .ctrl("u"), .ctrl("k"),
        .paste("Įklijuotas tekstas\nsu eilute\tir tabu"), .paste(String(repeating: "ilgas ", count: 300)),
        .char("2"), .char("3"), .char("5"), .char("8"), .char("?"),
        // The grid (9) and the mentor's home (M), and the other screens.
        .char("9"), .char("9"), .char("p"), .char("v"), .char("x"), .char("!"), .char("z"), .char("A"), .char("M"),
        .char("t"), .char("l"), .char("6"), .char("7"), .char("4"), .function(1),
    ]
    /// Sequences that lead somewhere, played now and then between random keys so runs
    /// reach the model: leave whatever is open, move an idea forward, park one with a
    /// typed reason, undo, redo, a mentor taking a team on or letting one go.
    static func episode(_ rng: inout SplitMix64) -> [Key] {
        let leave: [Key] = [.escape, .char("y"), .escape, .char("y"), .escape]
        let downs = [Key](repeating: .down, count: Int(rng.next() % 30))
        switch rng.next() % 7 {
        case 0: return leave + [.char("2")] + downs + [.char(">")]
        case 1:
            let item = [Key](repeating: .down, count: Int(rng.next() % 4))
            return leave + [.char("2")] + downs + [.char("m")] + item + [.enter] + "Fuzz: ąčę".map { Key.char($0) } + [.enter]
        case 2: return leave + [.char("u")]
        case 3: return leave + [.ctrl("r")]
        case 4: return leave + [.char("M")] + downs.prefix(6) + [.char("t"), .char("y")]
        case 5: return leave + [.char("M"), .char("l")] + "Per daug darbo".map { Key.char($0) } + [.enter]
        default: return leave
        }
    }
    static let sizes = [Size(cols: 100, rows: 30), Size(cols: 80, rows: 24), Size(cols: 60, rows: 18),
                        Size(cols: 30, rows: 8), Size(cols: 160, rows: 45), Size(cols: 20, rows: 6)]

    /// Seeds, each with who is editing and in which language.
    static let runs: [(UInt64, String, Lang)] = [(11, "p-ruta", .en), (12, "p-ruta", .en), (13, "p-ruta", .lt), (14, "p-ruta", .en),
                                                 (15, "p-mindaugas", .en), (16, "p-mindaugas", .lt)]

    @Test(arguments: runs)
    func randomEditingKeepsTheDatabaseValidAndSaved(seed: UInt64, actor: String, lang: Lang) throws {
        var rng = SplitMix64(seed: seed)
        var bench = try EditBench(actor: actor, lang: lang)
        var saves = 0
        for step in 0..<700 {
            if rng.next() % 40 == 0 {
                bench.workspace.update(.resize(Self.sizes[Int(rng.next() % UInt64(Self.sizes.count))]))
            }
            let keys = rng.next() % 25 == 0 ? Self.episode(&rng) : [Self.keys[Int(rng.next() % UInt64(Self.keys.count))]]
            let before = bench.state.database.log.count
            for key in keys {
                // q on the dashboard would end the run; keep going instead.
                if key == .char("q") && bench.state.route == .dashboard && bench.state.overlay == nil { continue }
                bench.press(key)
            }
            if bench.state.database.log.count != before { saves += 1 }
            let key = keys.last ?? .escape
            let problems = ScreenOracle.problems(bench.state)
            #expect(problems.isEmpty, "step \(step) \(key): \(problems)")
            if !problems.isEmpty { return }
            let screen = bench.screen
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == bench.state.size.cols }, "step \(step) \(key)")
            #expect(bench.state.isRunning, "step \(step)")
            if !bench.state.isRunning { return }
            if step % 50 == 0 || bench.state.database.log.count != before {
                #expect(Validator.problems(in: bench.state.database).isEmpty, "step \(step) \(key)")
                #expect(bench.onDisk == bench.state.database, "step \(step) \(key): the file differs from memory")
            }
        }
        print("edit fuzz, seed \(seed): 700 steps, \(saves) of them changed the database")
        // Random keys do reach the model: something was saved (or undone) along the way.
        #expect(saves > 0)
    }
}
