/// How a model value reads its fields, whatever they are read from. Each value's
/// `init<R: RecordReader>(_ r: R)` is written once and runs over two readers:
/// - `ByteRecordReader` reads straight from the file's bytes in one pass and stops at the
///   first thing wrong (the fast path of every load);
/// - `ObjectReader` reads a parsed `JSONValue` tree and records every problem with its
///   path (the second pass, which runs only when the first one refused the file).
/// Keys are literals (`StaticString`), so the byte reader compares them as bytes.
protocol RecordReader {
    func readString(_ key: StaticString, nonEmpty: Bool) -> String
    func readOptionalString(_ key: StaticString) -> String?
    func readStrings(_ key: StaticString) -> [String]
    func readInt(_ key: StaticString, min: Int?, max: Int?) -> Int
    func readOptionalInt(_ key: StaticString, min: Int?, max: Int?) -> Int?
    func readBool(_ key: StaticString, default fallback: Bool) -> Bool
    func readValue<T: TextForm>(_ key: StaticString, optional: Bool, as type: T.Type) -> T?
    func readValues<T: TextForm>(_ key: StaticString, as type: T.Type) -> [T]
    func readObject<T>(_ key: StaticString, optional: Bool, _ make: (Self) -> T) -> T?
    func readObjects<T>(_ key: StaticString, _ make: (Self) -> T) -> [T]
    /// A rule of this object is broken (at one of its fields, or the object as a whole).
    func problem(at key: StaticString, _ message: String)
    func problem(_ message: String)
}

/// The words the model's readers use; each says what a missing or null field means.
extension RecordReader {
    /// Text that must be there and, unless `nonEmpty` is false, not blank.
    func string(_ key: StaticString, nonEmpty: Bool = true) -> String { readString(key, nonEmpty: nonEmpty) }
    func optionalString(_ key: StaticString) -> String? { readOptionalString(key) }
    /// Text fields that read naturally as empty when absent (summary, notes).
    func text(_ key: StaticString) -> String { readOptionalString(key) ?? "" }
    /// A list of text; absent is empty.
    func strings(_ key: StaticString) -> [String] { readStrings(key) }
    func int(_ key: StaticString, min: Int? = nil, max: Int? = nil) -> Int { readInt(key, min: min, max: max) }
    func optionalInt(_ key: StaticString, min: Int? = nil, max: Int? = nil) -> Int? { readOptionalInt(key, min: min, max: max) }
    func bool(_ key: StaticString, default fallback: Bool = false) -> Bool { readBool(key, default: fallback) }
    func value<T: TextForm>(_ key: StaticString, as type: T.Type = T.self) -> T? { readValue(key, optional: false, as: type) }
    func optionalValue<T: TextForm>(_ key: StaticString, as type: T.Type = T.self) -> T? { readValue(key, optional: true, as: type) }
    /// A list of values with a text form; absent is empty.
    func values<T: TextForm>(_ key: StaticString, as type: T.Type = T.self) -> [T] { readValues(key, as: type) }
    func object<T>(_ key: StaticString, _ make: (Self) -> T) -> T? { readObject(key, optional: false, make) }
    func optionalObject<T>(_ key: StaticString, _ make: (Self) -> T) -> T? { readObject(key, optional: true, make) }
    /// A list of objects; absent is empty.
    func objects<T>(_ key: StaticString, _ make: (Self) -> T) -> [T] { readObjects(key, make) }
}
