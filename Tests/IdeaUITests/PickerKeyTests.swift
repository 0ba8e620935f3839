@testable import IdeaUI
import Testing

/// The keys of a picker: moving by one, a page, to either end; typing narrows.
struct PickerKeyTests {
    private func picker(_ count: Int) -> Picker {
        Picker(title: "Choose", purpose: .diagnose,
               options: (1...count).map { Picker.Option(id: "idea-\($0)", label: "Idėja \($0)") })
    }

    @Test func homeAndEndGoToTheEndsWhileNothingIsTyped() {
        var p = picker(40)
        _ = p.handle(.end, height: 10)
        #expect(p.choose() == .chosen(["idea-40"]))
        #expect(p.top == 30)
        _ = p.handle(.home, height: 10)
        #expect(p.choose() == .chosen(["idea-1"]))
        #expect(p.top == 0)
    }

    @Test func withTextTypedHomeAndEndMoveInTheText() {
        var p = picker(40)
        for c in "dėja 3" { _ = p.handle(.char(c), height: 10) }
        _ = p.handle(.down, height: 10)
        _ = p.handle(.home, height: 10)
        // The selection stayed on the second match ("Idėja 13"), not the first row.
        #expect(p.choose() == .chosen(["idea-13"]))
        _ = p.handle(.char("I"), height: 10)
        #expect(p.query.text == "Idėja 3")
    }

    @Test func pageDownMovesAPage() {
        var p = picker(40)
        _ = p.handle(.pageDown, height: 10)
        #expect(p.choose() == .chosen(["idea-10"]))
    }
}
