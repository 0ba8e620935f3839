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
          + ", slowest " + ms(rest.last ?? 0) + " (\(rest.count) keys of “kiemas šventė”)")
}
