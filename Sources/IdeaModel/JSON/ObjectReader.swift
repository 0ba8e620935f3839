/// Reads the fields of one JSON object into model values. Every mistake (missing field,
/// wrong type, unknown value) is recorded with its path and a harmless default is
/// returned, so reading carries on and one load reports every problem it can find.
/// Fields nobody asked for are reported by `finish()`, which catches typos like "titel".
/// This is the second, precise pass of a load (see `RecordReader`).
public final class ObjectReader: RecordReader {
    public let path: String
    public let sink: ProblemSink
    private let fields: [String: JSONValue]
    private var used: Set<String> = []

    public init(_ fields: [String: JSONValue], path: String, sink: ProblemSink) {
        self.fields = fields
        self.path = path
        self.sink = sink
    }

    /// Reads `value` as an object, or records that an object was expected.
    public static func read<T>(_ value: JSONValue, path: String, sink: ProblemSink,
                               _ make: (ObjectReader) -> T) -> T? {
        guard case .object(let fields) = value else {
            sink.add(path, "expected an object, found \(value.kindName)")
            return nil
        }
        let reader = ObjectReader(fields, path: path, sink: sink)
        let result = make(reader)
        reader.finish()
        return result
    }

    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func take(_ key: String) -> JSONValue? {
        guard let value = fields[key] else { return nil }
        used.insert(key)
        if case .null = value { return nil }
        return value
    }

    private func missing(_ key: String, _ expected: String) {
        sink.add(childPath(key), "missing field \"\(key)\": expected \(expected)")
    }

    private func wrongType(_ key: String, _ expected: String, _ found: JSONValue) {
        sink.add(childPath(key), "expected \(expected), found \(found.kindName)")
    }

    func problem(at key: StaticString, _ message: String) { sink.add(childPath(key.description), message) }

    func problem(_ message: String) { sink.add(path, message) }

    // MARK: Text

    func readString(_ name: StaticString, nonEmpty: Bool) -> String {
        let key = name.description
        guard let value = take(key) else { missing(key, "text"); return "" }
        guard case .string(let s) = value else { wrongType(key, "text", value); return "" }
        if nonEmpty && s.allSatisfy(\.isWhitespace) {
            sink.add(childPath(key), "\"\(key)\" must not be empty")
        }
        return s
    }

    func readOptionalString(_ name: StaticString) -> String? {
        let key = name.description
        guard let value = take(key) else { return nil }
        guard case .string(let s) = value else { wrongType(key, "text", value); return nil }
        return s
    }

    func readStrings(_ name: StaticString) -> [String] {
        list(name.description) { value, path in
            guard case .string(let s) = value else {
                sink.add(path, "expected text, found \(value.kindName)")
                return nil
            }
            return s
        }
    }

    // MARK: Numbers and flags

    func readInt(_ name: StaticString, min: Int?, max: Int?) -> Int {
        let key = name.description
        guard let value = take(key) else { missing(key, "a whole number"); return min ?? 0 }
        return checkedInt(key, value, min: min, max: max) ?? min ?? 0
    }

    func readOptionalInt(_ name: StaticString, min: Int?, max: Int?) -> Int? {
        let key = name.description
        guard let value = take(key) else { return nil }
        return checkedInt(key, value, min: min, max: max)
    }

    private func checkedInt(_ key: String, _ value: JSONValue, min: Int?, max: Int?) -> Int? {
        guard case .int(let i) = value else { wrongType(key, "a whole number", value); return nil }
        if let min, i < min {
            sink.add(childPath(key), "\(i) is too small: \"\(key)\" must be at least \(min)")
            return nil
        }
        if let max, i > max {
            sink.add(childPath(key), "\(i) is too large: \"\(key)\" must be at most \(max)")
            return nil
        }
        return i
    }

    func readBool(_ name: StaticString, default fallback: Bool) -> Bool {
        let key = name.description
        guard let value = take(key) else { return fallback }
        guard case .bool(let b) = value else { wrongType(key, "true or false", value); return fallback }
        return b
    }

    // MARK: Values with a text form (enums, dates, times)

    func readValue<T: TextForm>(_ name: StaticString, optional: Bool, as type: T.Type) -> T? {
        let key = name.description
        guard let value = take(key) else {
            if !optional { missing(key, T.expectation) }
            return nil
        }
        return parse(value, path: childPath(key), as: T.self)
    }

