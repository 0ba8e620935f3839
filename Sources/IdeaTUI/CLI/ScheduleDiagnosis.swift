import IdeaModel
import IdeaUI

extension ScheduleCommand {
    /// Under each idea left out (for a reason other than its plan): the nearest misses,
    /// each with the one thing in the way, then the single change that would let it in,
    /// or that none does — read from the festival as the placements leave it.
    static func diagnosisLines(_ result: AutoScheduler.Result, _ db: Database, reflow: Bool, words: Strings) -> [String: [String]] {
        let asked = result.unplaced.filter { $0.reason != .noPlan && $0.reason.kind != .lengthOffGrid }.map(\.ideaId)
        guard !asked.isEmpty else { return [:] }
        let d = words.diagnosis
        var out: [String: [String]] = [:]
        for diagnosis in PlacementDiagnosis.of(asked, in: result.applied(to: db, reflow: reflow)) {
            var lines = diagnosis.misses.map { "  \(d.nearestLabel): " + d.miss($0) }
            lines.append(diagnosis.suggestions.first.map { "  \(d.changeLabel): " + d.suggestion($0) } ?? "  " + d.noChange)
            out[diagnosis.ideaId] = lines
        }
        return out
    }
}
