/// A window with something the user must read before going on: why a change was
/// refused, what a gate still misses. Any of Enter, Esc or q closes it.
public struct Notice: Equatable, Sendable {
    public var title: String
    public var lines: [String]

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}
