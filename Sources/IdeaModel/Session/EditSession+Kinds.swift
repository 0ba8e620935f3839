/// Every kind of failure, notice, conflict reason and change the session reports, with an
/// example of each, so a test can say every one in every language: a new case does not
/// compile until it has a kind and an example.
extension EditSession.Failure {
    public enum Kind: String, CaseIterable, Sendable {
        case refused, store, busy, nothingToUndo, nothingToRedo
    }

    public var kind: Kind {
        switch self {
        case .refused: return .refused
        case .store: return .store
        case .busy: return .busy
        case .nothingToUndo: return .nothingToUndo
        case .nothingToRedo: return .nothingToRedo
        }
    }

    public static func example(of kind: Kind) -> Self {
        switch kind {
        case .refused: return .refused(RuleViolation(.moveTo(idea: "Žalias kiemas", .refined), reasons: [.gate(.notDiscussed)]))
        case .store: return .store(.readOnly(path: "ideas.db.json"))
        case .busy: return .busy(attempts: 20)
        case .nothingToUndo: return .nothingToUndo
        case .nothingToRedo: return .nothingToRedo
        }
    }
}

extension EditSession.MergeNotice {
    public enum Kind: String, CaseIterable, Sendable {
        case changedOutside, appliedOnTop
    }

    public var kind: Kind {
        switch self {
        case .changedOutside: return .changedOutside
        case .appliedOnTop: return .appliedOnTop
        }
    }

    public static func example(of kind: Kind) -> Self {
        switch kind {
        case .changedOutside: return .changedOutside
        case .appliedOnTop: return .appliedOnTop(others: 2)
        }
    }
}

extension EditSession.ConflictReason {
    public enum Kind: String, CaseIterable, Sendable {
        case bothChanged, broken
    }

    public var kind: Kind {
        switch self {
        case .bothChanged: return .bothChanged
        case .broken: return .broken
        }
    }

    public static func example(of kind: Kind) -> Self {
        switch kind {
        case .bothChanged: return .bothChanged(.ideas, id: "idea-0001", fields: ["stage", "history"])
        case .broken:
            return .broken(RuleViolation(.assignMentor(.known("Rūta Petrauskienė"), team: "Žalias kiemas"), reasons: [.teamMentorLimit(2)]))
        }
    }
}

extension EditSession.Change {
    public enum Kind: String, CaseIterable, Sendable {
        case made, undo, redo, keptOwn
    }

    public var kind: Kind {
        switch self {
        case .made: return .made
        case .undo: return .undo
        case .redo: return .redo
        case .keptOwn: return .keptOwn
        }
    }

    public static func example(of kind: Kind) -> Self {
        let moved = ChangeSummary.moved(idea: "Žalias kiemas", from: .shared, to: .refined)
        switch kind {
        case .made: return .made([moved, .discussed(idea: "Žalias kiemas", forum: "Kiemų forumas")])
        case .undo: return .undo([moved], forced: true)
        case .redo: return .redo([moved], forced: false)
        case .keptOwn: return .keptOwn(fields: ["stage"], [moved])
        }
    }
}