    func readValues<T: TextForm>(_ name: StaticString, as type: T.Type) -> [T] {
        list(name.description) { value, path in parse(value, path: path, as: T.self) }
    }

    private func parse<T: TextForm>(_ value: JSONValue, path: String, as type: T.Type) -> T? {
        guard case .string(let s) = value else {
            sink.add(path, "expected \(T.expectation), found \(value.kindName)")
            return nil
        }
        guard let parsed = T(text: s) else {
            sink.add(path, "\"\(s)\" is not \(T.expectation)")
            return nil
        }
        return parsed
    }

    // MARK: Nested objects and lists

    func readObject<T>(_ name: StaticString, optional: Bool, _ make: (ObjectReader) -> T) -> T? {
        let key = name.description
        guard let value = take(key) else {
            if !optional { missing(key, "an object") }
            return nil
        }
        return ObjectReader.read(value, path: childPath(key), sink: sink, make)
    }

    func readObjects<T>(_ name: StaticString, _ make: (ObjectReader) -> T) -> [T] {
        list(name.description) { value, path in ObjectReader.read(value, path: path, sink: sink, make) }
    }

    /// A list that may be absent (read as empty); items that cannot be read are
    /// reported and left out.
    private func list<T>(_ key: String, _ item: (JSONValue, String) -> T?) -> [T] {
        guard let value = take(key) else { return [] }
        guard case .array(let items) = value else { wrongType(key, "a list", value); return [] }
        let base = childPath(key)
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, element) in items.enumerated() {
            if let v = item(element, "\(base)[\(i)]") { out.append(v) }
        }
        return out
    }

    /// Reports fields that are not part of the format.
    public func finish() {
        guard fields.count > used.count else { return }
        for key in fields.keys.sorted() where !used.contains(key) {
            sink.add(childPath(key), "unknown field \"\(key)\" (misspelt, or from a newer version of idea-tui?)")
        }
    }
}

/// A value stored in the file as text: an enum's raw value, a date, a clock time.
public protocol TextForm {
    init?(text: String)
    /// The same from UTF-8 bytes, as the fast load reads them (by default through a String).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>)
    var text: String { get }
    /// What the text should look like, for messages: "a date like 2026-06-20".
    static var expectation: String { get }
}

extension TextForm where Self: RawRepresentable, Self.RawValue == String, Self: CaseIterable {
    public init?(text: String) { self.init(rawValue: text) }
    public var text: String { rawValue }
    public static var expectation: String {
        "one of " + allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    }
}

/// Builds the JSON form of a model value, leaving out absent optionals so files stay short.
public struct ObjectBuilder {
    public private(set) var fields: [String: JSONValue] = [:]
    public init() {}

    public mutating func set(_ key: String, _ value: String) { fields[key] = .string(value) }
    public mutating func set(_ key: String, _ value: String?) { if let value { fields[key] = .string(value) } }
    public mutating func set(_ key: String, _ value: Int) { fields[key] = .int(value) }
    public mutating func set(_ key: String, _ value: Int?) { if let value { fields[key] = .int(value) } }
    public mutating func set(_ key: String, _ value: Bool) { fields[key] = .bool(value) }
    public mutating func set(_ key: String, _ value: [String]) { fields[key] = .array(value.map { .string($0) }) }
    public mutating func set<T: TextForm>(_ key: String, _ value: T) { fields[key] = .string(value.text) }
    public mutating func set<T: TextForm>(_ key: String, _ value: T?) { if let value { fields[key] = .string(value.text) } }
    public mutating func set<T: TextForm>(_ key: String, _ values: [T]) { fields[key] = .array(values.map { .string($0.text) }) }
    public mutating func set<T: JSONEncodable>(_ key: String, _ value: T) { fields[key] = value.json }
    public mutating func set<T: JSONEncodable>(_ key: String, _ value: T?) { if let value { fields[key] = value.json } }
    public mutating func set<T: JSONEncodable>(_ key: String, _ values: [T]) { fields[key] = .array(values.map(\.json)) }

    public var json: JSONValue { .object(fields) }
}

public protocol JSONEncodable {
    var json: JSONValue { get }
}
