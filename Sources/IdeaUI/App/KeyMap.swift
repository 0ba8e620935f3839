/// Where keys are read: each context has its own bindings. Screens that accept different
/// keys are different contexts (a list of ideas can move an idea on, a list of venues
/// cannot), so the status line and the help, which read the same table, never offer a
/// key that does nothing there.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case dashboard, ideaList, list, board, ideaDetail, detail, mentoring, grid
    /// The help window.
    case help
    /// A menu of single choices (sort, actions, stage moves); a menu of boxes to tick
    /// (filters); the suggested mentors (each kept or dropped, then assigned).
    case menu, checklist, suggestions
    /// A window to read; a question to answer yes or no.
    case notice, question
    case prompt, form, picker
    /// A change that clashes with another one field by field: keep either version.
    case conflict
    /// A change that no longer fits a rule (a limit reached meanwhile): make room, or cancel.
    case limitConflict
    /// A change that no longer fits a rule and nothing can make room: cancel.
    case ruleConflict
    /// A draft kept when the app was stopped, offered back.
    case draftOffer
    /// Why a ready idea is not on the grid (a change to choose); the question before making it.
    case reasons, reasonsQuestion
    /// The line of a search or a text filter being typed.
    case typing

    /// The screens under any window.
    public static let screens: Set<KeyContext> = [.dashboard, .ideaList, .list, .board, .ideaDetail, .detail, .mentoring, .grid]
    /// Where typed characters are text, so only F1 (or `?` on an empty line) opens the help.
    public static let typed: Set<KeyContext> = [.prompt, .form, .picker, .typing]
}

/// The name of a binding, looked up in `Strings` so the key table speaks the user's language.
public enum KeyWord: Hashable, Sendable {
    case quit, back, help, close, redraw, move, page, firstLast, open, columns
    case search, nextMatch, previousMatch, filter, textFilter, clearFilters, sort, screens, screenNumber
    case undo, redo, forward, backStage, moveMenu, activity, confirm, cancel, keepMine, keepTheirs, makeRoom, cancelChange, openDraft, dropDraft, later
    case save, nextField, newIdea, editRecord, actions, take, letGo, mentorHome
    case gridPlace, gridMove, gridRemove, gridPin, gridZoom, gridAuto, gridLength, gridWhy, applyChange
    case choose, tick, keepDrop, assignKept, yes, no, done, clearLine, messages
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
    /// How many of `keys` the status line names ("Space/Enter tick").
    public var statusKeys: Int

    public init(_ keys: [Key], _ action: Action, _ word: KeyWord, in contexts: Set<KeyContext>,
                status: Bool = false, help: Bool = true, statusKeys: Int = 1) {
        self.keys = keys
        self.action = action
        self.word = word
        self.contexts = contexts
        inStatusLine = status
        inHelp = help
        self.statusKeys = statusKeys
    }

    /// "?, F1"
    public var keyLabels: String { keys.map(\.label).joined(separator: ", ") }

    /// "Space/Enter": the keys the status line shows.
    public var statusLabel: String { keys.prefix(max(1, statusKeys)).map(\.label).joined(separator: "/") }
}

