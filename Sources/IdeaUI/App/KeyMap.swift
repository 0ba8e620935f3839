/// Where keys are read: each context has its own bindings.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case dashboard, list, board, detail, mentoring, grid, help, menu, notice, prompt, form, picker
    /// A change that clashes with another one field by field: keep either version.
    case conflict
    /// A change that no longer fits a rule (a limit reached meanwhile): make room, or cancel.
    case limitConflict
    /// A change that no longer fits a rule and nothing can make room: cancel.
    case ruleConflict
    /// A draft kept when the app was stopped, offered back.
    case draftOffer
}

/// The name of a binding, looked up in `Strings` so the key table speaks the user's language.
public enum KeyWord: Hashable, Sendable {
    case quit, back, help, close, redraw, move, page, firstLast, open, columns
    case search, nextMatch, previousMatch, filter, clearFilters, sort, screens, screenNumber
    case undo, redo, forward, backStage, moveMenu, activity, confirm, cancel, keepMine, keepTheirs, makeRoom, cancelChange, openDraft, dropDraft, later
    case save, nextField, newIdea, editRecord, actions, take, letGo, mentorHome
    case gridPlace, gridMove, gridRemove, gridPin, gridZoom, gridAuto, gridLength
}

/// One line of the key table: the keys, what they do, and how the status line and the
/// help name them. Dispatch, the status line, the help and mouse clicks on the status line
/// all read the same table, so the screen never offers a key that does not work.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var word: KeyWord
    public var contexts: Set<KeyContext>
    public var inStatusLine: Bool
    /// Further keys that do the same as a neighbour (e.g. 2 for the second tab); shown
    /// in the help as one line with the first binding of the group.
    public var inHelp: Bool

    public init(_ keys: [Key], _ action: Action, _ word: KeyWord, in contexts: Set<KeyContext>,
                status: Bool = false, help: Bool = true) {
        self.keys = keys
        self.action = action
        self.word = word
        self.contexts = contexts
        inStatusLine = status
        inHelp = help
    }

    /// "?, F1"
    public var keyLabels: String { keys.map(\.label).joined(separator: ", ") }
}

