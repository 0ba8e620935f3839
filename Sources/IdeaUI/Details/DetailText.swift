import IdeaModel

/// Builds the lines of a detail screen for a width: section headings with a rule, aligned
/// "label  value" fields, wrapped text and rows of columns. Text is only measured and cut
/// here; `Screen.write` cleans it when it is drawn.
struct DetailText {
    let width: Int
    let state: AppState
    let strings: Strings
    private(set) var lines: [DetailLine] = []

    init(_ state: AppState, width: Int) {
        self.width = max(1, width)
        self.state = state
        strings = state.strings
    }

    /// A blank line (unless at the top), then the title and a rule to the right edge.
    mutating func heading(_ title: String, count: Int? = nil) {
        if !lines.isEmpty { lines.append(.blank) }
        var text = TextFit.truncate(title, to: width)
        if let count { text += " (\(count))" }
        let rest = width - DisplayWidth.of(text) - 1
        lines.append(DetailLine(rest > 0 ? [(text, Styles.heading), (" " + String(repeating: "─", count: rest), Styles.rule)]
                                : [(text, Styles.heading)]))
    }

    /// What a field shows: text that wraps beside its label, or styled pieces on one line
    /// (cut at the edge).
    enum Value {
        case text(String, Style)
        case pieces([(String, Style)])

        static func plain(_ text: String) -> Value { .text(text, .plain) }
    }

    /// Fields with their labels in one column.
    mutating func fields(_ rows: [(String, Value)]) {
        let labelWidth = min(width / 3, rows.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let gap = String(repeating: " ", count: labelWidth)
        for (label, value) in rows {
            let head: [(String, Style)] = [(TextFit.pad(label, to: labelWidth), Styles.muted), ("  ", .plain)]
            switch value {
            case .pieces(let pieces):
                lines.append(DetailLine(head + pieces))
            case .text(let text, let style):
                let wrapped = TextFit.wrap(text, to: width - labelWidth - 2)
                for (n, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                    lines.append(DetailLine(n == 0 ? head + [(part, style)] : [(gap + "  ", .plain), (part, style)]))
                }
            }
        }
    }

    /// Text wrapped to the width, every line indented by `indent` columns.
    mutating func text(_ text: String, indent: Int = 0, style: Style = .plain) {
        let pad = String(repeating: " ", count: indent)
        for part in TextFit.wrap(text, to: width - indent) { lines.append(DetailLine([(pad, .plain), (part, style)])) }
    }

    /// A line of styled pieces as they are.
    mutating func line(_ pieces: [(String, Style)], link: Route? = nil) { lines.append(DetailLine(pieces, link: link)) }

    /// "none", dimmed, for an empty section.
    mutating func none() { lines.append(DetailLine("  " + strings.none, Styles.muted)) }

    /// A row of cells: every cell but the last padded to its width, with two spaces
    /// between; the last one takes the rest of the line, followed by `tail`.
    mutating func row(_ cells: [(String, Style)], widths: [Int], indent: Int = 2, tail: [(String, Style)] = [], link: Route? = nil) {
        var pieces: [(String, Style)] = [(String(repeating: " ", count: indent), .plain)]
        for (n, cell) in cells.enumerated() {
            if n < widths.count, n < cells.count - 1 {
                pieces.append((TextFit.pad(cell.0, to: widths[n]), cell.1))
                pieces.append(("  ", .plain))
            } else {
                pieces.append(cell)
            }
        }
        lines.append(DetailLine(pieces + tail, link: link))
    }

    /// A column width for names and titles: what the longest needs, within a share of the line.
    func columnWidth(_ texts: [String], share: Int, of parts: Int, atLeast: Int = 8) -> Int {
        let longest = texts.map(DisplayWidth.of).max() ?? 0
        return max(min(atLeast, longest), min(longest, width * share / parts))
    }

    // MARK: Words the screens share

    /// Sectors as coloured pieces separated by commas.
    func sectors(_ sectors: [Sector]) -> [(String, Style)] {
        guard !sectors.isEmpty else { return [(strings.none, Styles.muted)] }
        var out: [(String, Style)] = []
        for (n, sector) in sectors.enumerated() {
            if n > 0 { out.append((", ", .plain)) }
            out.append((strings.sector(sector), Style(.sector(sector))))
        }
        return out
    }

    func sectorText(_ sectors: [Sector]) -> String {
        sectors.isEmpty ? strings.none : sectors.map(strings.sector).joined(separator: ", ")
    }

    func list(_ items: [String]) -> String { items.isEmpty ? strings.none : items.joined(separator: ", ") }

    func stageStyle(_ stage: Stage) -> Style { Style(.stage(stage)) }

    /// "2/3", with "at capacity" or "over capacity" after it when it is so.
    func load(_ load: Int, of capacity: Int) -> (String, Style) {
        if load > capacity { return ("\(load)/\(capacity) · \(strings.detailOverCapacity)", Styles.warning) }
        if load == capacity { return ("\(load)/\(capacity) · \(strings.atCapacity)", Style(.warning)) }
        return ("\(load)/\(capacity)", Style(.good))
    }

    // MARK: Records by id

    /// A person's name, or the id when nobody has it.
    func name(_ id: String) -> String { state.index.person[id].map { state.database.people[$0].name } ?? id }

    func person(_ id: String) -> Person? { state.index.person[id].map { state.database.people[$0] } }

    func idea(_ id: String) -> Idea? { state.index.idea[id].map { state.database.ideas[$0] } }

    /// The title of an idea, or its id when the idea is missing.
    func ideaTitle(_ id: String) -> String { idea(id)?.title ?? id }

    /// A mentor's load: how many teams list them.
    func load(of personId: String) -> Int { Set(state.index.teamsOfMentor[personId] ?? []).count }

    /// The lines for a record that does not exist.
    static func notFound(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        var t = DetailText(state, width: width)
        t.text(state.strings.detailNotFound(id), style: Styles.warning)
        return (id, t.lines)
    }
}
