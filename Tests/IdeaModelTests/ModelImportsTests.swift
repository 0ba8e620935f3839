import Foundation
import Testing

/// The model imports no Foundation (docs/ARCHITECTURE.md says why): every source file of
/// Sources/IdeaModel is read and its imports checked, so a file that brings Foundation in
/// fails here, not in review.
@Suite struct ModelImportsTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/IdeaModel")

    /// Foundation and its parts, under any of their names.
    static let foundation: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking", "FoundationXML",
        "CoreFoundation",
    ]

    /// The modules a file imports: `import X`, `@preconcurrency import X`, `@_exported
    /// import X`, `import struct X.Y`, `import X.Y`.
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            var words = line.split(separator: " ").filter { !$0.isEmpty }
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            guard words.first == "import", words.count >= 2 else { return nil }
            let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]
            let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
            return String(path.split(separator: ".").first ?? path)
        }
    }

    @Test func theCheckSeesEveryFormOfImport() {
        let text = """
            import Glibc
            @preconcurrency import Foundation
            @_exported import FoundationEssentials
            import struct Foundation.Date
              import CoreFoundation
            // import Foundation in a comment is no import
            """
        #expect(Self.imports(text) == ["Glibc", "Foundation", "FoundationEssentials", "Foundation", "CoreFoundation"])
    }

    @Test func theModelImportsNoFoundation() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50, "the model's sources were not found at \(Self.sources.path)")
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            let found = Self.imports(text).filter(Self.foundation.contains)
            #expect(found.isEmpty, "Sources/IdeaModel/\(file) imports \(found.joined(separator: ", "))")
        }
    }
}
