import IdeaUI
import Testing

@Suite struct ScreenTests {
    @Test func writesClustersIntoCells() {
        var s = Screen(size: Size(cols: 8, rows: 1))
        let w = s.write("Že\u{0301}漢x", row: 0, col: 1)
        #expect(w == 5)
        #expect(s[0, 1].text == "Ž")
        #expect(s[0, 2].text == "e\u{0301}")
        #expect(s[0, 3].text == "漢" && s[0, 3].width == 2)
        #expect(s[0, 4].isContinuation)
        #expect(s[0, 5].text == "x")
        #expect(s.line(0) == " Že\u{0301}漢x  ")
    }

    @Test func cutsWithEllipsisAtTheEdge() {
        var s = Screen(size: Size(cols: 6, rows: 1))
        s.write("Vilijampolė", row: 0, col: 0)
        #expect(s.line(0) == "Vilij…")
        var t = Screen(size: Size(cols: 6, rows: 1))
        t.write("ab漢字", row: 0, col: 1)  // 1 + 2 + 2 + 2 = 7 > 6
        #expect(t.line(0) == " ab漢…")
        #expect(DisplayWidth.of(t.line(0)) == 6)
    }

    @Test func neverLeavesHalfAWideCharacter() {
        var s = Screen(size: Size(cols: 6, rows: 1))
        s.write("漢字漢", row: 0, col: 0)
        s.write("x", row: 0, col: 1)  // over the right half of 漢
        #expect(s.line(0) == " x字漢")
        s.write("y", row: 0, col: 2)  // over the left half of 字
        #expect(s.line(0) == " xy 漢")
        s.write("字", row: 0, col: 3)  // a wide char over the left half of 漢: its right half goes too
        #expect(s.line(0) == " xy字 ")
        var edge = Screen(size: Size(cols: 3, rows: 1))
        edge.write("ab", row: 0, col: 0)
        edge.write("漢", row: 0, col: 2, width: 5)  // would hang over the edge
        #expect(edge.line(0) == "ab…")  // no room for a wide char: cut, never half
        for r in [s, edge] { #expect(DisplayWidth.of(r.line(0)) == r.cols) }
    }

    @Test func clipsOutsideTheGrid() {
        var s = Screen(size: Size(cols: 4, rows: 2))
        #expect(s.write("x", row: 2, col: 0) == 0)
        #expect(s.write("x", row: 0, col: 4) == 0)
        #expect(s.write("x", row: -1, col: 0) == 0)
        s.fill(Rect(row: -3, col: -3, width: 100, height: 100), style: Style(.title, reverse: true))
        #expect(s[1, 3].style.reverse)
        #expect(s[9, 9] == Cell.blank())
    }

    @Test func rowDiffersTracksChanges() {
        var a = Screen(size: Size(cols: 4, rows: 2))
        let b = a
        a.write("x", row: 1, col: 0)
        #expect(!a.rowDiffers(0, from: b))
        #expect(a.rowDiffers(1, from: b))
        #expect(a.rowDiffers(0, from: nil))
        #expect(a.rowDiffers(0, from: Screen(size: Size(cols: 5, rows: 2))))
    }

    /// Drawing helpers are total: a rectangle that is empty, inverted or off the screen
    /// draws nothing (issue 13: `highlight` trapped on a cursor past the right edge).
    @Test(arguments: [Rect(row: 0, col: 12, width: 4, height: 1), Rect(row: 5, col: 0, width: 3, height: 1),
                      Rect(row: -3, col: -9, width: 2, height: 2), Rect(row: 1, col: 2, width: 0, height: 1),
                      Rect(row: 1, col: Int.max - 1, width: 4, height: 1), Rect(row: Int.min, col: 0, width: 4, height: 4)])
    func helpersDrawNothingOutsideTheScreen(rect: Rect) {
        var s = Screen(size: Size(cols: 10, rows: 3))
        let blank = s
        s.highlight(rect)
        s.fill(rect, style: Style(.warning, reverse: true))
        s.repeating("─", count: rect.width, row: rect.row, col: rect.col)
        #expect(s == blank)
    }

    @Test func helpersClipWhatIsPartlyOnScreen() {
        var s = Screen(size: Size(cols: 10, rows: 3))
        s.highlight(Rect(row: 2, col: 8, width: 4, height: 4))
        #expect(s[2, 8].style.reverse && s[2, 9].style.reverse && !s[1, 9].style.reverse)
        s.repeating("─", count: 5, row: 0, col: -3)
        #expect(s.line(0) == "──        ")
        s.repeating("=", count: Int.max, row: 1, col: 7)
        #expect(s.line(1) == "       ===")
    }
}
