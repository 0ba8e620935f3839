@testable import IdeaTUI
import IdeaModel
import IdeaUI
import Testing

/// Which colour each role gets, and when there is no colour at all.
struct ColorSchemeTests {
    @Test func everySectorHasItsOwnRoleAndColour() {
        let roles = Sector.allCases.map(ColorRole.sector)
        #expect(Set(roles).count == Sector.allCases.count)
        #expect(Set(roles.map(ColorScheme.foreground)).count == Sector.allCases.count)
        #expect(ColorRole.sector(.youth) == .sectorYouth)
        #expect(ColorRole.sector(.social) == .sectorSocial)
    }

    @Test(arguments: [
        (Stage.shared, ColorRole.stageEarly), (.refined, .stageEarly),
        (.team, .stageForming), (.mentored, .stageForming), (.workshops, .stageForming),
        (.ready, .stageReady), (.scheduled, .stageScheduled), (.delivered, .stageDelivered),
        (.parked, .stageParked), (.withdrawn, .stageWithdrawn),
    ])
    func stagesMapToTheirGroup(stage: Stage, role: ColorRole) {
        #expect(ColorRole.stage(stage) == role)
    }

    @Test func theMapping() {
        let expected: [ColorRole: TerminalColor] = [
            .normal: .terminalDefault, .muted: .terminalDefault, .title: .blue, .heading: .cyan,
            .key: .magenta, .bar: .green, .accent: .cyan, .good: .green, .warning: .red,
            .sectorYouth: .magenta, .sectorCultural: .blue, .sectorEducational: .cyan,
            .sectorBusiness: .green, .sectorSocial: .red,
            .stageEarly: .cyan, .stageForming: .blue, .stageReady: .magenta,
            .stageScheduled: .green, .stageDelivered: .green, .stageParked: .terminalDefault,
            .stageWithdrawn: .red,
        ]
        #expect(expected.count == ColorRole.allCases.count)
        for role in ColorRole.allCases {
            #expect(ColorScheme.foreground(role) == expected[role], "\(role)")
        }
    }

    @Test func onlyColoursReadableOnDarkAndLightBackgrounds() {
        let readable: Set<TerminalColor> = [.terminalDefault, .blue, .magenta, .cyan, .green, .red]
        for role in ColorRole.allCases {
            #expect(readable.contains(ColorScheme.foreground(role)), "\(role)")
        }
    }

    @Test func pairsAreOnePerColouredRoleAndZeroForTheRest() {
        let pairs = ColorScheme.pairs
        #expect(Set(pairs.map(\.number)).count == pairs.count)
        #expect(pairs.allSatisfy { $0.number > 0 && $0.foreground != .terminalDefault })
        #expect(ColorScheme.pair(.normal) == 0)
        #expect(ColorScheme.pair(.muted) == 0)
        #expect(ColorScheme.pair(.stageParked) == 0)
        #expect(ColorScheme.pair(.title) != 0)
        for role in ColorRole.allCases where ColorScheme.pair(role) != 0 {
            #expect(pairs.contains { $0.number == ColorScheme.pair(role) && $0.foreground == ColorScheme.foreground(role) })
        }
        // An eight-colour terminal offers 64 pairs.
        #expect(ColorScheme.highestPair < 64)
    }

    @Test func noColorAndPoorTerminalsMeanNoColourAtAll() {
        func use(_ noColor: String?, has: Bool = true, colors: Int = 256, pairs: Int = 256, background: Bool = true) -> Bool {
            ColorScheme.useColor(noColor: noColor, hasColors: has, colors: colors, colorPairs: pairs, defaultBackground: background)
        }
        #expect(use(nil))
        #expect(use("") == true, "an empty NO_COLOR is not set (no-color.org)")
        #expect(use("1") == false)
        #expect(use("0") == false, "any value turns colour off")
        #expect(use(nil, has: false) == false)
        #expect(use(nil, colors: 2) == false)
        #expect(use(nil, pairs: Int(ColorScheme.highestPair)) == false)
        #expect(use(nil, colors: 8, pairs: 64))
        #expect(use(nil, background: false) == false)
    }
}
