/// The parts of an address after `postgresql://`, split as libpq splits them:
/// `[user[:password]@][host][:port][/dbname][?key=value&…]`. A host in brackets is an
/// IPv6 address. Every part is percent-decoded once, after splitting, so `%40` in a
/// password is an `@` and `%2F` in the host the start of a socket folder. One difference:
/// the user and password end at the last `@` before the host, not the first, so a
/// password written with a bare `@` still works (libpq would take the rest for a host
/// name that cannot exist).
struct AddressParts: Equatable {
    var user: String?
    var password: String?
    var host: String?
    var port: String?
    var database: String?
    /// In order; a key without `=` has no value.
    var query: [(String, String?)] = []

    static func == (a: AddressParts, b: AddressParts) -> Bool {
        a.user == b.user && a.password == b.password && a.host == b.host && a.port == b.port && a.database == b.database
            && a.query.map(\.0) == b.query.map(\.0) && a.query.map(\.1) == b.query.map(\.1)
    }

    /// The raw (still encoded) parts of `rest`.
    init(_ rest: String) {
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") {
            let userinfo = authority[..<at]
            if let colon = userinfo.firstIndex(of: ":") {
                user = String(userinfo[..<colon])
                password = String(userinfo[userinfo.index(after: colon)...])
            } else {
                user = String(userinfo)
            }
            authority = authority[authority.index(after: at)...]
        }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) }
        } else if let colon = authority.firstIndex(of: ":") {
            host = String(authority[..<colon])
            port = String(authority[authority.index(after: colon)...])
        } else {
            host = String(authority)
        }
        var tail = rest[authorityEnd...]
        if tail.hasPrefix("/") {
            tail = tail.dropFirst()
            let end = tail.firstIndex(of: "?") ?? tail.endIndex
            database = String(tail[..<end])
            tail = tail[end...]
        }
        if tail.hasPrefix("?") {
            for pair in tail.dropFirst().split(separator: "&") {
                if let eq = pair.firstIndex(of: "=") {
                    query.append((String(pair[..<eq]), String(pair[pair.index(after: eq)...])))
                } else {
                    query.append((String(pair), nil))
                }
            }
        }
        // Empty parts are parts left out (`postgresql://@:/`).
        for keyPath in [\AddressParts.user, \.host, \.port, \.database] where self[keyPath: keyPath]?.isEmpty == true {
            self[keyPath: keyPath] = nil
        }
    }

    /// Where the settings (`?key=value&…`) start: at the first `?` followed by a setting's
    /// name and `=`, `&` or the end, so a bare `?` inside a password is not taken for them.
    static func settingsStart(_ rest: Substring) -> Substring.Index {
        var search = rest.startIndex
        while let q = rest[search...].firstIndex(of: "?") {
            let after = rest[rest.index(after: q)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let next = after.dropFirst(name.count).first
            if next == nil || next == "=" || next == "&" { return q }
            search = rest.index(after: q)
        }
        return rest.endIndex
    }

    /// True when an `@` comes after the host and before the settings, with a `:` before
    /// it: `user:pa/ss@host` or `user:pa?ss@host`, a password with a bare `/` or `?`.
    /// libpq would read part of the password as a port or a database name (and a message
    /// would show it); it is refused instead, asking for `%2F` or `%3F`.
    static func hasStrayAt(_ rest: Substring) -> Bool {
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let head = rest[..<settingsStart(rest)]
        guard authorityEnd < head.endIndex, let at = head.lastIndex(of: "@"), at > authorityEnd else { return false }
        return head[..<at].contains(":")
    }

    /// Every part percent-decoded; throws `failure` for a bad escape or bytes that are not UTF-8.
    func decoded<E: Error>(or failure: E) throws(E) -> AddressParts {
        func decode(_ text: String?) throws(E) -> String? {
            guard let text else { return nil }
            guard let plain = PercentDecoding.decode(text) else { throw failure }
            return plain
        }
        var out = self
        out.user = try decode(user)
        out.password = try decode(password)
        out.host = try decode(host)
        out.port = try decode(port)
        out.database = try decode(database)
        var query: [(String, String?)] = []
        for (key, value) in self.query {
            guard let plainKey = try decode(key) else { continue }
            query.append((plainKey, try decode(value)))
        }
        out.query = query
        return out
    }
}

/// `%XX` escapes to bytes; nil for a `%` without two hexadecimal digits or a result that
/// is not UTF-8. A `+` stays a `+` (libpq does not read it as a space).
enum PercentDecoding {
    static func decode(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(hex), let low = utf8.popFirst().flatMap(hex) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
