import IdeaModel

/// Work that can take seconds: the auto-scheduler, the mentor suggestion, a save. The
/// interface hands it to the terminal as `Effect.run`; the terminal runs it on a thread
/// of its own, passes it a progress (done, total) that answers false once the user has
/// cancelled, and gives the output back to the `Workspace` on the loop's thread. The
/// body only reads values it was given (a database, a session, a file), never the
/// interface's state, so the screen keeps answering while it runs.
public struct Job: Sendable {
    public let id: Int
    public let kind: WorkKind
    /// The work itself; nil when the progress said stop (nothing was decided then).
    public let body: @Sendable (_ progress: (Int, Int) -> Bool) -> WorkOutput?

    public init(id: Int, kind: WorkKind, body: @escaping @Sendable (_ progress: (Int, Int) -> Bool) -> WorkOutput?) {
        self.id = id
        self.kind = kind
        self.body = body
    }

    /// Runs it where it is called.
    public func run(progress: (Int, Int) -> Bool = { _, _ in true }) -> WorkOutput? { body(progress) }
}

extension Job: Equatable {
    public static func == (a: Job, b: Job) -> Bool { a.id == b.id && a.kind == b.kind }
}

/// What the work is, for the progress line and for which keys may go on meanwhile.
public enum WorkKind: Equatable, Sendable {
    /// The auto-scheduler, over this many ready ideas; it decides, the user then confirms.
    case autoSchedule(ideas: Int)
    /// The mentor suggestion, for this many teams without a mentor.
    case suggestMentors(teams: Int)
    /// A change being saved: it cannot be stopped half way.
    case saving

    /// A computation that changes nothing: Esc may stop it.
    public var cancellable: Bool { self != .saving }
}

/// What finished work hands back.
public enum WorkOutput: Sendable {
    case schedule(AutoScheduler.Result)
    case suggestion(MentorSuggestion.Result)
    /// A change made and saved (or refused, clashed, failed), with the session after it.
    case saved(SavedWork)
}

/// A save's outcome and the session that made it, taken back by the `Workspace`.
public struct SavedWork: Sendable {
    public var request: EditRequest
    public var result: EditResult
    var session: EditSession
    var pendingBase: EditSession.Snapshot?
}
