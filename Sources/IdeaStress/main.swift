#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import IdeaUI

// idea-stress DB SEED COUNT ACTOR [STEP SAVE]
//
// A test helper: applies COUNT random valid changes to the database file DB through an
// EditSession, as one more person editing at the same time as others. Adds ideas and
// records forum discussions of its own ideas, with short random pauses. Prints one line
// per change ("idea TITLE" or "discussed TITLE"); exits 1 on any failure or conflict.
//
// With STEP (a `DatabaseFile.SavePoint`) and SAVE (a number from 1), it stops inside its
// SAVE-th save at that step: prints "paused STEP" and waits there until it is killed, so
// a test can kill it at an exact moment of saving (CrashSafetyTests).

func warn(_ message: String) {
    let bytes = Array("idea-stress: \(message)\n".utf8)
    bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    warn(message)
    exit(1)
}

/// Saves reached so far (counted at their first step); this helper is single-threaded.
nonisolated(unsafe) var savesStarted = 0

/// Stops for good at `step` of the `save`-th save, after saying so on standard output.
func pauseInside(save: Int, at step: DatabaseFile.SavePoint, now point: DatabaseFile.SavePoint) {
    if point == .locked { savesStarted += 1 }
    guard savesStarted == save, point == step else { return }
    let bytes = Array("paused \(step.rawValue)\n".utf8)
    bytes.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    while true { pause() }
}

func stress() {
    let args = CommandLine.arguments
    guard args.count == 5 || args.count == 7, let seed = UInt64(args[2]), let count = Int(args[3]) else {
        fail("usage: idea-stress DB SEED COUNT ACTOR [STEP SAVE]")
    }
    var file = DatabaseFile(path: args[1])
    if args.count == 7 {
        guard let step = DatabaseFile.SavePoint(rawValue: args[5]), let save = Int(args[6]), save >= 1 else {
            fail("STEP must be one of \(DatabaseFile.SavePoint.allCases.map(\.rawValue)) and SAVE a number from 1")
        }
        file.probe = { point in pauseInside(save: save, at: step, now: point) }
    }
    let actor = args[4]
    var random = SplitMix64(seed: seed)
    func draw(_ n: Int) -> Int { Int(random.next() % UInt64(max(n, 1))) }

    var session: EditSession
    do {
        session = try EditSession.open(file)
    } catch {
        fail(ModelStrings.en.store(error))
    }
    guard let forum = session.database.forums.first?.id else { fail("the database has no forum") }
    let district = session.database.districts.first ?? "Centras"
    let sectors = Sector.allCases
    // The clock of this run: fixed by the seed, one second per change.
    let start = Timestamp(seconds: 1_780_000_000 + Int(seed % 1000) * 10_000)
    var mine: [String] = []
    var undiscussed: [String] = []
    var merges = 0

    for k in 0..<count {
        let now = Timestamp(seconds: start.seconds + k)
        let context = CommandContext(actor: actor, now: now, today: Day(daysSinceEpoch: now.seconds / 86_400))
        let command: Command
        let line: String
        if undiscussed.isEmpty || draw(3) != 0 {
            let title = "Stress \(seed)-\(k) " + ["Žalias kiemas", "Tylos valanda", "Šokių aikštė", "Ąžuolų alėja"][draw(4)]
            command = .addIdea(IdeaDraft(title: title, summary: "Made by idea-stress.", authorId: actor,
                                         sectors: [sectors[draw(sectors.count)]], district: district))
            mine.append(title)
            undiscussed.append(title)
            line = "idea \(title)"
        } else {
            let title = undiscussed.remove(at: draw(undiscussed.count))
            guard let id = session.database.ideas.first(where: { $0.title == title })?.id else { fail("lost my idea \(title)") }
            command = .recordDiscussion(forumId: forum, ideaId: id, outcome: "Discussed by \(actor)")
            line = "discussed \(title)"
        }
        do {
            switch try session.apply(command, context: context, store: file) {
            case .saved(let saved):
                if saved.merged { merges += 1 }
                print(line)
            case .conflict(let conflict):
                fail("conflict on change \(k): \(ModelStrings.en.change(conflict.change)): "
                     + conflict.reasons.map(ModelStrings.en.conflict).joined(separator: "; "))
            }
        } catch {
            fail("change \(k): \(ModelStrings.en.failure(error))")
        }
        usleep(useconds_t(draw(1500)))
    }
    warn("\(count) changes, \(merges) applied on top of others' changes")
}

stress()
