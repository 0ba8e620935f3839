@testable import IdeaTUI
import IdeaModel
import Testing

/// `schedule --auto` diagnoses the ideas it leaves out on several cores at once: the
/// same diagnoses, in the same order, as one after the other.
@Suite struct ScheduleDiagnosisTests {
    @Test(arguments: [1, 3, 16, 1000])
    func sharedOutOverLanesTheDiagnosesAreTheSame(perLane: Int) {
        let db = Generator.festival(ready: 60, venues: 6, seed: 60)
        let result = AutoScheduler.run(db)
        let festival = result.applied(to: db, reflow: false)
        let asked = result.unplaced.map(\.ideaId)
        #expect(asked.count > 3, "a festival with ideas left out")
        let one = PlacementDiagnosis.of(asked, in: festival)
        #expect(ScheduleCommand.diagnoses(of: asked, in: festival, perLane: perLane) == one)
    }
}
