/// A command the model refused, and every rule it broke, in words a facilitator
/// understands: "Cannot move “Žalias kiemas” to refined: it has not been discussed at an
/// Art of Hosting forum yet; the problem is not written down."
public struct RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was attempted, as the start of a sentence: "Cannot move “Žalias kiemas” to refined".
    public var action: String
    /// Every rule that failed, each a short clause; all of them, not only the first.
    public var reasons: [String]

    public init(_ action: String, reasons: [String]) {
        self.action = action
        self.reasons = reasons
    }

    /// The whole refusal as one sentence.
    public var message: String {
        reasons.isEmpty ? action + "." : action + ": " + reasons.joined(separator: "; ") + "."
    }

    public var description: String { message }
}

/// Collects the rules a command breaks while it is checked, so one refusal names them all.
struct CommandRefusal {
    var action: String
    private(set) var reasons: [String] = []

    init(_ action: String) { self.action = action }

    mutating func add(_ reason: String) { reasons.append(reason) }

    mutating func require(_ condition: Bool, _ reason: @autoclosure () -> String) {
        if !condition { reasons.append(reason()) }
    }

    var isEmpty: Bool { reasons.isEmpty }

    /// The refusal with one more reason, for a rule that stops any further checking.
    func failing(with reason: String) -> RuleViolation { RuleViolation(action, reasons: reasons + [reason]) }

    /// Throws when anything was collected; the command must not have changed anything yet.
    func check() throws(RuleViolation) {
        if !reasons.isEmpty { throw RuleViolation(action, reasons: reasons) }
    }
}
