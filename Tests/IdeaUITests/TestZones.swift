import Foundation
import IdeaModel

/// Zones from the system's tz database, for tests (the executable reads them the same way).
enum TestZones {
    static func load(_ name: String) throws -> TimeZoneRules {
        let dir = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        return try TimeZoneRules(name: name, tzif: [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))))
    }

    static let vilnius: TimeZoneRules = (try? load("Europe/Vilnius")) ?? .utc
}
