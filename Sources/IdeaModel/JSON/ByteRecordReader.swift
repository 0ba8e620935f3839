/// Reads model values straight from a file's bytes, in one pass and without building a
/// tree: the fast path of every load. Fields are found in the file's order; a field
/// asked for before its turn is found by moving on, and the fields passed over on the way
/// are noted (name and where the value starts) so that a later question for one of them
/// jumps back to it. Keys are compared as bytes.
///
/// It checks what `ObjectReader` checks (types, missing fields, limits, blank text,
/// unknown and repeated fields, the JSON syntax of everything it reads) but says nothing:
/// at the first thing wrong it gives up, and the load runs the precise pass instead.
struct ByteRecordReader: RecordReader {
    /// Deeper than any object of the format; a file nesting further is refused here.
    static let maxDepth = 16

    let scan: ByteScanner
    let state: UnsafeMutablePointer<ByteReadState>
    /// This object's frame; a nested object's is the next one.
    let frame: UnsafeMutablePointer<ObjectFrame>
    let depthLeft: Int

    /// Reads the object that makes up `bytes` (nothing but white space around it) with
    /// `make`; nil when anything about it is not right.
    static func read<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ make: (ByteRecordReader) -> T) -> T? {
        guard let base = bytes.baseAddress else { return nil }
        let scan = ByteScanner(base: base, count: bytes.count)
        let start = scan.skipSpace(0)
        guard scan.byte(start) == UInt8(ascii: "{") else { return nil }
        let state = UnsafeMutablePointer<ByteReadState>.allocate(capacity: 1)
        state.initialize(to: ByteReadState())
        let frames = UnsafeMutablePointer<ObjectFrame>.allocate(capacity: maxDepth + 1)
        frames.initialize(repeating: ObjectFrame(pos: start + 1, entriesStart: 0), count: maxDepth + 1)
        defer {
            state.pointee.release()
            state.deinitialize(count: 1)
            state.deallocate()
            frames.deallocate()
        }
        let top = ByteRecordReader(scan: scan, state: state, frame: frames, depthLeft: maxDepth)
        let value = make(top)
        guard let end = top.close(), scan.skipSpace(end) == bytes.count else { return nil }
        return value
    }

    // MARK: Finding fields

    private func fail() { state.pointee.failed = true }

    /// Moves to the next field: where its name is and where its value starts; nil at the
    /// closing brace, or on a mistake (recorded).
    private func nextField() -> (key: Int, length: Int, value: Int)? {
        if frame.pointee.ended { return nil }
        var p = scan.skipSpace(frame.pointee.pos)
        guard let b = scan.byte(p) else { fail(); return nil }
        if b == UInt8(ascii: "}") {
            frame.pointee.ended = true
            frame.pointee.pos = p + 1
            return nil
        }
        if frame.pointee.afterField {
            guard b == UInt8(ascii: ",") else { fail(); return nil }
            p = scan.skipSpace(p + 1)
        }
        guard scan.byte(p) == UInt8(ascii: "\"") else { fail(); return nil }
        let key = p + 1
        var q = key
        while q < scan.count, scan.base[q] != UInt8(ascii: "\"") {
            // A name with an escape is left to the precise reader.
            if scan.base[q] == UInt8(ascii: "\\") || scan.base[q] < 0x20 { fail(); return nil }
            q += 1
        }
        p = scan.skipSpace(q + 1)
        guard scan.byte(p) == UInt8(ascii: ":") else { fail(); return nil }
        p = scan.skipSpace(p + 1)
        frame.pointee.pos = p
        frame.pointee.afterField = true
        return (key, q - key, p)
    }

    private func note(_ field: PassedField) {
        let s = state
        if s.pointee.count == s.pointee.capacity {
            let bigger = UnsafeMutablePointer<PassedField>.allocate(capacity: s.pointee.capacity * 2)
            bigger.moveInitialize(from: s.pointee.entries, count: s.pointee.count)
            s.pointee.entries.deallocate()
            s.pointee.entries = bigger
            s.pointee.capacity *= 2
        }
        (s.pointee.entries + s.pointee.count).initialize(to: field)
        s.pointee.count += 1
    }

    /// Where the value of `key` starts; `fresh` when it is at the scan position (reading it
    /// moves the scan on), else where the value passed over ended. nil when absent.
    private func find(_ key: StaticString) -> (at: Int, fresh: Bool, end: Int)? {
        key.withUTF8Buffer { k -> (at: Int, fresh: Bool, end: Int)? in
            let s = state
            var i = frame.pointee.entriesStart
            while i < s.pointee.count {
                let e = s.pointee.entries[i]
                if scan.keyEquals(e.key, e.length, k) {
                    s.pointee.entries[i].used = true
                    if e.plainText { s.pointee.knownText = (e.value, e.end) }
                    return (e.value, false, e.end)
                }
                i += 1
            }
            while let field = nextField() {
                if scan.keyEquals(field.key, field.length, k) {
                    note(PassedField(key: field.key, length: field.length, value: field.value, end: -1, used: true, plainText: false))
                    return (field.value, true, -1)
                }
                // Text is checked on the way past (most fields are), so it is not read twice.
                let end: Int
                var plain = false
                if scan.base[field.value] == UInt8(ascii: "\"") {
                    guard let t = scan.text(at: field.value, scratch: &s.pointee.scratch) else { fail(); return nil }
                    end = t.next
                    plain = !t.escaped
                } else {
                    guard let e = scan.skipValue(at: field.value) else { fail(); return nil }
                    end = e
                }
                note(PassedField(key: field.key, length: field.length, value: field.value, end: end, used: false, plainText: plain))
                frame.pointee.pos = end
            }
            return nil
        }
    }

    /// The value of `key` read by `decode`; nil when absent or null, or when it could not
    /// be read (recorded).
    @inline(__always)
    private func read<V>(_ key: StaticString, _ decode: (Int) -> (V, Int)?) -> V? {
        guard !state.pointee.failed, let (at, fresh, end) = find(key) else { return nil }
        let value: V?
        let next: Int
        if scan.byte(at) == UInt8(ascii: "n") {
            guard scan.matches("null", at: at) else { fail(); return nil }
            value = nil
            next = at + 4
        } else {
            guard let (v, n) = decode(at) else { fail(); return nil }
            value = v
            next = n
        }
        if fresh {
            frame.pointee.pos = next
        } else if end >= 0 && end != next {
            fail()
            return nil
        }
        return value
    }

    /// Checks that every field was read and moves past the closing brace; nil if not.
    func close() -> Int? {
        if state.pointee.failed { return nil }
        if nextField() != nil || state.pointee.failed { fail(); return nil }
        let s = state
        for i in frame.pointee.entriesStart..<s.pointee.count where !s.pointee.entries[i].used {
            fail()
            return nil
        }
        s.pointee.count = frame.pointee.entriesStart
        return frame.pointee.pos
    }

    // MARK: Values

    /// Where the text at `p` is (see `ByteScanner.text`), known already if it was checked
    /// on the way past.
    @inline(__always) private func span(at p: Int) -> (start: Int, end: Int, next: Int, escaped: Bool)? {
        let known = state.pointee.knownText
        if known.at == p { return (p + 1, known.end - 1, known.end, false) }
        return scan.text(at: p, scratch: &state.pointee.scratch)
    }

    private func text(at p: Int) -> (String, Int)? {
        guard let t = span(at: p) else { return nil }
        let s = t.escaped
            ? String(decoding: state.pointee.scratch, as: UTF8.self)
            : String(decoding: UnsafeBufferPointer(start: scan.base + t.start, count: t.end - t.start), as: UTF8.self)
        if TextLimit.exceeded(s) { return nil }
        return (s, t.next)
    }

    private func form<T: TextForm>(at p: Int, _ type: T.Type) -> (T, Int)? {
        guard let t = span(at: p), t.end - t.start <= TextLimit.characters else { return nil }
        let value = t.escaped
            ? state.pointee.scratch.withUnsafeBufferPointer { T(utf8: $0) }
            : T(utf8: UnsafeBufferPointer(start: scan.base + t.start, count: t.end - t.start))
        return value.map { ($0, t.next) }
    }

    private func object<T>(at p: Int, _ make: (ByteRecordReader) -> T) -> (T, Int)? {
        guard scan.byte(p) == UInt8(ascii: "{"), depthLeft > 0 else { return nil }
        let child = ByteRecordReader(scan: scan, state: state, frame: frame + 1, depthLeft: depthLeft - 1)
        child.frame.pointee = ObjectFrame(pos: p + 1, entriesStart: state.pointee.count)
        let value = make(child)
        return child.close().map { (value, $0) }
    }

    @inline(__always)
    private func list<E>(at p: Int, _ item: (Int) -> (E, Int)?) -> ([E], Int)? {
        guard scan.byte(p) == UInt8(ascii: "[") else { return nil }
        var q = scan.skipSpace(p + 1)
        var out: [E] = []
        if scan.byte(q) == UInt8(ascii: "]") { return (out, q + 1) }
        while true {
            guard let (e, next) = item(q), !state.pointee.failed else { return nil }
            out.append(e)
            q = scan.skipSpace(next)
            guard let b = scan.byte(q) else { return nil }
            if b == UInt8(ascii: "]") { return (out, q + 1) }
            guard b == UInt8(ascii: ",") else { return nil }
            q = scan.skipSpace(q + 1)
        }
    }

    private func checked(_ i: Int, min: Int?, max: Int?) -> Int? {
        if let min, i < min { return nil }
        if let max, i > max { return nil }
        return i
    }

    // MARK: RecordReader

    func readString(_ key: StaticString, nonEmpty: Bool) -> String {
        guard let s = read(key, { text(at: $0) }) else { fail(); return "" }
        if nonEmpty, !(s.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false), s.allSatisfy(\.isWhitespace) { fail() }
        return s
    }

    func readOptionalString(_ key: StaticString) -> String? { read(key) { text(at: $0) } }

    func readStrings(_ key: StaticString) -> [String] { read(key) { list(at: $0) { text(at: $0) } } ?? [] }

    func readInt(_ key: StaticString, min: Int?, max: Int?) -> Int {
        guard let i = read(key, { scan.int(at: $0) }), let ok = checked(i, min: min, max: max) else { fail(); return 0 }
        return ok
    }

    func readOptionalInt(_ key: StaticString, min: Int?, max: Int?) -> Int? {
        guard let i = read(key, { scan.int(at: $0) }) else { return nil }
        guard let ok = checked(i, min: min, max: max) else { fail(); return nil }
        return ok
    }

    func readBool(_ key: StaticString, default fallback: Bool) -> Bool {
        read(key) { p in
            if scan.matches("true", at: p) { return (true, p + 4) }
            if scan.matches("false", at: p) { return (false, p + 5) }
            return nil
        } ?? fallback
    }

    func readValue<T: TextForm>(_ key: StaticString, optional: Bool, as type: T.Type) -> T? {
        let value = read(key) { form(at: $0, T.self) }
        if value == nil && !optional { fail() }
        return value
    }

    func readValues<T: TextForm>(_ key: StaticString, as type: T.Type) -> [T] {
        read(key) { list(at: $0) { form(at: $0, T.self) } } ?? []
    }

    func readObject<T>(_ key: StaticString, optional: Bool, _ make: (ByteRecordReader) -> T) -> T? {
        let value = read(key) { object(at: $0, make) }
        if value == nil && !optional { fail() }
        return value
    }

    func readObjects<T>(_ key: StaticString, _ make: (ByteRecordReader) -> T) -> [T] {
        read(key) { list(at: $0) { object(at: $0, make) } } ?? []
    }

    func problem(at key: StaticString, _ message: String) { fail() }

    func problem(_ message: String) { fail() }
}

/// A field passed over while looking for another: its name, where its value starts and
/// ends (-1 when it was read where it stood), and whether anyone asked for it.
struct PassedField {
    var key: Int
    var length: Int
    var value: Int
    var end: Int
    var used: Bool
    /// Text without escapes, its UTF-8 checked: `value+1..<end-1` are its bytes.
    var plainText: Bool
}

/// Where reading one object has got to.
struct ObjectFrame {
    /// After the last field read (or the opening brace).
    var pos: Int
    /// This object's fields passed over start here in the shared list.
    var entriesStart: Int
    var afterField = false
    var ended = false
}

/// What the readers of one fast load share: the fields passed over in each open object
/// (a stack: a nested object's come after its parent's), and whether the load gave up.
struct ByteReadState {
    var failed = false
    var entries = UnsafeMutablePointer<PassedField>.allocate(capacity: 64)
    var capacity = 64
    var count = 0
    /// Text with escapes is decoded here.
    var scratch: [UInt8] = []
    /// The last text found plain (no escapes, UTF-8 checked) on the way past: where it
    /// starts and the offset after it. Still true of the file when read later.
    var knownText = (at: -1, end: -1)

    func release() { entries.deallocate() }
}
