import IdeaModel
import IdeaUI

/// The model speaks in values; these tests read what it says in the English the screens
/// and the command line use, so a refusal's words are checked word for word.
extension RuleViolation {
    /// The whole refusal in English: "Cannot …: reason; reason."
    var message: String { ModelStrings.en.sentence(self) }
    /// Each reason in English.
    var texts: [String] { reasons.map(ModelStrings.en.reason) }
}

extension GateCheck {
    /// The condition in English.
    var text: String { Strings.en.gate(condition) }
}

extension StoreError {
    var description: String { ModelStrings.en.store(self) }
}

extension EditSession.Failure {
    var description: String { ModelStrings.en.failure(self) }
}
