/// Finds where JSON paths such as `ideas[9].stage` sit in a document, so a problem found
/// after parsing can still be shown with its line and column. Runs only when a file has
/// problems: one pass over the bytes, descending only into containers on a wanted path.
public enum JSONLocator {
    /// Byte offsets of the values (or, for a field that should not be there, of its
    /// name) at each path that could be found. The document must be valid JSON.
    public static func offsets(of paths: Set<String>, in bytes: [UInt8]) -> [String: Int] {
        let prefixes = Set(paths.flatMap(DatabaseCodec.enclosingPaths))
        var scanner = Scanner(bytes: bytes, wanted: paths, prefixes: prefixes)
        scanner.skipSpace()
        scanner.value(path: "")
        return scanner.found
    }

    private struct Scanner {
        let bytes: [UInt8]
        let wanted: Set<String>
        let prefixes: Set<String>
        var pos = 0
        var found: [String: Int] = [:]

        init(bytes: [UInt8], wanted: Set<String>, prefixes: Set<String>) {
            self.bytes = bytes
            self.wanted = wanted
            self.prefixes = prefixes
        }

        mutating func value(path: String) {
            guard pos < bytes.count else { return }
            switch bytes[pos] {
            case UInt8(ascii: "{"): object(path: path)
            case UInt8(ascii: "["): array(path: path)
            default: skip()
            }
        }

        private mutating func object(path: String) {
            pos += 1
            while pos < bytes.count {
                skipSpace()
                guard pos < bytes.count else { return }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                let keyStart = pos
                let key = string()
                skipSpace()
                if pos < bytes.count, bytes[pos] == UInt8(ascii: ":") { pos += 1 }
                skipSpace()
                let child = path.isEmpty ? key : path + "." + key
                visit(child, keyStart: keyStart)
            }
        }

        private mutating func array(path: String) {
            pos += 1
            var index = 0
            while pos < bytes.count {
                skipSpace()
                guard pos < bytes.count else { return }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                visit(path + "[\(index)]", keyStart: pos)
                index += 1
            }
        }

        private mutating func visit(_ child: String, keyStart: Int) {
            if wanted.contains(child) { found[child] = keyStart }
            if prefixes.contains(child) { value(path: child) } else { skip() }
        }

        /// Skips one value of any kind without building anything.
        private mutating func skip() {
            guard pos < bytes.count else { return }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") { _ = skipString(); return }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                var depth = 0
                while pos < bytes.count {
                    let c = bytes[pos]
                    if c == UInt8(ascii: "\"") { _ = skipString(); continue }
                    if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                    if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { pos += 1; return }
                    }
                    pos += 1
                }
                return
            }
            while pos < bytes.count, !",}] \n\r\t".utf8.contains(bytes[pos]) { pos += 1 }
        }

        private mutating func string() -> String {
            let start = pos + 1
            let end = skipString()
            return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
        }

        /// Moves past a string; returns the offset of its closing quote.
        private mutating func skipString() -> Int {
            pos += 1
            while pos < bytes.count {
                let c = bytes[pos]
                if c == UInt8(ascii: "\\") { pos += 2; continue }
                if c == UInt8(ascii: "\"") { pos += 1; return pos - 1 }
                pos += 1
            }
            return pos
        }

        mutating func skipSpace() {
            while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 { pos += 1 }
        }
    }
}
