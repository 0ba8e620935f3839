/// Several lines of text being typed (an idea's summary, problem, impact): the line
/// editor's keys, Enter for a new line, and ↑/↓ by the lines as wrapped on screen.
public struct TextArea: Equatable, Sendable {
    public private(set) var chars: [Character]
    public private(set) var cursor: Int
    /// The display column ↑/↓ try to keep, so moving through a short line does not lose it.
    private var goalColumn: Int?
    /// The width the text was last wrapped to for ↑/↓ (the form sets it as it draws).
    public var wrapWidth = 60

    public init(_ text: String) {
        chars = Array(text.replacingTabs)
        cursor = chars.count
    }

    public var text: String { String(chars) }

    /// Applies an editing key; false for keys that leave the area: Tab, Esc, ↑ on the
    /// first line, ↓ on the last.
    public mutating func handle(_ key: Key) -> Bool {
        var keepGoal = false
        switch key {
        case .char(let c): insert(String(c))
        case .paste(let text): insert(text)
        case .enter: insert("\n")
        case .home, .ctrl("a"): cursor = TextEditing.lineStart(cursor, chars)
        case .end, .ctrl("e"): cursor = TextEditing.lineEnd(cursor, chars)
        case .ctrl("u"):
            let start = TextEditing.lineStart(cursor, chars)
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("k"):
            let end = TextEditing.lineEnd(cursor, chars)
            chars.removeSubrange(cursor..<(end == cursor && end < chars.count ? end + 1 : end))
        case .up, .down, .pageUp, .pageDown:
            let step = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -5 : 5
            guard moveVertically(step) else { return false }
            keepGoal = true
        default:
            guard TextEditing.handleCommon(key, &chars, &cursor) else { return false }
        }
        if !keepGoal { goalColumn = nil }
        return true
    }

    public mutating func insert(_ text: String) {
        let new = TextEditing.multiLine(text)
        chars.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// Moves by wrapped lines; false (and no move) when there is no line that way.
    private mutating func moveVertically(_ step: Int) -> Bool {
        let lines = TextEditing.wrap(chars, width: wrapWidth)
        let (row, col) = TextEditing.position(of: cursor, in: lines, chars)
        let target = max(0, min(lines.count - 1, row + step))
        guard target != row else { return false }
        let goal = goalColumn ?? col
        goalColumn = goal
        cursor = TextEditing.index(atColumn: goal, of: lines[target], chars)
        return true
    }

    /// The rows a `width` × `height` box shows (wrapped at spaces, scrolled to keep the
    /// cursor in view) and the cursor's row and column in it.
    public func visible(width: Int, height: Int) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        let lines = TextEditing.wrap(chars, width: max(1, width))
        let (row, col) = TextEditing.position(of: cursor, in: lines, chars)
        let top = max(0, row - max(1, height) + 1)
        let shown = lines[top..<min(lines.count, top + max(1, height))].map { range in
            Sanitizer.clean(String(chars[range].filter { $0 != "\n" }))
        }
        return (Array(shown), row - top, min(col, max(0, width - 1)))
    }
}

extension String {
    fileprivate var replacingTabs: String { String(map { $0 == "\t" ? " " : $0 }) }
}
