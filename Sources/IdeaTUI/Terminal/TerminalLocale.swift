import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The locale the terminal interface runs in. ncurses draws "ė", box lines and bars only
/// in a UTF-8 locale; in any other it falls back to ASCII.
enum TerminalLocale {
    /// The locale the environment names for characters, as the C library reads it
    /// (LC_ALL, then LC_CTYPE, then LANG).
    static func requested(_ environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "C"
    }

    /// Whether that locale's name says UTF-8 ("lt_LT.UTF-8", "en_US.utf8").
    static func asksForUTF8(_ environment: [String: String]) -> Bool {
        let name = requested(environment).lowercased()
        return name.contains("utf-8") || name.contains("utf8")
    }

    /// Sets the process's locale from the environment. When the environment asks for a
    /// UTF-8 locale this machine does not have (a client's lt_LT.UTF-8 sent over ssh to
    /// a server that only has C.UTF-8), or when `assumeUTF8` says the terminal is UTF-8
    /// whatever the environment says, it uses C.UTF-8: the app's words come from its
    /// own tables, so only the character set matters here.
    static func apply(assumeUTF8: Bool = false) {
        let environment = ProcessInfo.processInfo.environment
        if setlocale(LC_ALL, "") != nil, isUTF8() { return }
        guard assumeUTF8 || asksForUTF8(environment) else { return }
        // LC_ALL wins over every other variable, for this process and the ncurses in it.
        setenv("LC_ALL", "C.UTF-8", 1)
        if setlocale(LC_ALL, "") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    static func isUTF8() -> Bool {
        String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    }
}
