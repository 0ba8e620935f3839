/// One line of text being typed, with a cursor that moves by whole characters as a
/// reader sees them (grapheme clusters): "Š" typed as S + combining caron, a flag or a
/// family emoji is one step, never split.
public struct LineEditor: Equatable, Sendable {
    /// The characters, so the cursor is a plain index and never lands inside one.
    public private(set) var chars: [Character]
    /// Index into `chars`: the cursor is before `chars[cursor]`.
    public private(set) var cursor: Int
    /// At most this many characters (nil: no limit).
    public var limit: Int?

    public init(_ text: String, limit: Int? = nil) {
        chars = Array(text)
        if let limit, chars.count > limit { chars.removeLast(chars.count - limit) }
        cursor = chars.count
        self.limit = limit
    }

    public var text: String { String(chars) }

    /// Applies an editing key; false when the key is not for the line (Enter, Esc, Tab,
    /// ↑/↓…), so the form or prompt around it can act on it.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .paste(let text): insert(text)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            chars.removeSubrange(cursor..<chars.count)
        default:
            return TextEditing.handleCommon(key, &chars, &cursor)
        }
        return true
    }

    /// Inserts text at the cursor: line breaks and tabs become spaces (one line), control
    /// characters are dropped, and the limit is kept.
    public mutating func insert(_ text: String) {
        var new = TextEditing.oneLine(text)
        if let limit { new = Array(new.prefix(max(0, limit - chars.count))) }
        chars.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// What a field `width` cells wide shows: the text scrolled so the cursor is in view,
    /// "…" where text is hidden on either side, and the cursor's cell column.
    public func visible(width: Int) -> (text: String, cursor: Int) {
        TextEditing.window(chars, cursor: cursor, width: width)
    }
}
