/// The last row: the keys that work here, then the last message (or the file). A
/// message comes first: the keys take only the room it leaves, and a message longer than
/// the row ends in "…" and the key that shows the last messages whole (`~`).
public enum StatusLine {
    /// Each key shown, and the columns it takes (clicking there acts like the key).
    public static func items(_ state: AppState) -> [(binding: KeyBinding, cols: Range<Int>)] {
        let context = state.keyContext
        // Without a message the keys take up to two thirds, leaving the file and the count.
        let limit = message(state).map { state.size.cols - 3 - DisplayWidth.of($0.text) } ?? state.size.cols * 2 / 3
        var col = 1
        var out: [(KeyBinding, Range<Int>)] = []
        for binding in state.keyMap.statusBindings(in: context) where state.offers(binding.action) {
            let label = keyLabel(binding, state, context)
            guard !label.isEmpty else { continue }
            let w = DisplayWidth.of(label) + 1 + DisplayWidth.of(state.strings.label(binding.word))
            if col + w > limit { break }
            out.append((binding, col..<col + w))
            col += w + 2
        }
        return out
    }

    /// "Space/Enter": the keys of a binding that reach it here, as many as it names.
    static func keyLabel(_ binding: KeyBinding, _ state: AppState, _ context: KeyContext) -> String {
        state.keyMap.keys(of: binding, in: context).prefix(max(1, binding.statusKeys)).map(\.label).joined(separator: "/")
    }

    /// The binding whose status label is at a cell, if any.
    public static func binding(at row: Int, col: Int, in state: AppState) -> KeyBinding? {
        guard state.fits, row == state.size.rows - 1 else { return nil }
        return items(state).first { $0.cols.contains(col) }?.binding
    }

    /// The message as the row shows it, and the key hint at its end when it was cut.
    static func message(_ state: AppState) -> (text: String, hint: String)? {
        guard let message = state.message else { return nil }
        let room = max(1, state.size.cols - 2)
        let whole = TextFit.truncate(message, to: Int.max / 2)
        if DisplayWidth.of(whole) <= room { return (whole, "") }
        let hint = state.keyMap.bindings.first { $0.action == .showMessages }
            .flatMap { b in b.keys.first.map { $0.label + " " + state.strings.label(b.word) } } ?? ""
        let cut = TextFit.truncate(message, to: max(1, room - DisplayWidth.of(hint) - 1))
        return (hint.isEmpty ? cut : cut + " " + hint, hint)
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let row = screen.rows - 1
        let context = state.keyContext
        var end = 0
        for (binding, cols) in items(state) {
            let kw = screen.write(keyLabel(binding, state, context), row: row, col: cols.lowerBound, style: Styles.key)
            screen.write(state.strings.label(binding.word), row: row, col: cols.lowerBound + kw + 1)
            end = cols.upperBound
        }
        if let (text, hint) = message(state) {
            let col = max(0, screen.cols - 1 - DisplayWidth.of(text))
            screen.write(text, row: row, col: col, width: screen.cols - col, style: Styles.warning)
            if !hint.isEmpty, let key = hint.split(separator: " ").first {
                screen.write(String(key), row: row, col: screen.cols - 1 - DisplayWidth.of(hint), style: Styles.key)
            }
            return
        }
        let room = screen.cols - end - 4
        guard room >= 8 else { return }
        // The count and who is acting matter more than the path: the path gives way
        // first, losing its start ("…/ideas.db.json").
        let tail = " · " + state.strings.ideaCount(state.stats.ideaCount) + (state.actorName.map { " · " + $0 } ?? "")
        let pathRoom = room - DisplayWidth.of(tail)
        let text = pathRoom >= 8 ? TextFit.truncateLeft(state.path, to: pathRoom) + tail
            : TextFit.truncate(String(tail.dropFirst(3)), to: room)
        screen.write(text, row: row, col: screen.cols - 1 - DisplayWidth.of(text), style: Styles.muted)
    }
}
