/// Where an idea is in its life. The raw values are the words users see.
public enum Stage: String, CaseIterable, Sendable, TextForm {
    case shared, refined, team, mentored, workshops, ready, scheduled, delivered, parked, withdrawn

    /// The forward path, in order; `parked` and `withdrawn` sit beside it.
    public static let pipeline: [Stage] = [.shared, .refined, .team, .mentored, .workshops, .ready, .scheduled, .delivered]

    public var pipelineIndex: Int? { Stage.pipeline.firstIndex(of: self) }

    /// The next stage on the forward path, if any.
    public var next: Stage? {
        guard let i = pipelineIndex, i + 1 < Stage.pipeline.count else { return nil }
        return Stage.pipeline[i + 1]
    }

    /// The previous stage on the forward path, if any.
    public var previous: Stage? {
        guard let i = pipelineIndex, i > 0 else { return nil }
        return Stage.pipeline[i - 1]
    }

    /// Active stages are the ones an idea can be parked or withdrawn from.
    public var isActive: Bool { self != .parked && self != .withdrawn && self != .delivered }
}
