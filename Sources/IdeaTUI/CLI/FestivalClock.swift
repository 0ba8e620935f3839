import Foundation
import IdeaModel
import IdeaUI

/// The festival's time zone, read from the system's tz database, and the clock read in
/// it. The model cannot read files or clocks: this is where both come from.
enum FestivalClock {
    /// The folder of the tz database: $TZDIR, else /usr/share/zoneinfo.
    static var zoneFolder: String {
        let dir = ProcessInfo.processInfo.environment["TZDIR"] ?? ""
        return dir.isEmpty ? "/usr/share/zoneinfo" : dir
    }

    /// Europe/Vilnius from the tz database, or why it could not be read.
    static func load(_ name: String = TimeZoneRules.festivalZoneName, _ words: Strings = .en) -> Result<TimeZoneRules, Failure> {
        let path = zoneFolder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Failure(words.cli.noTimeZone(path, name), code: ExitCodes.ioError))
        }
        do {
            return .success(try TimeZoneRules(name: name, tzif: [UInt8](data)))
        } catch {
            return .failure(Failure(words.cli.badTimeZone(path, name, error.reason), code: ExitCodes.ioError))
        }
    }

    /// The zone, or UTC when the tz database is missing (the screens then say "UTC").
    static let zoneOrUTC: TimeZoneRules = (try? load().get()) ?? .utc

    /// The zone, or a failure that says what to install: exports that carry offsets need it.
    static func required(_ words: Strings) throws -> TimeZoneRules { try load(TimeZoneRules.festivalZoneName, words).get() }

    /// Now, for the log, and the festival's calendar day now, for the gates ("delivered
    /// only on or after the festival day" is about the day in Kaunas).
    @Sendable static func now() -> (now: Timestamp, today: Day) {
        let now = Timestamp(seconds: Int(time(nil)))
        return (now, zoneOrUTC.local(now).day)
    }
}
