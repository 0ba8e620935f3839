import Foundation
import Testing
@testable import IdeaModel

/// The two passes of a load agree: the fast pass (bytes straight to the model) reads the
/// same database as the precise pass (tree, reader, messages) from every valid file, and
/// refuses every file the precise pass refuses, so the precise pass's message is the one
/// shown. The malformed corpus is read both ways in IdeaCLITests (FastLoadCorpusTests).
@Suite("Fast load")
struct FastLoadTests {
    /// Both passes on the same bytes: the fast one's database (nil when it refused) and
    /// the precise one's outcome. The load itself must give the precise pass's outcome.
    static func bothWays(_ bytes: [UInt8]) -> (fast: Database?, precise: Result<Database, LoadFailure>) {
        let precise = Result { () throws(LoadFailure) in try DatabaseCodec.decodePrecisely(bytes) }
        let loaded = Result { () throws(LoadFailure) in try DatabaseCodec.decode(bytes) }
        #expect(loaded == precise)
        return (DatabaseCodec.decodeFast(bytes), precise)
    }

    @Test("generated databases: the fast pass reads what was written", arguments: [
        (1, 11), (2, 12), (10, 13), (150, 14), (1000, 15), (3000, 16),
    ])
    func generated(_ size: Int, _ seed: UInt64) throws {
        let db = Generator.database(ideas: size, seed: seed)
        let (fast, precise) = Self.bothWays(DatabaseCodec.encode(db))
        #expect(fast == db)
        #expect(try precise.get() == db)
    }

    @Test("the sample and the dashboard fixture read the same both ways")
    func committedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["ideas.db.json", "Tests/Fixtures/dashboard.db.json"] {
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
            let (fast, precise) = Self.bothWays(bytes)
            #expect(fast != nil, "\(name)")
            #expect(fast == (try precise.get()), "\(name)")
        }
    }

    /// The same database as a person might write it: fields in any order, other white
    /// space, text with escapes (\u00e9, a surrogate pair, \/), null for absent optional
    /// fields, a byte order mark. The fast pass reads every variant as the precise one does.
    @Test("written differently, read the same", arguments: 1...12)
    func reformatted(_ seed: Int) throws {
        var db = Generator.database(ideas: 60, seed: UInt64(seed))
        db.ideas[0].title += " 🎉 \"x\" \\ a/b"
        var writer = LooseWriter(seed: UInt64(seed))
        var bytes: [UInt8] = seed % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
        writer.write(DatabaseCodec.json(db), into: &bytes)
        let (fast, precise) = Self.bothWays(bytes)
        #expect(try precise.get() == db)
        #expect(fast == db)
    }

    /// Thousands of small damages to a valid file (a byte changed, removed or added, a line
    /// removed, repeated or moved): whatever the precise pass makes of each, the fast pass
    /// agrees, refusing every file the precise pass refuses.
    @Test("damaged files: the fast pass never reads what the precise one refuses", arguments: 1...4)
    func damaged(_ seed: UInt64) {
        let valid = StoreFixtures.validBytes
        var random = TestRandom(seed: seed)
        var refused = 0
        var read = 0
        for _ in 0..<1500 {
            let bytes = random.damage(valid)
            let (fast, precise) = Self.bothWays(bytes)
            switch precise {
            case .success(let db):
                read += 1
                // The fast pass may leave an unusual valid file to the precise one, but
                // what it reads is what the precise pass reads.
                if let fast { #expect(fast == db) }
            case .failure:
                refused += 1
                #expect(fast == nil, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        // Both kinds happened, so the check above means something.
        #expect(refused > 500 && read > 50, "refused \(refused), read \(read)")
    }

    @Test("a field name with an escape, and a number past 18 digits, are left to the precise pass")
    func unusualButValid() throws {
        let escaped = StoreFixtures.validText.replacingOccurrences(of: "\"address\":", with: "\"addr\\u0065ss\":")
        let (fast, precise) = Self.bothWays(Array(escaped.utf8))
        #expect(fast == nil)
        #expect(try precise.get() == StoreFixtures.valid)
        var big = StoreFixtures.valid
        big.ideas[1].fundingNeed = 1_234_567_890_123_456_789
        let (fastBig, preciseBig) = Self.bothWays(DatabaseCodec.encode(big))
        #expect(fastBig == nil)
        #expect(try preciseBig.get() == big)
    }
}

/// A small deterministic random source for the tests (SplitMix64).
struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// One small damage to a file.
    mutating func damage(_ bytes: [UInt8]) -> [UInt8] {
        let interesting: [UInt8] = Array("\"\\{}[],:0-1n .eE/tfu \n".utf8) + [0x00, 0x1F, 0xC3, 0xFF, 0x80]
        var out = bytes
        let at = below(out.count)
        switch below(7) {
        case 0: out[at] = interesting[below(interesting.count)]
        case 1: out.remove(at: at)
        case 2: out.insert(interesting[below(interesting.count)], at: at)
        case 3: out[at] = UInt8(truncatingIfNeeded: next())
        default:
            // Whole lines: remove one, repeat one, or move one elsewhere.
            var lines = out.split(separator: 0x0A, omittingEmptySubsequences: false)
            let i = below(lines.count)
            switch below(3) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            default:
                let line = lines.remove(at: i)
                lines.insert(line, at: below(lines.count))
            }
            out = Array(lines.joined(separator: [0x0A]))
        }
        return out
    }
}

/// Writes a JSON tree as a person might: keys in a random order, random white space,
/// some characters escaped, null for a few absent optional fields.
struct LooseWriter {
    var random: TestRandom
    init(seed: UInt64) { random = TestRandom(seed: seed) }

    mutating func space(into out: inout [UInt8]) {
        for _ in 0..<random.below(3) { out.append([0x20, 0x0A, 0x09, 0x0D][random.below(4)]) }
    }

    mutating func write(_ value: JSONValue, into out: inout [UInt8]) {
        space(into: &out)
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .int(let i): out += Array(String(i).utf8)
        case .double(let d): out += Array(String(d).utf8)
        case .string(let s): text(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            space(into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(var fields):
            // Optional fields of an idea that may be written as null when absent.
            if fields["authorId"] != nil {
                for key in ["reason", "fundingNeed", "plan"] where fields[key] == nil && random.below(2) == 0 { fields[key] = .null }
            }
            var keys = Array(fields.keys).sorted()
            for i in keys.indices.reversed() { keys.swapAt(i, random.below(i + 1)) }
            out.append(UInt8(ascii: "{"))
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                space(into: &out)
                text(key, into: &out, escapes: false)
                space(into: &out)
                out.append(UInt8(ascii: ":"))
                if let field = fields[key] { write(field, into: &out) }
            }
            space(into: &out)
            out.append(UInt8(ascii: "}"))
        }
        space(into: &out)
    }

    mutating func text(_ s: String, into out: inout [UInt8], escapes: Bool = true) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x22 || v == 0x5C {
                out += [0x5C, UInt8(v)]
            } else if v < 0x20 {
                out += Array(String(format: "\\u%04x", v).utf8)
            } else if escapes && random.below(8) == 0 {
                if v >= 0x10000 {
                    let high = 0xD800 + ((v - 0x10000) >> 10), low = 0xDC00 + ((v - 0x10000) & 0x3FF)
                    out += Array(String(format: "\\u%04X\\u%04x", high, low).utf8)
                } else if v == 0x2F {
                    out += Array("\\/".utf8)
                } else {
                    out += Array(String(format: "\\u%04x", v).utf8)
                }
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
