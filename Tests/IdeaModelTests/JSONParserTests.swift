import Testing
@testable import IdeaModel

struct JSONParserTests {
    private func fail(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(Array(#"{"a": [1, -2, 3.5, true, false, null, "Ž\n\u00e9\ud83c\udf89"]}"#.utf8))
        #expect(value == .object(["a": .array([.int(1), .int(-2), .double(3.5), .bool(true), .bool(false), .null, .string("Ž\né🎉")])]))
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected :"),
        ("{\"a\": [1, 2,]}", 1, 13, "expected a value"),
        ("{\"a\": tru}", 1, 7, "expected true"),
        ("{\"a\": 1}\n}", 2, 1, "after the end"),
        ("{\"a\": \"x", 1, 7, "closing \""),
        ("{\"a\": 01}", 1, 7, "may not start with 0"),
        ("{\"a\": \"\\q\"}", 1, 8, "unknown escape"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice"),
        ("{\"ž\": ?}", 1, 7, "expected a value"),
        ("", 1, 1, "the file ends"),
    ])
    func syntaxErrorsSayWhereAndWhat(text: String, line: Int, column: Int, words: String) throws {
        let error = try #require(fail(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.contains(words), "\(error.message)")
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(fail(deep))
        #expect(error.message.contains("nesting deeper"))
    }

    @Test func loneSurrogateIsAnError() throws {
        let error = try #require(fail(#"["\ud800"]"#))
        #expect(error.message.contains("surrogate"))
    }

    @Test func writerEscapesAndSortsKeys() {
        let bytes = JSONWriter(leadingKeys: ["z"]).write(.object(["b": .string("a\"\\\n\u{1b}"), "a": .array([]), "z": .int(1)]))
        #expect(String(decoding: bytes, as: UTF8.self) == "{\n  \"z\": 1,\n  \"a\": [],\n  \"b\": \"a\\\"\\\\\\n\\u001b\"\n}\n")
    }

    @Test func writerOutputParsesBack() throws {
        let value: JSONValue = .object(["t": .string("Šančiai \u{7} 漢字 🎉 \u{202E}"), "n": .array([.int(-5), .null, .bool(true)])])
        #expect(try JSONParser.parse(JSONWriter().write(value)) == value)
    }
}
