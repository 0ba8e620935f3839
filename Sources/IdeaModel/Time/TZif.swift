/// Reading a zone from the tz database's binary TZif format (RFC 8536): versions 1 to 4,
/// "fat" or "slim", with the POSIX rule from the footer for moments after the last
/// transition.
extension TimeZoneRules {
    /// Why a zone file could not be read.
    public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public init(name: String, tzif bytes: [UInt8]) throws(DataError) {
        var r = ByteReader(bytes)
        let v1 = try Header(&r)
        var header = v1, timeSize = 4
        if v1.version >= 2 {
            // The 32-bit block is only for old readers: skip it and read the 64-bit one.
            try r.skip(v1.blockSize(timeSize: 4))
            header = try Header(&r)
            timeSize = 8
        }
        var times: [Int] = []
        for _ in 0..<header.timeCount { times.append(try r.signed(timeSize)) }
        var typeIndices: [Int] = []
        for _ in 0..<header.timeCount { typeIndices.append(Int(try r.byte())) }
        var raw: [(seconds: Int, isDST: Bool, nameIndex: Int)] = []
        for _ in 0..<header.typeCount {
            raw.append((try r.signed(4), try r.byte() != 0, Int(try r.byte())))
        }
        let chars = try r.bytes(header.charCount)
        try r.skip(header.leapCount * (timeSize + 4) + header.stdCount + header.utCount)
        let types = try raw.map { t throws(DataError) -> Offset in
            guard t.nameIndex < max(1, chars.count) else { throw DataError(reason: "a time type names an abbreviation past the end") }
            let name = chars.dropFirst(t.nameIndex).prefix { $0 != 0 }
            return Offset(seconds: t.seconds, isDST: t.isDST, abbreviation: String(decoding: name, as: UTF8.self))
        }
        guard let first = types.first else { throw DataError(reason: "the file has no time types") }
        var list: [Transition] = []
        var current = first
        for (at, index) in zip(times, typeIndices) {
            guard index < types.count else { throw DataError(reason: "a transition names time type \(index), which does not exist") }
            let next = types[index]
            if next != current { list.append(Transition(at: at, before: current, after: next)) }
            current = next
        }
        var rule: PosixZoneRule?
        if header.version >= 2, let footer = r.footer(), !footer.isEmpty {
            guard let parsed = PosixZoneRule(text: footer) else {
                throw DataError(reason: "the rule at the end of the file, \"\(footer)\", cannot be read")
            }
            rule = parsed
        }
        self.init(name: name, transitions: list, initial: first, rule: rule)
    }

    private struct Header {
        var version: Int
        var utCount, stdCount, leapCount, timeCount, typeCount, charCount: Int

        init(_ r: inout ByteReader) throws(DataError) {
            guard try r.bytes(4) == Array("TZif".utf8) else { throw DataError(reason: "it is not a TZif file") }
            let v = try r.byte()
            version = v == 0 ? 1 : Int(v) - 48
            try r.skip(15)
            utCount = try r.signed(4)
            stdCount = try r.signed(4)
            leapCount = try r.signed(4)
            timeCount = try r.signed(4)
            typeCount = try r.signed(4)
            charCount = try r.signed(4)
            guard [utCount, stdCount, leapCount, timeCount, typeCount, charCount].allSatisfy({ $0 >= 0 && $0 < 1_000_000 }) else {
                throw DataError(reason: "its header counts are out of range")
            }
        }

        func blockSize(timeSize: Int) -> Int {
            timeCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4) + stdCount + utCount
        }
    }

    private struct ByteReader {
        let bytes: [UInt8]
        var at = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func byte() throws(DataError) -> UInt8 {
            guard at < bytes.count else { throw DataError(reason: "the file ends too early") }
            at += 1
            return bytes[at - 1]
        }

        mutating func bytes(_ n: Int) throws(DataError) -> [UInt8] {
            guard n >= 0, at + n <= bytes.count else { throw DataError(reason: "the file ends too early") }
            at += n
            return Array(bytes[(at - n)..<at])
        }

        mutating func skip(_ n: Int) throws(DataError) { _ = try bytes(n) }

        /// A big-endian two's-complement integer of `size` bytes.
        mutating func signed(_ size: Int) throws(DataError) -> Int {
            var value: UInt64 = 0
            for b in try bytes(size) { value = value << 8 | UInt64(b) }
            let shift = UInt64(64 - 8 * size)
            return Int(Int64(bitPattern: value << shift) >> Int64(shift))
        }

        /// The text between the two newlines that end a version 2+ file.
        func footer() -> String? {
            guard at < bytes.count, bytes[at] == 0x0A else { return nil }
            let rest = bytes[(at + 1)...]
            guard let end = rest.firstIndex(of: 0x0A) else { return nil }
            return String(decoding: rest[..<end], as: UTF8.self)
        }
    }
}
