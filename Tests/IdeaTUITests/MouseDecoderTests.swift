@testable import IdeaTUI
import IdeaUI
import Testing

/// Clicks, double clicks (timed here, not by ncurses) and the wheel.
struct MouseDecoderTests {
    @Test func aPressIsAClickAtOnce() {
        var d = MouseDecoder()
        #expect(d.action(for: .press(row: 5, col: 10), at: 1000) == .click(row: 5, col: 10))
    }

    @Test func aSecondPressOnTheSameCellSoonIsADoubleClick() {
        var d = MouseDecoder()
        _ = d.action(for: .press(row: 5, col: 10), at: 1000)
        #expect(d.action(for: .press(row: 5, col: 10), at: 1400) == .doubleClick(row: 5, col: 10))
    }

    @Test func tooLateOrElsewhereIsAnotherClick() {
        var d = MouseDecoder()
        _ = d.action(for: .press(row: 5, col: 10), at: 1000)
        #expect(d.action(for: .press(row: 5, col: 10), at: 1401) == .click(row: 5, col: 10))
        #expect(d.action(for: .press(row: 5, col: 11), at: 1450) == .click(row: 5, col: 11))
        #expect(d.action(for: .press(row: 6, col: 11), at: 1500) == .click(row: 6, col: 11))
    }

    @Test func aThirdPressStartsOver() {
        var d = MouseDecoder()
        let p = MouseEvent.press(row: 1, col: 2)
        #expect(d.action(for: p, at: 0) == .click(row: 1, col: 2))
        #expect(d.action(for: p, at: 100) == .doubleClick(row: 1, col: 2))
        #expect(d.action(for: p, at: 200) == .click(row: 1, col: 2))
        #expect(d.action(for: p, at: 300) == .doubleClick(row: 1, col: 2))
    }

    @Test func aClockGoingBackIsNoDoubleClick() {
        var d = MouseDecoder()
        _ = d.action(for: .press(row: 1, col: 2), at: 1000)
        #expect(d.action(for: .press(row: 1, col: 2), at: 900) == .click(row: 1, col: 2))
    }

    @Test func theWheelScrollsThreeRows() {
        var d = MouseDecoder()
        #expect(d.action(for: .wheelUp(row: 3, col: 4), at: 0) == .scroll(row: 3, col: 4, by: -3))
        #expect(d.action(for: .wheelDown(row: 3, col: 4), at: 0) == .scroll(row: 3, col: 4, by: 3))
    }

    @Test func theWheelBetweenTwoPressesBreaksTheDoubleClick() {
        var d = MouseDecoder()
        _ = d.action(for: .press(row: 1, col: 2), at: 0)
        _ = d.action(for: .wheelDown(row: 1, col: 2), at: 50)
        #expect(d.action(for: .press(row: 1, col: 2), at: 100) == .click(row: 1, col: 2))
    }

    @Test func theDoubleClickTimeCanBeSetWithinLimits() {
        #expect(MouseDecoder.interval(from: nil) == 400)
        #expect(MouseDecoder.interval(from: "3000") == 3000)
        #expect(MouseDecoder.interval(from: "50") == 400)
        #expect(MouseDecoder.interval(from: "9000") == 400)
        #expect(MouseDecoder.interval(from: "soon") == 400)
        var d = MouseDecoder(interval: 3000)
        _ = d.action(for: .press(row: 5, col: 10), at: 1000)
        #expect(d.action(for: .press(row: 5, col: 10), at: 3900) == .doubleClick(row: 5, col: 10))
    }
}
