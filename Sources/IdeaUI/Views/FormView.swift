/// A form over the screen: labels on the left, fields on the right, each field's problem
/// under it, the model's refusal (if any) at the foot, and the picker over it all when
/// one is open. Text areas share the rows the other fields leave.
enum FormView {
    static func draw(_ form: Form, _ state: AppState, into screen: inout Screen) {
        let full = Rect(row: 1, col: 1, width: screen.cols - 2, height: screen.rows - 2)
        guard full.width >= 20, full.height >= 5 else { return }
        // As tall as the fields need (text areas at most eight rows), never taller than the screen.
        let wanted = rowsPerField(form, available: 8 * form.fields.count).reduce(0, +)
            + footer(form, state.strings, width: full.width - 4).count + 2
        let box = Rect(row: 1, col: 1, width: full.width, height: min(full.height, wanted))
        screen.fill(box)
        Frame.border(box, title: form.title, into: &screen)
        let inner = Rect(row: box.row + 1, col: box.col + 2, width: box.width - 4, height: box.height - 2)
        let labelWidth = min(inner.width / 3, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 2)
        let fieldCol = inner.col + labelWidth
        let fieldWidth = inner.right - fieldCol
        let foot = footer(form, state.strings, width: inner.width)
        let heights = rowsPerField(form, available: inner.height - foot.count)
        // When everything does not fit, start from a field that keeps the focus in view.
        var first = 0
        while first < form.focus && heights[first...form.focus].reduce(0, +) > inner.height - foot.count { first += 1 }
        var row = inner.row
        for i in first..<form.fields.count {
            let field = form.fields[i]
            let h = heights[i]
            guard row + h <= inner.row + inner.height - foot.count else { break }
            let focused = i == form.focus && !form.askingToDiscard
            let labelStyle = field.problem != nil ? Styles.warning : focused ? Styles.key : Styles.heading
            screen.write((focused ? "›" : " ") + field.label, row: row, col: inner.col - 1, width: labelWidth, style: labelStyle)
            let fieldRows = h - (field.problem == nil ? 0 : 1)
            switch field.value {
            case .line(let editor):
                FieldView.drawLine(editor, row: row, col: fieldCol, width: fieldWidth, focused: focused, into: &screen)
            case .area(let area):
                FieldView.drawArea(area, row: row, col: fieldCol, width: fieldWidth, height: fieldRows, focused: focused, into: &screen)
            case .choice:
                let text = field.chosen.isEmpty ? "—" : field.choiceLabels
                screen.write(text + " ▾", row: row, col: fieldCol, exactly: fieldWidth,
                             style: focused ? Styles.selected : Styles.field)
            }
            if let problem = field.problem {
                screen.write("⚠ " + problem, row: row + fieldRows, col: fieldCol, width: fieldWidth, style: Styles.warning)
            }
            row += h
        }
        for (i, line) in foot.enumerated() {
            screen.write(line, row: inner.bottom - foot.count + i, col: inner.col, width: inner.width,
                         style: form.askingToDiscard || line.hasPrefix("•") ? Styles.warning : Styles.muted)
        }
        if let picker = form.picker { PickerView.draw(picker, state, into: &screen) }
    }

    /// The lines at the foot: the question about throwing changes away, or the model's
    /// refusal of the last save.
    static func footer(_ form: Form, _ s: Strings, width: Int) -> [String] {
        if form.askingToDiscard { return TextFit.wrap(s.edit.discardQuestion, to: width) }
        guard let refusal = form.refusal else { return [] }
        return Array(refusal.flatMap { TextFit.wrap($0, to: width) }.prefix(4))
    }

    /// Rows of each field: one for lines and choices, plus one for a problem; text areas
    /// share what is left (at least one row each, at most eight).
    static func rowsPerField(_ form: Form, available: Int) -> [Int] {
        let areas = form.fields.filter { if case .area = $0.value { return true } else { return false } }.count
        let fixed = form.fields.reduce(0) { n, f in
            let problem = f.problem == nil ? 0 : 1
            if case .area = f.value { return n + problem }
            return n + 1 + problem
        }
        let each = areas == 0 ? 0 : max(1, min(8, (available - fixed) / areas))
        return form.fields.map { f in
            let problem = f.problem == nil ? 0 : 1
            if case .area = f.value { return each + problem }
            return 1 + problem
        }
    }
}
