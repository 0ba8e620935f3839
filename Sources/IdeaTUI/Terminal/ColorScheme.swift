import IdeaUI

/// The eight colours every colour terminal has, in ANSI order, and the terminal's own
/// (`terminalDefault`, what `use_default_colors` calls -1).
enum TerminalColor: Int16, CaseIterable, Sendable {
    case terminalDefault = -1
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// Which colour each `ColorRole` gets, and whether to use colour at all. Pure (no ncurses),
/// so the mapping is unit-tested; `NcursesTerminal` defines the pairs it lists.
///
/// Every role is a foreground colour on the terminal's own background, so the app looks
/// right on dark and light themes alike. Only blue, magenta, cyan, green and red are used:
/// white and yellow text vanish on light backgrounds, black on dark ones. Roles with no
/// colour (`normal`, `muted`, parked ideas) keep the terminal's own and use pair 0; the
/// views give them their meaning with attributes (dim, bold), which also carry every other
/// role when there is no colour.
enum ColorScheme {
    /// The foreground of a role.
    static func foreground(_ role: ColorRole) -> TerminalColor {
        switch role {
        case .normal, .muted, .stageParked: return .terminalDefault
        case .title: return .blue
        case .heading, .accent: return .cyan
        case .key: return .magenta
        case .bar, .good: return .green
        case .warning: return .red
        case .sectorYouth: return .magenta
        case .sectorCultural: return .blue
        case .sectorEducational: return .cyan
        case .sectorBusiness: return .green
        case .sectorSocial: return .red
        case .stageEarly: return .cyan
        case .stageForming: return .blue
        case .stageReady: return .magenta
        case .stageScheduled, .stageDelivered: return .green
        case .stageWithdrawn: return .red
        }
    }

    /// The colour pair a role is drawn with when colours are on: its own number
    /// (1, 2, …), or 0, the terminal's own colours, for a role without a colour.
    static func pair(_ role: ColorRole) -> Int16 {
        foreground(role) == .terminalDefault ? 0 : Int16(role.rawValue)
    }

    /// The pairs to define when colours are on: number and foreground, on the terminal's
    /// default background.
    static var pairs: [(number: Int16, foreground: TerminalColor)] {
        ColorRole.allCases.compactMap { role in
            let number = pair(role)
            return number == 0 ? nil : (number, foreground(role))
        }
    }

    /// The highest pair number used; the terminal must offer more pairs than this.
    static var highestPair: Int16 { pairs.map(\.number).max() ?? 0 }

    /// Whether to draw in colour. `NO_COLOR` set to anything but the empty string turns
    /// colour off (https://no-color.org); so does a terminal without eight colours, without
    /// enough pairs, or that cannot keep its own background (`use_default_colors` failed:
    /// a forced black background would look wrong on light themes).
    static func useColor(noColor: String?, hasColors: Bool, colors: Int, colorPairs: Int,
                         defaultBackground: Bool) -> Bool {
        if let noColor, !noColor.isEmpty { return false }
        return hasColors && colors >= 8 && colorPairs > Int(highestPair) && defaultBackground
    }
}
