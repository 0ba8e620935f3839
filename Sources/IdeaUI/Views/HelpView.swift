import IdeaModel

/// The keys of what is in front — a screen or a window over it — in a box, from the same
/// table keys are dispatched with, then what is good to know there (what the symbols and
/// figures mean). Taller than the screen, it scrolls with ↑/↓.
enum HelpView {
    /// A piece of a line: its text, its column inside the box, its width and style.
    typealias Piece = (text: String, col: Int, width: Int, style: Style)

    static func entries(_ state: AppState, _ context: KeyContext) -> [(String, String)] {
        let s = state.strings
        return state.keyMap.helpLines(in: context).map { ($0.keys, s.explanation($0.word)) }
            + state.keyMap.helpLines(in: .help).filter { $0.word == .close }.map { ($0.keys, s.screen.closeTheHelp) }
    }

    /// Notes for a context, each a mark (a symbol the screen shows, or "") and its text.
    static func notes(_ state: AppState, _ context: KeyContext) -> [(String, String)] {
        let n = state.strings.screen
        var out: [(String, String)] = []
        switch context {
        case .dashboard: out.append(("", n.noteDashboard(SectorBalance.behindPoints)))
        case .ideaList, .list, .board: out += [("", n.noteLists), (ListView.changedMark, state.strings.live.noteMarked)]
        case .mentoring: out += [("", n.fitLegend + "."), ("", n.noteMentoring)]
        case .grid: out += n.noteGrid(SectorBalance.behindPoints)
        case .checklist: out.append(("", n.noteChecklist))
        case .suggestions: out.append(("", n.noteSuggestions))
        case .form: out.append(("", n.noteForm))
        case .picker:
            out.append(("", n.notePicker))
            if case .place? = openPicker(state)?.purpose { out.append(("", n.notePlacePicker)) }
        case .prompt: out.append(("", n.notePrompt))
        case .typing: out.append(("", n.noteTyping))
        case .reasons, .reasonsQuestion: out.append(("", state.strings.diagnosis.note))
        default: break
        }
        if KeyContext.typed.contains(context) { out.append(("", n.noteTyped)) }
        return out
    }

    /// The picker the help is about, if it is about one.
    static func openPicker(_ state: AppState) -> Picker? {
        guard case .helpOver(let under)? = state.overlay else { return nil }
        switch under {
        case .picker(let picker): return picker
        case .form(let form): return form.picker
        default: return nil
        }
    }

    /// The box's title: the window's, else the screen's.
    static func title(_ state: AppState) -> String {
        let s = state.strings
        guard case .helpOver(let under)? = state.overlay else { return state.route.title(s) }
        switch under {
        case .menu(let menu): return menu.title
        case .notice(let notice): return notice.title
        case .prompt(let prompt): return prompt.title
        case .conflict: return s.edit.conflictTitle
        case .form(let form): return form.picker?.title ?? form.title
        case .picker(let picker): return picker.title
        case .reasons(let window): return window.title(s)
        case .help, .helpOver: return state.route.title(s)
        }
    }

    /// The box's width and its lines: the keys (in two columns when one would not fit
    /// the height and the width allows), then the notes, wrapped.
    static func content(_ state: AppState) -> (width: Int, lines: [[Piece]]) {
        let context = state.helpContext
        let entries = entries(state, context)
        let notes = notes(state, context)
        let cols = state.size.cols, rows = state.size.rows
        let keyWidth = min(18, entries.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let textWidth = entries.map { DisplayWidth.of($0.1) }.max() ?? 0
        let columnWidth = keyWidth + textWidth + 4
        let columns = entries.count + 4 > rows - 2 && cols >= 2 * columnWidth + 7 ? 2 : 1
        var width = min(cols - 4, max(30, columns * columnWidth + 3))
        if !notes.isEmpty { width = max(width, min(cols - 4, 76)) }
        let usable = (width - 3) / columns
        let perColumn = (entries.count + columns - 1) / columns
        var lines: [[Piece]] = []
        let textRoom = max(1, usable - keyWidth - 3)
        for r in 0..<perColumn {
            if columns == 1 {
                // One column: a long explanation wraps under itself rather than being cut.
                for (n, part) in TextFit.wrap(entries[r].1, to: textRoom).enumerated() {
                    lines.append((n == 0 ? [(entries[r].0, 3, keyWidth, Styles.key)] : []) + [(part, 5 + keyWidth, textRoom, .plain)])
                }
                continue
            }
            var line: [Piece] = []
            for c in 0..<columns {
                let i = c * perColumn + r
                guard entries.indices.contains(i) else { continue }
                let x = 3 + c * usable
                line.append((entries[i].0, x, keyWidth, Styles.key))
                line.append((entries[i].1, x + keyWidth + 2, textRoom, .plain))
            }
            lines.append(line)
        }
        guard !notes.isEmpty else { return (width, lines) }
        lines.append([])
        lines.append([(state.strings.screen.helpNotesTitle, 3, width - 5, Styles.heading)])
        let markWidth = notes.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (mark, text) in notes {
            let indent = mark.isEmpty ? 0 : markWidth + 2
            for (n, part) in TextFit.wrap(text, to: max(1, width - 5 - indent)).enumerated() {
                var line: [Piece] = []
                if n == 0, !mark.isEmpty { line.append((mark, 3, markWidth, Styles.key)) }
                line.append((part, 3 + indent, width - 5 - indent, .plain))
                lines.append(line)
            }
        }
        return (width, lines)
    }

    /// How far the help can scroll at the current size.
    static func maxTop(_ state: AppState) -> Int {
        let lines = content(state).lines
        let height = min(state.size.rows - 2, lines.count + 4)
        return max(0, lines.count - max(1, height - 4))
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let (width, lines) = content(state)
        let height = min(screen.rows - 2, lines.count + 4)
        guard width >= 10, height >= 3 else { return }
        let top = max(1, (screen.rows - height) / 2)
        let left = (screen.cols - width) / 2
        let box = Rect(row: top, col: left, width: width, height: height)
        screen.fill(box)
        Frame.border(box, title: "\(s.keysTitle) · \(title(state))", into: &screen)
        let room = max(1, box.height - 4)
        // A list taller than the box scrolls with ↑/↓; the frame says there is more.
        let first = max(0, min(state.helpTop, lines.count - room))
        for i in 0..<room {
            guard lines.indices.contains(first + i) else { break }
            for piece in lines[first + i] {
                screen.write(piece.text, row: top + 2 + i, col: left + piece.col, width: piece.width, style: piece.style)
            }
        }
        if first > 0 { screen.write("↑", row: top + 1, col: box.right - 3, style: Styles.key) }
        if first + room < lines.count { screen.write("↓", row: box.bottom - 2, col: box.right - 3, style: Styles.key) }
    }
}
