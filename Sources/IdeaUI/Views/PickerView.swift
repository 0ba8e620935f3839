/// A picker: its title, the search line, the options (marked ones ticked) and a hint.
/// A picker with column titles (the ideas to place on the festival grid) shows them over
/// aligned cells and says at its foot what the selected option's warning is in full.
enum PickerView {
    static func draw(_ picker: Picker, _ state: AppState, into screen: inout Screen) {
        let s = state.strings.edit
        let hint = picker.multiple ? s.pickerHintMultiple : s.pickerHint
        let tabular = !picker.columns.isEmpty
        let widest = picker.options.map { DisplayWidth.of($0.label) + DisplayWidth.of($0.detail) }.max() ?? 20
        let width = tabular ? screen.cols - 4 : min(screen.cols - 4, max(40, widest + 12, DisplayWidth.of(hint) + 4))
        // The box keeps its size while typing narrows the list, so it does not jump.
        let listRows = min(state.pickerHeight, max(1, picker.options.count + (picker.allowsNew ? 1 : 0)))
        let extra = tabular ? 2 : 0  // the column titles and the foot
        let height = min(screen.rows - 2, listRows + 5 + extra)
        guard width >= 16, height >= 5 + extra else { return }
        let box = Rect(row: max(1, (screen.rows - height) / 2), col: (screen.cols - width) / 2, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: picker.title, into: &screen)
        let inner = Rect(row: box.row + 1, col: box.col + 2, width: box.width - 4, height: box.height - 2)
        let mark = screen.write("/ ", row: inner.row, col: inner.col, style: Styles.key)
        FieldView.drawLine(picker.query, row: inner.row, col: inner.col + mark, width: inner.width - mark, focused: true, into: &screen)
        let listTop = inner.row + 1 + (tabular ? 1 : 0)
        let rows = inner.height - 3 - extra
        let layout = tabular ? columns(picker, width: inner.width) : []
        if tabular { drawRow(picker.columns, layout, row: inner.row + 1, col: inner.col, style: Styles.header, into: &screen) }
        if picker.rowCount == 0 {
            screen.write(s.nothingMatches, row: listTop, col: inner.col, width: inner.width, style: Styles.muted)
        }
        for r in 0..<max(0, rows) {
            let at = picker.top + r
            guard at < picker.rowCount, let id = picker.id(atRow: at) else { break }
            let isNew = picker.newValue != nil && at == 0
            let option = picker.options.first { $0.id == id }
            let label = isNew ? s.newValue(id) : option?.label ?? id
            let tick = picker.multiple ? (picker.isMarked(id) ? "[x] " : "[ ] ") : ""
            let selected = at == picker.selected
            let style = selected ? Styles.selected : Style.plain
            let row = listTop + r
            if let option, tabular {
                screen.fill(Rect(row: row, col: inner.col, width: inner.width, height: 1), style: style)
                drawRow([tick + label] + option.cells, layout, row: row, col: inner.col, style: style, into: &screen)
                if let last = option.cells.indices.last, let place = layout.last, layout.count == option.cells.count + 1 {
                    var flag = option.flagged ? Styles.warning : Styles.good
                    flag.reverse = selected
                    screen.write(option.cells[last], row: row, col: inner.col + place.col, exactly: place.width, style: flag)
                }
                continue
            }
            screen.write(tick + label, row: row, col: inner.col, exactly: inner.width, style: style)
            if let detail = option?.detail, !detail.isEmpty {
                // The detail (a reason, a stage list) gives way to the label, shortened
                // rather than dropped while there is room for a few words.
                let room = inner.width - DisplayWidth.of(tick + label) - 3
                let shown = TextFit.truncate(detail, to: room)
                let w = DisplayWidth.of(shown)
                if room >= 8 {
                    screen.write(shown, row: row, col: inner.right - w, style: selected ? Styles.selected : Styles.muted)
                }
            }
        }
        if tabular, let id = picker.id(atRow: picker.selected), let option = picker.options.first(where: { $0.id == id }) {
            screen.write(option.foot, row: inner.bottom - 2, col: inner.col, width: inner.width,
                         style: option.flagged ? Styles.warning : Styles.good)
        }
        screen.write(hint, row: inner.bottom - 1, col: inner.col, width: inner.width, style: Styles.muted)
    }

    /// Where each column goes: the label's takes what the others leave; at a narrow
    /// width the columns just before the last give way first (the last says whether the
    /// option would do, so it stays).
    static func columns(_ picker: Picker, width: Int) -> [(col: Int, width: Int)] {
        let count = picker.columns.count
        guard count > 0 else { return [] }
        var widths: [Int] = picker.columns.map { DisplayWidth.of($0) }
        for option in picker.options {
            widths[0] = max(widths[0], DisplayWidth.of(option.label))
            for (c, cell) in option.cells.enumerated() where c + 1 < count {
                widths[c + 1] = max(widths[c + 1], min(22, DisplayWidth.of(cell)))
            }
        }
        var shown = Array(repeating: true, count: count)
        func spare() -> Int { width - (1..<count).filter { shown[$0] }.reduce(0) { $0 + widths[$1] + 2 } }
        let wanted = min(widths[0], max(16, width / 3))
        // Narrow the middle columns (down to their title or 8), then drop them, from the
        // right, until the label's column has what it wants.
        for c in stride(from: count - 2, through: 1, by: -1) where spare() < wanted {
            let floor = min(widths[c], max(8, DisplayWidth.of(picker.columns[c])))
            widths[c] = max(floor, widths[c] - (wanted - spare()))
        }
        for c in stride(from: count - 2, through: 1, by: -1) where spare() < min(16, wanted) {
            shown[c] = false
        }
        widths[0] = max(1, spare())
        var out: [(Int, Int)] = []
        var col = 0
        for c in 0..<count {
            guard shown[c] else {
                out.append((col, 0))
                continue
            }
            out.append((col, min(widths[c], max(0, width - col))))
            col += widths[c] + 2
        }
        return out
    }

    static func drawRow(_ cells: [String], _ layout: [(col: Int, width: Int)], row: Int, col: Int, style: Style,
                        into screen: inout Screen) {
        for (cell, place) in zip(cells, layout) where place.width > 0 {
            screen.write(cell, row: row, col: col + place.col, exactly: place.width, style: style)
        }
    }
}