public struct KeyMap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    private static let screens = KeyContext.screens
    private static let lists: Set<KeyContext> = [.ideaList, .list]
    private static let details: Set<KeyContext> = [.ideaDetail, .detail]
    private static let menus: Set<KeyContext> = [.menu, .checklist, .suggestions]
    private static let moving = screens.union(menus).union([.help, .reasons])
    private static let searching = screens.subtracting([.grid])
    /// Where a selected idea can be moved.
    private static let acting: Set<KeyContext> = [.ideaList, .board, .ideaDetail]
    /// Windows read with keys of their own, where `?` is free to open the help.
    private static let windows: Set<KeyContext> = menus.union([.notice, .question, .conflict, .limitConflict, .ruleConflict, .draftOffer,
                                                               .reasons, .reasonsQuestion])

    public static let standard: KeyMap = {
        var b: [KeyBinding] = [
            KeyBinding([.enter], .open, .open, in: screens, status: true),
            KeyBinding([.enter, .char(" ")], .open, .choose, in: [.menu], status: true),
            KeyBinding([.char(" "), .enter], .open, .tick, in: [.checklist], status: true, statusKeys: 2),
            KeyBinding([.char(" "), .enter], .open, .keepDrop, in: [.suggestions], status: true, statusKeys: 2),
            KeyBinding([.char("a")], .applySuggestions, .assignKept, in: [.suggestions], status: true),
            KeyBinding([.escape, .char("q")], .back, .back, in: screens.subtracting([.dashboard]), status: true),
            KeyBinding([.char("p")], .gridPlace, .gridPlace, in: [.grid], status: true),
            KeyBinding([.char("v")], .gridMove, .gridMove, in: [.grid], status: true),
            KeyBinding([.char("x")], .gridRemove, .gridRemove, in: [.grid]),
            KeyBinding([.char("!")], .gridPin, .gridPin, in: [.grid]),
            KeyBinding([.char(">")], .gridLonger, .gridLength, in: [.grid]),
            KeyBinding([.char("<")], .gridShorter, .gridLength, in: [.grid], help: false),
            KeyBinding([.char("z")], .gridZoom, .gridZoom, in: [.grid], status: true),
            KeyBinding([.char("A")], .gridAuto, .gridAuto, in: [.grid], status: true),
            KeyBinding([.char("a"), .enter], .applyChange, .applyChange, in: [.reasons], status: true),
            KeyBinding([.char("y"), .enter], .applyChange, .yes, in: [.reasonsQuestion], status: true, statusKeys: 2),
            KeyBinding([.char("n"), .escape, .char("q")], .closeOverlay, .no, in: [.reasonsQuestion], status: true, statusKeys: 2),
            KeyBinding([.escape, .char("q")], .closeOverlay, .close, in: [.reasons], status: true),
            KeyBinding([.char("t")], .takeTeam, .take, in: [.mentoring], status: true),
            KeyBinding([.char("l")], .letGoTeam, .letGo, in: [.mentoring], status: true),
            KeyBinding([.char("q")], .back, .quit, in: [.dashboard], status: true),
            KeyBinding([.char("/")], .startSearch, .search, in: searching, status: true),
            KeyBinding([.char("n")], .nextMatch, .nextMatch, in: lists),
            KeyBinding([.char("N")], .previousMatch, .previousMatch, in: lists),
            KeyBinding([.char("f")], .openFilters, .filter, in: lists.union([.board]), status: true),
            KeyBinding([.char("\\")], .startTextFilter, .textFilter, in: lists.union([.board, .checklist]), status: true),
            KeyBinding([.char("F")], .clearFilters, .clearFilters, in: lists.union([.board, .checklist])),
            KeyBinding([.char("s")], .openSort, .sort, in: lists, status: true),
            KeyBinding([.escape, .char("q")], .closeOverlay, .close, in: [.menu, .checklist], status: true),
            KeyBinding([.escape, .char("q")], .closeOverlay, .cancel, in: [.suggestions], status: true),
            KeyBinding([.up, .char("k")], .up, .move, in: moving),
            KeyBinding([.down, .char("j")], .down, .move, in: moving, help: false),
            KeyBinding([.left, .char("h")], .left, .columns, in: [.dashboard, .board, .grid]),
            KeyBinding([.right, .char("l")], .right, .columns, in: [.dashboard, .board, .grid], help: false),
            KeyBinding([.pageUp], .pageUp, .page, in: moving),
            // Space pages where it chooses nothing; in menus it chooses or ticks (above).
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
            KeyBinding([.char("?"), .function(1)], .toggleHelp, .help, in: screens.union(windows), status: true),
            KeyBinding([.function(1)], .toggleHelp, .help, in: KeyContext.typed, status: true),
            KeyBinding([.escape, .char("?"), .function(1), .char("q")], .closeOverlay, .close, in: [.help], status: true),
            KeyBinding([.char(">")], .moveForward, .forward, in: acting, status: true),
            KeyBinding([.char("<")], .moveBack, .backStage, in: acting),
            KeyBinding([.char("m")], .moveMenu, .moveMenu, in: acting, status: true),
            KeyBinding([.char("u")], .undo, .undo, in: screens, status: true),
            // After undo: on a narrow grid the help and undo keep their place in the status line.
            KeyBinding([.char("w")], .gridWhy, .gridWhy, in: [.grid], status: true),
            KeyBinding([.ctrl("r")], .redo, .redo, in: screens),
            KeyBinding([.char("a")], .activity, .activity, in: screens),
            KeyBinding([.char("~")], .showMessages, .messages, in: screens),
            KeyBinding([.enter], .submit, .confirm, in: [.prompt], status: true),
            KeyBinding([.escape], .closeOverlay, .cancel, in: [.prompt], status: true),
            KeyBinding([.enter, .escape, .char("q")], .submit, .close, in: [.notice], status: true),
            KeyBinding([.char("y"), .enter], .submit, .yes, in: [.question], status: true, statusKeys: 2),
            KeyBinding([.char("n"), .escape, .char("q")], .closeOverlay, .no, in: [.question], status: true, statusKeys: 2),
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
            KeyBinding([.ctrl("s"), .function(10)], .submit, .save, in: [.form], status: true),
            KeyBinding([.tab], .nextField, .nextField, in: [.form], status: true),
            KeyBinding([.backTab], .previousField, .nextField, in: [.form], help: false),
            KeyBinding([.escape], .closeOverlay, .cancel, in: [.form, .picker], status: true),
            KeyBinding([.enter], .submit, .confirm, in: [.picker], status: true),
            KeyBinding([.enter], .submit, .done, in: [.typing], status: true),
            KeyBinding([.escape], .closeOverlay, .cancel, in: [.typing], status: true),
            KeyBinding([.ctrl("u")], .clearLine, .clearLine, in: [.typing]),
            KeyBinding([.char("Q")], .quit, .quit, in: Set(KeyContext.allCases).subtracting(KeyContext.typed)),
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

    /// The keys of a binding that reach it in a context: a key an earlier binding of the
    /// context takes (Space chooses in a menu before it could page) is not its key there.
    public func keys(of binding: KeyBinding, in context: KeyContext) -> [Key] {
        let here = bindings(in: context)
        return binding.keys.filter { key in here.first { $0.keys.contains(key) } == binding }
    }

    /// The lines of the help for a context: bindings of one word are merged into one line.
    public func helpLines(in context: KeyContext) -> [(keys: String, word: KeyWord)] {
        var out: [(keys: String, word: KeyWord)] = []
        for binding in bindings(in: context) {
            let labels = keys(of: binding, in: context).map(\.label)
            guard !labels.isEmpty else { continue }
            if let i = out.firstIndex(where: { $0.word == binding.word && binding.action != .quit }) {
                if binding.word != .screenNumber { out[i].keys += ", " + labels.joined(separator: ", ") }
            } else {
                out.append((binding.word == .screenNumber ? "1…9" : labels.joined(separator: ", "), binding.word))
            }
        }
        return out
    }
}
