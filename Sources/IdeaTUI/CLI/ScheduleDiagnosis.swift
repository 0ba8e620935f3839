import Foundation
import IdeaModel
import IdeaUI
import Synchronization

extension ScheduleCommand {
    /// Under each idea left out (for a reason other than its plan): the nearest misses,
    /// each with the one thing in the way, then the single change that would let it in,
    /// or that none does — read from the festival as the placements leave it.
    static func diagnosisLines(_ result: AutoScheduler.Result, _ db: Database, reflow: Bool, words: Strings) -> [String: [String]] {
        let asked = result.unplaced.filter { $0.reason != .noPlan && $0.reason.kind != .lengthOffGrid }.map(\.ideaId)
        guard !asked.isEmpty else { return [:] }
        let d = words.diagnosis
        var out: [String: [String]] = [:]
        for diagnosis in diagnoses(of: asked, in: result.applied(to: db, reflow: reflow)) {
            var lines = diagnosis.misses.map { "  \(d.nearestLabel): " + d.miss($0) }
            lines.append(diagnosis.suggestions.first.map { "  \(d.changeLabel): " + d.suggestion($0) } ?? "  " + d.noChange)
            out[diagnosis.ideaId] = lines
        }
        return out
    }

    /// Each idea's diagnosis is its own, so the ideas are shared out over the processor's
    /// cores (a third of the command's time at 1,000 ideas when done one by one). Each
    /// lane reads the festival once, so a lane gets at least `perLane` ideas.
    static func diagnoses(of ideaIds: [String], in festival: Database, perLane: Int = 16) -> [PlacementDiagnosis] {
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ideaIds.count / perLane))
        guard lanes > 1 else { return PlacementDiagnosis.of(ideaIds, in: festival) }
        let share = (ideaIds.count + lanes - 1) / lanes
        let parts = Mutex([[PlacementDiagnosis]](repeating: [], count: lanes))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let mine = Array(ideaIds[min(ideaIds.count, lane * share)..<min(ideaIds.count, (lane + 1) * share)])
            let found = PlacementDiagnosis.of(mine, in: festival)
            parts.withLock { $0[lane] = found }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}
