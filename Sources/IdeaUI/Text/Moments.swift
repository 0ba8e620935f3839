import IdeaModel

/// Moments as the screens show them: on the festival's clock (Europe/Vilnius from the
/// tz database; UTC only when that could not be read, and the headings then say so).
extension TimeZoneRules {
    /// "2026-05-14 10:30".
    func dateAndTime(_ t: Timestamp) -> String {
        let local = local(t)
        return local.day.text + " " + local.hhmm
    }

    /// "05-14 10:30", for a narrow column of recent changes.
    func monthDayAndTime(_ t: Timestamp) -> String { String(dateAndTime(t).dropFirst(5)) }

    /// The calendar day there.
    func day(_ t: Timestamp) -> Day { local(t).day }

    /// "10:30".
    func timeOfDay(_ t: Timestamp) -> String { local(t).hhmm }
}
