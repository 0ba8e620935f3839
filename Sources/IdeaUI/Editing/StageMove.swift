import IdeaModel

/// The moves of an idea through the pipeline a user can choose, each asking for a reason
/// except going forward (the gate is the reason).
public enum StageMove: Equatable, Sendable {
    case forward(to: Stage)
    case back(to: Stage)
    case park
    case withdraw
    case reopen(to: Stage)

    var needsReason: Bool {
        if case .forward = self { return false }
        return true
    }

    /// The command for an idea, with the reason the user gave.
    func command(_ ideaId: String, reason: String) -> Command {
        switch self {
        case .forward: return .moveForward(ideaId: ideaId)
        case .back: return .moveBack(ideaId: ideaId, reason: reason)
        case .park: return .park(ideaId: ideaId, reason: reason)
        case .withdraw: return .withdraw(ideaId: ideaId, reason: reason)
        case .reopen: return .reopen(ideaId: ideaId, reason: reason)
        }
    }

    func label(_ s: Strings) -> String {
        switch self {
        case .forward(let stage): return s.edit.forwardTo(s.stage(stage))
        case .back(let stage): return s.edit.backTo(s.stage(stage))
        case .park: return s.edit.park
        case .withdraw: return s.edit.withdraw
        case .reopen(let stage): return s.edit.reopenTo(s.stage(stage))
        }
    }

    func question(_ s: Strings) -> String {
        switch self {
        case .forward(let stage): return s.edit.forwardTo(s.stage(stage))
        case .back(let stage): return s.edit.whyBack(s.stage(stage))
        case .park: return s.edit.whyPark
        case .withdraw: return s.edit.whyWithdraw
        case .reopen: return s.edit.whyReopen
        }
    }

    /// The stages an idea can be parked or withdrawn from.
    static let setAsideFrom: Set<Stage> = [.shared, .refined, .team, .mentored, .workshops, .ready]

    /// The moves open to an idea in its stage (whether the gate lets it through is
    /// checked when it is chosen, so a blocked move can say what is missing).
    static func choices(for idea: Idea) -> [StageMove] {
        var out: [StageMove] = []
        switch idea.stage {
        case .parked, .withdrawn:
            if let before = idea.stageBeforeParking { out.append(.reopen(to: before)) }
            if idea.stage == .parked { out.append(.withdraw) }
            return out
        default:
            break
        }
        if let next = idea.stage.next, idea.stage != .ready { out.append(.forward(to: next)) }
        if let previous = idea.stage.previous { out.append(.back(to: previous)) }
        if Self.setAsideFrom.contains(idea.stage) {
            out.append(.park)
            out.append(.withdraw)
        }
        return out
    }
}
