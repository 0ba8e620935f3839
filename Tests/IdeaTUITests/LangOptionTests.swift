import ArgumentParser
@testable import IdeaTUI
import IdeaUI
import Testing

/// `--lang lt|en`, and the default from the locale variables.
struct LangOptionTests {
    @Test func theOptionWins() throws {
        let lt = try OpenCommand.parse(["--lang", "lt"])
        #expect(lt.language(environment: ["LANG": "en_US.UTF-8"]) == .lt)
        let en = try OpenCommand.parse(["--lang", "en"])
        #expect(en.language(environment: ["LC_ALL": "lt_LT.UTF-8"]) == .en)
    }

    @Test(arguments: ["xx", "LT", "", "lithuanian"])
    func otherValuesAreAUsageError(_ value: String) {
        #expect(throws: (any Error).self) { try OpenCommand.parse(["--lang", value]) }
        do {
            _ = try OpenCommand.parse(["--lang", value])
        } catch {
            #expect(OpenCommand.exitCode(for: error) == ExitCode(64))
            #expect(OpenCommand.message(for: error).contains("--lang must be lt (Lithuanian) or en (English)"))
        }
    }

    @Test func theDefaultComesFromLcAllThenLcMessagesThenLang() throws {
        let open = try OpenCommand.parse([])
        #expect(open.language(environment: [:]) == .en)
        #expect(open.language(environment: ["LANG": "lt_LT.UTF-8"]) == .lt)
        #expect(open.language(environment: ["LANG": "C"]) == .en)
        #expect(open.language(environment: ["LC_MESSAGES": "lt_LT.UTF-8", "LANG": "en_GB.UTF-8"]) == .lt)
        #expect(open.language(environment: ["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "lt_LT.UTF-8"]) == .en)
        #expect(open.language(environment: ["LC_ALL": "", "LANG": "lt_LT.UTF-8"]) == .lt, "an empty variable is not set")
    }
}
