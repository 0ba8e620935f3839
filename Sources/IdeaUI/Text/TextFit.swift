/// Fitting text into a number of columns without ever splitting a grapheme cluster or
/// leaving half of a wide character.
public enum TextFit {
    public static let ellipsis = "…"

    /// The text, cleaned, cut to at most `width` columns; when it had to be cut, it ends
    /// in "…". The result may be one column short when a wide character did not fit.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.clean(text)
        var total = 0
        for ch in clean { total += DisplayWidth.of(ch) }
        if total <= width { return clean }
        var out = ""
        var used = 0
        for ch in clean {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// The end of the text in at most `width` columns, with "…" in front when cut: for a
    /// line being typed, where the cursor is at the end.
    public static func truncateLeft(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.clean(text)
        var out: [Character] = []
        var used = 0
        for ch in clean.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > width { return "…" + String(out.reversed().dropFirst()) }
            out.append(ch)
            used += w
        }
        return String(out.reversed())
    }

    /// The text in at most `width` columns, cut in the middle when it must be ("Kultūros…
    /// Šilainiai"): for names whose ends tell them apart, as venues named for a district.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.clean(text)
        let chars = Array(clean)
        let widths = chars.map { DisplayWidth.of($0) }
        if widths.reduce(0, +) <= width { return clean }
        guard width >= 3 else { return truncate(clean, to: width) }
        // The end keeps its last whole words when they take a third or more and leave room
        // for a start ("Kiemo sce…Aleksotas"); otherwise the end gets the larger half.
        var tail = chars.count, tailUsed = 0
        var wordTail: (Int, Int)?
        while tail > 0, tailUsed + widths[tail - 1] <= width - 4 {
            tailUsed += widths[tail - 1]
            tail -= 1
            if tail > 0, chars[tail - 1] == " ", tailUsed >= width / 3 {
                wordTail = (tail, tailUsed)
                break
            }
        }
        if let (start, w) = wordTail {
            tail = start
            tailUsed = w
        } else {
            tail = chars.count
            tailUsed = 0
            while tail > 0, tailUsed + widths[tail - 1] <= width - 1 - (width - 1) / 2 {
                tailUsed += widths[tail - 1]
                tail -= 1
            }
        }
        var head = 0, used = 0
        while head < tail, used + widths[head] <= width - 1 - tailUsed {
            used += widths[head]
            head += 1
        }
        let start = String(chars[..<head]).reversed().drop { $0 == " " || $0 == "," }.reversed()
        return String(start) + ellipsis + String(chars[tail...])
    }

    /// The text truncated to `width` and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - DisplayWidth.of(cut))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }

    /// Words wrapped into lines of at most `width` columns; a word longer than a line is
    /// truncated.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in Sanitizer.clean(text).split(separator: " ") {
            let w = truncate(String(word), to: width)
            let ww = DisplayWidth.of(w)
            if lineWidth > 0 && lineWidth + 1 + ww > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += w
            lineWidth += ww
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
