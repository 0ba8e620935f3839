import IdeaModel

/// The terminal interface. (Being written in the `tui` branch.)
enum TerminalApp {
    static func run(database: Database, stamp: DatabaseFile.Stamp, path: String, mouse: Bool) throws -> Int32 {
        throw Failure("the terminal interface is not built yet", code: 70)
    }
}
