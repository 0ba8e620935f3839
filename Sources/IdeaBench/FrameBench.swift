import Foundation
import IdeaModel
import IdeaUI

/// The first frame of one database taken apart (the state with its figures, the
/// dashboard drawn, each best of three), then a search typed on the ideas list: the
/// first keystroke (it folds every idea's text once) and each one after it.
func frameBench(path: String) throws {
    let db = try DatabaseCodec.decode(DatabaseFile(path: path).readBytes())
    let size = Size(cols: 120, rows: 40)
    var state = AppState(database: db, path: path, size: size)
    let first = best { state = AppState(database: db, path: path, size: size); _ = render(state) }
    let made = best { state = AppState(database: db, path: path, size: size) }
    let drawn = best { _ = render(state) }
    let stats = best { _ = DatabaseStats(db) }
    print("first frame " + ms(first) + " = state " + ms(made) + " + drawing " + ms(drawn) + "   (of the state: figures " + ms(stats) + ")")
    state.handle(.char("2"))
    state.handle(.char("/"))
    _ = render(state)
    var keys: [Double] = []
    for ch in "kiemas šventė" {
        keys.append(seconds { state.handle(.char(ch)); _ = render(state) })
    }
    let rest = keys.dropFirst().sorted()
    print("search on the ideas list: first key " + ms(keys[0]) + ", then median " + ms(rest[rest.count / 2])
          + ", slowest " + ms(rest.last ?? 0) + " (\(rest.count) keys of “kiemas šventė”; the first folds every text)")
    try searchAfterChanges(db, path: path, state: state)
}

/// What the app does instead of folding at the first key: the texts made on a thread
/// after the first frame (timed here on this one), then the first key; and the first key
/// after a change (one idea renamed, set as after a save: the texts carried over) and
/// after another program's save read in (every record read anew), each with what setting
/// the data and drawing the list cost, beside a state that has not searched.
private func searchAfterChanges(_ db: Database, path: String, state searched: AppState) throws {
    let size = Size(cols: 120, rows: 40)
    var state = AppState(database: db, path: path, size: size)
    let prepared = seconds { state.searchPreparation()() }
    state.handle(.char("2"))
    state.handle(.char("/"))
    _ = render(state)
    let first = seconds { state.handle(.char("k")); _ = render(state) }
    print("made after the first frame (off the loop) " + ms(prepared) + ", then the first key " + ms(first))
    var changed = db
    let k = changed.ideas.count / 2
    changed.ideas[k].title += " (renamed)"
    let reread = try DatabaseCodec.decode(DatabaseFile(path: path).readBytes())
    for (name, next) in [("a change", changed), ("a reload", reread)] {
        var plain = AppState(database: db, path: path, size: size)
        plain.handle(.char("2"))
        let unsearched = seconds { plain.setDatabase(next); _ = render(plain) }
        state = searched
        let set = seconds { state.setDatabase(next); _ = render(state) }
        let key = seconds { state.handle(.backspace); _ = render(state) }
        print("after " + name + ": data set and drawn " + ms(set) + " (" + ms(unsearched) + " before any search), then a key " + ms(key))
    }
    // The other long lists' first key, folded at the key and made beforehand; and
    // setting the data after a change with every list's texts made (all carried over).
    for (tab, name) in [("4", "people"), ("5", "teams"), ("6", "mentors")] {
        var other = AppState(database: db, path: path, size: size)
        other.handle(.char(Character(tab)))
        other.handle(.char("/"))
        _ = render(other)
        let first = seconds { other.handle(.char("a")); _ = render(other) }
        var ready = AppState(database: db, path: path, size: size)
        ready.searchPreparation()()
        ready.handle(.char(Character(tab)))
        ready.handle(.char("/"))
        _ = render(ready)
        let prepared = seconds { ready.handle(.char("a")); _ = render(ready) }
        print("first search key on the \(name) list: folded at the key " + ms(first) + ", made beforehand " + ms(prepared))
    }
    var all = AppState(database: db, path: path, size: size)
    let everything = seconds { all.searchPreparation()() }
    all.handle(.char("2"))
    let set = seconds { all.setDatabase(changed); _ = render(all) }
    let carried = seconds { all.searchPreparation()() }
    all.handle(.char("4"))
    all.handle(.char("/"))
    let key = seconds { all.handle(.char("a")); _ = render(all) }
    print("every list's texts made (off the loop) in " + ms(everything) + "; after a change: data set and drawn " + ms(set)
          + ", every list carried over (off the loop) in " + ms(carried) + ", then a key on the people list " + ms(key))
}
