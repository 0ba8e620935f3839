/// The text rules the line editor and the text area share: words, lines, wrapping and
/// the window of a long line.
enum TextEditing {
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Where Ctrl-← lands: the start of the word before the cursor (spaces and
    /// punctuation between are skipped).
    /// The keys a line and an area share: moving by character and word, deleting a
    /// character or the word before the cursor. False for any other key.
    static func handleCommon(_ key: Key, _ chars: inout [Character], _ cursor: inout Int) -> Bool {
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .wordLeft, .alt("b"): cursor = wordStart(before: cursor, in: chars)
        case .wordRight, .alt("f"): cursor = wordEnd(after: cursor, in: chars)
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            if cursor < chars.count { chars.remove(at: cursor) }
        case .ctrl("w"), .alt("\u{7F}"), .altBackspace:
            let start = wordStart(before: cursor, in: chars)
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    static func wordStart(before cursor: Int, in chars: [Character]) -> Int {
        var i = min(cursor, chars.count)
        while i > 0 && !isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(chars[i - 1]) { i -= 1 }
        return i
    }

    /// Where Ctrl-→ lands: the end of the word after the cursor.
    static func wordEnd(after cursor: Int, in chars: [Character]) -> Int {
        var i = max(0, cursor)
        while i < chars.count && !isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count && isWordCharacter(chars[i]) { i += 1 }
        return i
    }

    static func lineStart(_ cursor: Int, _ chars: [Character]) -> Int {
        var i = min(cursor, chars.count)
        while i > 0 && chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    static func lineEnd(_ cursor: Int, _ chars: [Character]) -> Int {
        var i = max(0, cursor)
        while i < chars.count && chars[i] != "\n" { i += 1 }
        return i
    }

    /// Pasted or typed text for one line: breaks and tabs become spaces, other control
    /// characters go (they would do things to a terminal, not show).
    static func oneLine(_ text: String) -> [Character] {
        text.compactMap { c in
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" { return " " }
            return isControl(c) ? nil : c
        }
    }

    /// Text for several lines: CR LF and CR become LF, tabs spaces, other controls go.
    static func multiLine(_ text: String) -> [Character] {
        text.compactMap { c in
            if c == "\r\n" || c == "\r" || c == "\n" { return "\n" }
            if c == "\t" { return " " }
            return isControl(c) ? nil : c
        }
    }

    static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// The visible window of a line `width` cells wide, keeping the cursor in view.
    static func window(_ chars: [Character], cursor: Int, width: Int) -> (text: String, cursor: Int) {
        guard width > 0 else { return ("", 0) }
        let widths = chars.map { DisplayWidth.of(Character(Sanitizer.clean(String($0)))) }
        let total = widths.reduce(0, +)
        if total < width || (total == width && cursor < chars.count) {
            return (Sanitizer.clean(String(chars)), widths[..<cursor].reduce(0, +))
        }
        // Scroll so the cursor sits in the window, with room for the "…" markers.
        var start = 0
        var used = widths[..<cursor].reduce(0, +)
        let room = max(1, width - 2)
        while used >= room && start < cursor {
            used -= widths[start]
            start += 1
        }
        var out = start > 0 ? "…" : ""
        var col = start > 0 ? 1 : 0
        let cursorCol = col + used
        var i = start
        while i < chars.count {
            let w = widths[i]
            let last = i == chars.count - 1
            if col + w > width - (last ? 0 : 1) { break }
            out += Sanitizer.clean(String(chars[i]))
            col += w
            i += 1
        }
        if i < chars.count && col < width { out += "…" }
        return (out, min(cursorCol, width - 1))
    }

    /// Wraps text into display lines no wider than `width`: at spaces where it can,
    /// inside a word longer than the line, and at every line break. Each line is a range
    /// of `chars`; a break belongs to the line it ends.
    static func wrap(_ chars: [Character], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0, col = 0, lastSpace: Int? = nil
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                lines.append(start..<i + 1)
                start = i + 1
                col = 0
                lastSpace = nil
                i += 1
                continue
            }
            let w = DisplayWidth.of(Character(Sanitizer.clean(String(c))))
            if col + w > width && i > start {
                if let space = lastSpace, space > start {
                    lines.append(start..<space + 1)
                    start = space + 1
                } else {
                    lines.append(start..<i)
                    start = i
                }
                col = chars[start..<i].reduce(0) { $0 + DisplayWidth.of(Character(Sanitizer.clean(String($1)))) }
                lastSpace = nil
                continue
            }
            if c == " " { lastSpace = i }
            col += w
            i += 1
        }
        lines.append(start..<chars.count)
        return lines
    }

    /// The wrapped line and display column of a character index.
    static func position(of cursor: Int, in lines: [Range<Int>], _ chars: [Character]) -> (row: Int, col: Int) {
        for (row, range) in lines.enumerated() {
            let endsWithBreak = range.upperBound > range.lowerBound && chars[range.upperBound - 1] == "\n"
            let isLast = row == lines.count - 1
            let inside = cursor < range.upperBound || (isLast && cursor == range.upperBound)
                || (!endsWithBreak && cursor == range.upperBound && row + 1 < lines.count && lines[row + 1].isEmpty)
            if inside && cursor >= range.lowerBound {
                let col = chars[range.lowerBound..<cursor].reduce(0) { $0 + DisplayWidth.of(Character(Sanitizer.clean(String($1)))) }
                return (row, col)
            }
        }
        return (max(0, lines.count - 1), 0)
    }

    /// The character index nearest a display column on a wrapped line.
    static func index(atColumn goal: Int, of line: Range<Int>, _ chars: [Character]) -> Int {
        var col = 0
        var i = line.lowerBound
        let end = line.upperBound > line.lowerBound && chars[line.upperBound - 1] == "\n" ? line.upperBound - 1 : line.upperBound
        while i < end {
            let w = DisplayWidth.of(Character(Sanitizer.clean(String(chars[i]))))
            if col + w > goal { break }
            col += w
            i += 1
        }
        // A soft-wrapped line's last position is the next line's first: stay on this one.
        if i == line.upperBound && end == line.upperBound && i < chars.count && i > line.lowerBound { return i - 1 }
        return i
    }
}
