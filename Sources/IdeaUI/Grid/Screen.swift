/// One cell of the grid: a grapheme cluster and its style. A wide character occupies its
/// own cell (width 2) and the cell to its right, which is a continuation (width 0, empty
/// text). Every cell's text is already clean: no control characters.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String, width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }
    static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}

/// An in-memory screen: rows × cols cells. Views draw into it; the terminal backend copies
/// it out; tests compare it with golden text. Drawing is clipped to the grid and text is
/// cleaned and fitted, so no view can put a control character or half a wide character
/// on the terminal.
public struct Screen: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Style = .plain) {
        self.size = size
        cells = Array(repeating: .blank(fill), count: size.cols * size.rows)
    }

    public var rows: Int { size.rows }
    public var cols: Int { size.cols }

    public subscript(row: Int, col: Int) -> Cell {
        guard row >= 0, row < rows, col >= 0, col < cols else { return .blank() }
        return cells[row * cols + col]
    }

    /// Writes text at (row, col), at most `width` columns (default: to the right edge).
    /// Text that does not fit ends in "…". Returns the columns written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, col: Int, width: Int? = nil, style: Style = .plain) -> Int {
        guard row >= 0, row < rows, col >= 0, col < cols else { return 0 }
        let room = min(cols - col, width ?? cols)
        guard room > 0 else { return 0 }
        var x = col
        for ch in TextFit.truncate(text, to: room) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            place(Cell(String(ch), width: w, style: style), row: row, col: x)
            x += w
        }
        return x - col
    }

    /// Writes text padded or cut to exactly `width` columns.
    public mutating func write(_ text: String, row: Int, col: Int, exactly width: Int, alignRight: Bool = false, style: Style = .plain) {
        write(TextFit.pad(text, to: width, alignRight: alignRight), row: row, col: col, width: width, style: style)
    }

    /// Shows a rectangle as selected: every cell in it reversed, its text kept.
    public mutating func highlight(_ rect: Rect) {
        // A rectangle partly or wholly off the screen highlights what is on it, or nothing.
        let top = max(0, rect.row), bottom = max(top, min(rows, rect.bottom))
        let left = max(0, rect.col), right = max(left, min(cols, rect.right))
        for r in top..<bottom {
            for c in left..<right {
                cells[r * cols + c].style.reverse = true
            }
        }
    }

    /// Fills a rectangle with spaces of one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for r in max(0, rect.row)..<min(rows, rect.bottom) {
            for c in max(0, rect.col)..<min(cols, rect.right) {
                place(.blank(style), row: r, col: c)
            }
        }
    }

    /// Repeats one single-width character across `count` columns.
    public mutating func repeating(_ ch: Character, count: Int, row: Int, col: Int, style: Style = .plain) {
        guard DisplayWidth.of(ch) == 1, row >= 0, row < rows else { return }
        for c in max(0, col)..<max(0, min(cols, col + count)) {
            place(Cell(String(ch), style: style), row: row, col: c)
        }
    }

    /// Puts one cell, keeping wide characters whole: overwriting either half of a wide
    /// character blanks the other half. A wide cell that would hang over the right edge
    /// becomes a space.
    private mutating func place(_ cell: Cell, row: Int, col: Int) {
        var cell = cell
        if cell.width == 2 && col + 1 >= cols { cell = .blank(cell.style) }
        let i = row * cols + col
        if cells[i].isContinuation && col > 0 { cells[i - 1] = .blank(cells[i - 1].style) }
        if cells[i].width == 2 && col + 1 < cols && cell.width != 2 { cells[i + 1] = .blank(cells[i + 1].style) }
        if cell.width == 2 {
            if col + 2 < cols && cells[i + 1].width == 2 { cells[i + 2] = .blank(cells[i + 2].style) }
            cells[i + 1] = .continuation(cell.style)
        }
        cells[i] = cell
    }

    /// The text of one row; a wide character stands for its two columns.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < rows else { return "" }
        var s = ""
        for c in 0..<cols { s += cells[row * cols + c].text }
        return s
    }

    public var lines: [String] { (0..<rows).map(line) }

    /// True when the row differs from the same row of `other` (or sizes differ).
    public func rowDiffers(_ row: Int, from other: Screen?) -> Bool {
        guard let other, other.size == size else { return true }
        let start = row * cols
        return cells[start..<start + cols] != other.cells[start..<start + cols]
    }

    /// A text picture for golden files: the size, every row between bars, then one
    /// letter per cell for its style with a legend. Any change of text or style shows.
    public var golden: String {
        var out = "size \(cols)x\(rows)\n"
        for r in 0..<rows { out += "|" + line(r) + "|\n" }
        var letters: [Style: Character] = [.plain: " "]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        out += "styles\n"
        for r in 0..<rows {
            var line = "|"
            for c in 0..<cols {
                let style = cells[r * cols + c].style
                if letters[style] == nil {
                    let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) = \(style.summary)")
                }
                line.append(letters[style] ?? "?")
            }
            out += line + "|\n"
        }
        out += "legend\n"
        for entry in legend { out += entry + "\n" }
        return out
    }
}
