import Testing
@testable import IdeaTUI

struct TerminalLocaleTests {
    @Test func theCharacterLocaleIsReadAsTheCLibraryReadsIt() {
        #expect(TerminalLocale.requested([:]) == "C")
        #expect(TerminalLocale.requested(["LANG": "lt_LT.UTF-8"]) == "lt_LT.UTF-8")
        #expect(TerminalLocale.requested(["LANG": "lt_LT.UTF-8", "LC_CTYPE": "C"]) == "C")
        #expect(TerminalLocale.requested(["LANG": "C", "LC_CTYPE": "", "LC_ALL": "en_US.utf8"]) == "en_US.utf8")
    }

    @Test(arguments: [("lt_LT.UTF-8", true), ("en_US.utf8", true), ("C.UTF-8", true), ("C", false),
                      ("POSIX", false), ("lt_LT.ISO-8859-13", false)])
    func aUTF8NameAsksForUTF8(name: String, utf8: Bool) {
        #expect(TerminalLocale.asksForUTF8(["LANG": name]) == utf8)
    }
}
