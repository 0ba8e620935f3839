/// The styles views share, so the look stays consistent and colour-free terminals still
/// read well from the attributes alone.
enum Styles {
    static let title = Style(.title, bold: true, reverse: true)
    static let tab = Style(.title, reverse: true)
    static let currentTab = Style(.title, bold: true, underline: true)
    static let heading = Style(.heading, bold: true)
    static let rule = Style(.muted, dim: true)
    static let muted = Style(.muted, dim: true)
    static let number = Style(.normal, bold: true)
    static let bar = Style(.bar)
    static let key = Style(.key, bold: true)
    static let warning = Style(.warning, bold: true)
    static let good = Style(.good, bold: true)
    static let border = Style(.accent)
    static let selected = Style(.normal, reverse: true)
    /// Text being edited: underlined, so the extent of the field shows.
    static let field = Style(.normal, underline: true)
    static let match = Style(.warning, bold: true, underline: true)
    static let header = Style(.heading, bold: true, underline: true)
    /// The mark of a row someone else changed a moment ago.
    static let changed = Style(.good, bold: true)
}
