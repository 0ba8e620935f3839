@testable import IdeaTUI
import Testing

/// What the fatal-signal handler writes to give the terminal back (the handler itself is
/// tested on the real binary by scripts/e2e/crash.sh).
struct FatalRescueTests {
    static func text(_ terminfo: [String: String]) -> String {
        String(decoding: FatalRescue.restoreBytes { terminfo[$0] }, as: UTF8.self)
    }

    @Test func turnsOffEveryMouseModeAndBracketedPaste() {
        let text = Self.text([:])
        for mode in ["1000", "1002", "1003", "1005", "1006", "1015", "2004"] {
            #expect(text.contains("\u{1B}[?\(mode)l"), "\(mode)")
            #expect(!text.contains("\u{1B}[?\(mode)h"), "\(mode)")
        }
    }

    @Test func usesTheTerminalsOwnSequencesAndLeavesTheAlternateScreenLast() {
        let text = Self.text(["sgr0": "<sgr0>", "cnorm": "<cnorm>", "rmkx": "<rmkx>", "rmcup": "<rmcup>"])
        #expect(text.hasPrefix(FatalRescue.reportingOff))
        #expect(text.hasSuffix("<sgr0><cnorm><rmkx><rmcup>"))
    }

    @Test func withoutTerminfoStringsPlainTextAndTheCursorStillComeBack() {
        let text = Self.text([:])
        #expect(text.hasSuffix("\u{1B}[m\u{1B}[?25h"))
    }
}
