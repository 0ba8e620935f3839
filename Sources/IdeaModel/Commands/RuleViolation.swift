/// A command the model refused, and every rule it broke, as values: what was attempted
/// (`Attempt`: moving “Žalias kiemas” to refined) and each rule that failed (`Reason`:
/// not discussed at a forum; the problem not written down), with the names, ids, numbers
/// and times they concern. The screens and the command line put it into words in the
/// chosen language (IdeaUI's `Strings.model`); the model never does.
public struct RuleViolation: Error, Equatable, Sendable {
    /// What was attempted.
    public var attempt: Attempt
    /// Every rule that failed; all of them, not only the first.
    public var reasons: [Reason]

    public init(_ attempt: Attempt, reasons: [Reason]) {
        self.attempt = attempt
        self.reasons = reasons
    }
}

/// A person a refusal names: by name, or by the id given when no person has it.
public enum PersonName: Equatable, Sendable {
    case known(String)
    case unknown(id: String)
}

/// Where an intervention is on the grid: its venue (by name) and its time.
public struct SlotPlace: Equatable, Sendable {
    public var venue: String
    public var start: ClockTime
    public var end: ClockTime

    public init(venue: String, start: ClockTime, end: ClockTime) {
        self.venue = venue
        self.start = start
        self.end = end
    }
}

/// Collects the rules a command breaks while it is checked, so one refusal names them all.
struct CommandRefusal {
    var attempt: RuleViolation.Attempt
    private(set) var reasons: [RuleViolation.Reason] = []

    init(_ attempt: RuleViolation.Attempt) { self.attempt = attempt }

    mutating func add(_ reason: RuleViolation.Reason) { reasons.append(reason) }

    mutating func require(_ condition: Bool, _ reason: @autoclosure () -> RuleViolation.Reason) {
        if !condition { reasons.append(reason()) }
    }

    var isEmpty: Bool { reasons.isEmpty }

    /// The refusal as it stands.
    var violation: RuleViolation { RuleViolation(attempt, reasons: reasons) }

    /// The refusal with one more reason, for a rule that stops any further checking.
    func failing(with reason: RuleViolation.Reason) -> RuleViolation { RuleViolation(attempt, reasons: reasons + [reason]) }

    /// Throws when anything was collected; the command must not have changed anything yet.
    func check() throws(RuleViolation) {
        if !reasons.isEmpty { throw violation }
    }
}
