/// Where keys are read: each context has its own bindings.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case dashboard
    case help
}

/// One line of the key table: the keys, what they do, and how the status line and the
/// help name them. Dispatch, the status line, the help and mouse clicks on the status line
/// all read the same table, so the screen never offers a key that does not work.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// Short, for the status line: "quit".
    public var label: String
    /// Longer, for the help: "quit Kaunas Ideas".
    public var help: String
    public var contexts: Set<KeyContext>
    public var inStatusLine: Bool

    public init(_ keys: [Key], _ action: Action, label: String, help: String,
                contexts: Set<KeyContext> = Set(KeyContext.allCases), inStatusLine: Bool = true) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.contexts = contexts
        self.inStatusLine = inStatusLine
    }

    /// "?, F1"
    public var keyLabels: String { keys.map(\.label).joined(separator: ", ") }
}

public struct KeyMap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = KeyMap([
        KeyBinding([.char("q")], .quit, label: "quit", help: "quit Kaunas Ideas"),
        KeyBinding([.char("?"), .function(1)], .toggleHelp, label: "help", help: "show the keys", contexts: [.dashboard]),
        KeyBinding([.escape, .char("?"), .function(1)], .closeHelp, label: "close", help: "close this help", contexts: [.help]),
        KeyBinding([.ctrl("l")], .redraw, label: "redraw", help: "redraw the screen"),
    ])

    /// The action for a key in a context; the first binding that matches wins.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    public func statusBindings(in context: KeyContext) -> [KeyBinding] {
        bindings(in: context).filter(\.inStatusLine)
    }
}
