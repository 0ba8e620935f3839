/// The long work of an `AppState`: whether it runs off the loop, and what runs now.
public struct WorkState: Equatable, Sendable {
    /// The terminal runs work on a thread of its own and sets this; without it (tests,
    /// a state on its own) work is done at once, where it is asked for.
    public var offLoop = false
    /// The work running, if any.
    public internal(set) var running: Running?
    /// The next job's id: output of a job that was cancelled is told apart by it.
    var nextId = 1

    /// What runs and how far it is, as the progress line shows it.
    public struct Running: Equatable, Sendable {
        public let id: Int
        public let kind: WorkKind
        public var done = 0
        public var total = 0
        /// Since it started, as the terminal's clock says.
        public var elapsedMilliseconds = 0
        /// Keys pressed during a save, done once it ends.
        public var keysWaiting = 0

        /// 0…100, never 100 before the end.
        public var percent: Int { total > 0 ? min(99, done * 100 / total) : 0 }
    }
}
