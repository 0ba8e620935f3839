import IdeaModel

/// The window that says why a ready idea is not on the festival grid: the auto-scheduler's
/// reason, the closest places with what is in the way, and the changes that would let it
/// in, one of them selected (↑/↓); `a` asks before making the selected one (`asking`).
public struct ReasonsWindow: Equatable, Sendable {
    public var diagnosis: PlacementDiagnosis
    /// The selected change, a position in `diagnosis.suggestions`.
    public var selected = 0
    /// True while the question "make this change?" waits for y or n.
    public var asking = false

    public init(_ diagnosis: PlacementDiagnosis) { self.diagnosis = diagnosis }

    public var suggestion: PlacementDiagnosis.Suggestion? {
        diagnosis.suggestions.indices.contains(selected) ? diagnosis.suggestions[selected] : nil
    }

    /// One line of the window before wrapping: its text, how it looks, and which change
    /// it is (for the selection).
    struct Line: Equatable {
        enum Look { case plain, heading, warning, muted }
        var text: String
        var look: Look
        var change: Int?
    }

    /// What the window says, line by line, before wrapping: the layout drawing reads.
    func lines(_ s: Strings) -> [Line] {
        let d = s.diagnosis
        var out: [Line] = []
        if let reason = diagnosis.reason {
            out.append(Line(text: "✗ " + s.model.unplaced(reason), look: .warning))
        } else {
            out.append(Line(text: d.fitsNow, look: .plain))
        }
        if !diagnosis.misses.isEmpty {
            out.append(Line(text: "", look: .plain))
            out.append(Line(text: d.missesHeading, look: .heading))
            out += diagnosis.misses.map { Line(text: "• " + d.miss($0), look: .plain) }
        }
        // An idea without a plan, or off the grid, has nothing more to say.
        guard diagnosis.reason.map({ $0 != .noPlan && $0.kind != .lengthOffGrid }) ?? true else { return out }
        out.append(Line(text: "", look: .plain))
        out.append(Line(text: d.changesHeading, look: .heading))
        if diagnosis.suggestions.isEmpty { out.append(Line(text: d.noChange, look: .muted)) }
        for (i, suggestion) in diagnosis.suggestions.enumerated() {
            out.append(Line(text: d.suggestion(suggestion), look: .plain, change: i))
        }
        if asking {
            out.append(Line(text: "", look: .plain))
            out.append(Line(text: d.question(diagnosis.title), look: .warning))
        }
        return out
    }

    func title(_ s: Strings) -> String { s.diagnosis.title(diagnosis.title) }
}
