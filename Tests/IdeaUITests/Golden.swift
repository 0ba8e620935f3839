import Foundation
import Testing

/// Golden files: a screen's text and styles, stored under Tests/IdeaUITests/Golden.
/// Run `UPDATE_GOLDEN=1 swift test` to write them anew, then read the diff in git.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if updating {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("no golden file \(name); run UPDATE_GOLDEN=1 swift test to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
        try? Data(actual.utf8).write(to: saved)
        Issue.record("""
            \(name) differs from the golden file at line \(line + 1):
            expected: \(line < e.count ? e[line] : "<end>")
            actual:   \(line < a.count ? a[line] : "<end>")
            (whole render written to \(saved.path); UPDATE_GOLDEN=1 rewrites the golden files)
            """, sourceLocation: sourceLocation)
    }
}