public struct KeyMap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    private static let screens: Set<KeyContext> = [.dashboard, .list, .board, .detail, .mentoring, .grid]
    private static let moving: Set<KeyContext> = [.dashboard, .list, .board, .detail, .mentoring, .grid, .menu, .help]
    private static let searching: Set<KeyContext> = [.dashboard, .list, .board, .detail, .mentoring]
    /// Where a selected idea can be moved.
    private static let acting: Set<KeyContext> = [.list, .board, .detail]

    public static let standard: KeyMap = {
        var b: [KeyBinding] = [
            KeyBinding([.enter], .open, .open, in: [.dashboard, .list, .board, .detail, .mentoring, .grid, .menu], status: true),
            KeyBinding([.escape, .char("q")], .back, .back, in: [.list, .board, .detail, .mentoring, .grid], status: true),
            KeyBinding([.char("p")], .gridPlace, .gridPlace, in: [.grid], status: true),
            KeyBinding([.char("v")], .gridMove, .gridMove, in: [.grid], status: true),
            KeyBinding([.char("x")], .gridRemove, .gridRemove, in: [.grid]),
            KeyBinding([.char("!")], .gridPin, .gridPin, in: [.grid]),
            KeyBinding([.char(">")], .gridLonger, .gridLength, in: [.grid]),
            KeyBinding([.char("<")], .gridShorter, .gridLength, in: [.grid], help: false),
            KeyBinding([.char("z")], .gridZoom, .gridZoom, in: [.grid], status: true),
            KeyBinding([.char("A")], .gridAuto, .gridAuto, in: [.grid], status: true),
            KeyBinding([.char("t")], .takeTeam, .take, in: [.mentoring], status: true),
            KeyBinding([.char("l")], .letGoTeam, .letGo, in: [.mentoring], status: true),
            KeyBinding([.char("q")], .back, .quit, in: [.dashboard], status: true),
            KeyBinding([.char("/")], .startSearch, .search, in: searching, status: true),
            KeyBinding([.char("n")], .nextMatch, .nextMatch, in: [.list, .board]),
            KeyBinding([.char("N")], .previousMatch, .previousMatch, in: [.list, .board]),
            KeyBinding([.char("f")], .openFilters, .filter, in: [.list, .board], status: true),
            KeyBinding([.char("F")], .clearFilters, .clearFilters, in: [.list, .board]),
            KeyBinding([.char("s")], .openSort, .sort, in: [.list], status: true),
            KeyBinding([.up, .char("k")], .up, .move, in: moving),
            KeyBinding([.down, .char("j")], .down, .move, in: moving, help: false),
            KeyBinding([.left, .char("h")], .left, .columns, in: [.dashboard, .board, .grid]),
            KeyBinding([.right, .char("l")], .right, .columns, in: [.dashboard, .board, .grid], help: false),
            KeyBinding([.pageUp], .pageUp, .page, in: moving),
            KeyBinding([.pageDown, .char(" ")], .pageDown, .page, in: moving, help: false),
            KeyBinding([.home, .char("g")], .first, .firstLast, in: moving),
            KeyBinding([.end, .char("G")], .last, .firstLast, in: moving, help: false),
            KeyBinding([.tab], .nextTab, .screens, in: screens),
            KeyBinding([.backTab], .previousTab, .screens, in: screens, help: false),
        ]
        for n in 1...9 {
            b.append(KeyBinding([.char(Character(String(n)))], .goToTab(n), .screenNumber, in: screens, help: n == 1))
        }
        b += [
            KeyBinding([.char("?"), .function(1)], .toggleHelp, .help, in: screens, status: true),
            KeyBinding([.escape, .char("?"), .function(1), .char("q")], .closeOverlay, .close, in: [.help], status: true),
            KeyBinding([.escape, .char("q")], .closeOverlay, .close, in: [.menu], status: true),
            KeyBinding([.char(">")], .moveForward, .forward, in: acting, status: true),
            KeyBinding([.char("<")], .moveBack, .backStage, in: acting),
            KeyBinding([.char("m")], .moveMenu, .moveMenu, in: acting, status: true),
            KeyBinding([.char("u")], .undo, .undo, in: screens, status: true),
            KeyBinding([.ctrl("r")], .redo, .redo, in: screens),
            KeyBinding([.char("a")], .activity, .activity, in: screens),
            KeyBinding([.enter], .submit, .confirm, in: [.prompt], status: true),
            KeyBinding([.escape], .closeOverlay, .cancel, in: [.prompt], status: true),
            KeyBinding([.enter], .submit, .close, in: [.notice], status: true),
            KeyBinding([.char("y")], .submit, .confirm, in: [.notice]),
            KeyBinding([.escape, .char("q"), .char("n")], .closeOverlay, .cancel, in: [.notice]),
            KeyBinding([.char("o")], .keepMine, .keepMine, in: [.conflict], status: true),
            KeyBinding([.char("t")], .keepTheirs, .keepTheirs, in: [.conflict], status: true),
            KeyBinding([.char("d")], .makeRoom, .makeRoom, in: [.limitConflict], status: true),
            KeyBinding([.escape, .char("t")], .keepTheirs, .cancelChange, in: [.limitConflict, .ruleConflict], status: true),
            KeyBinding([.char("y"), .enter], .takeDraft, .openDraft, in: [.draftOffer], status: true),
            KeyBinding([.char("d")], .dropDraft, .dropDraft, in: [.draftOffer], status: true),
            KeyBinding([.escape, .char("n")], .closeOverlay, .later, in: [.draftOffer], status: true),
            KeyBinding([.char("+")], .newIdea, .newIdea, in: screens, status: true),
            KeyBinding([.char("e")], .editRecord, .editRecord, in: acting),
            KeyBinding([.char("c")], .actions, .actions, in: screens, status: true),
            KeyBinding([.char("M")], .mentorHome, .mentorHome, in: screens),
            KeyBinding([.char("a")], .applySuggestions, .actions, in: [.menu], help: false),
            KeyBinding([.ctrl("s"), .function(10)], .submit, .save, in: [.form], status: true),
            KeyBinding([.tab], .nextField, .nextField, in: [.form], status: true),
            KeyBinding([.backTab], .previousField, .nextField, in: [.form], help: false),
            KeyBinding([.escape], .closeOverlay, .cancel, in: [.form, .picker], status: true),
            KeyBinding([.enter], .submit, .confirm, in: [.picker], status: true),
            KeyBinding([.char("Q")], .quit, .quit, in: Set(KeyContext.allCases).subtracting([.prompt, .form, .picker])),
            KeyBinding([.ctrl("l")], .redraw, .redraw, in: Set(KeyContext.allCases)),
        ]
        return KeyMap(b)
    }()

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

    /// The lines of the help for a context: bindings of one word are merged into one line.
    public func helpLines(in context: KeyContext) -> [(keys: String, word: KeyWord)] {
        var out: [(keys: String, word: KeyWord)] = []
        for binding in bindings(in: context) {
            if let i = out.firstIndex(where: { $0.word == binding.word && binding.action != .quit }) {
                if binding.inHelp || binding.word != .screenNumber { out[i].keys += ", " + binding.keyLabels }
            } else {
                out.append((binding.word == .screenNumber ? "1…9" : binding.keyLabels, binding.word))
            }
        }
        return out
    }
}
