import IdeaModel

/// What a cell means, so the backend can give it a colour when the terminal has them.
/// Without colours (NO_COLOR, or a terminal without them) the attributes (bold, dim,
/// reverse, underline) alone must still read well.
public enum ColorRole: Int, CaseIterable, Sendable {
    case normal, title, heading, key, bar, accent, good, warning, muted
    // One per sector.
    case sectorYouth, sectorCultural, sectorEducational, sectorBusiness, sectorSocial
    // One per group of stages: early = shared, refined; forming = team, mentored, workshops.
    case stageEarly, stageForming, stageReady, stageScheduled, stageDelivered, stageParked, stageWithdrawn

    /// The colour role of a sector.
    public static func sector(_ s: Sector) -> ColorRole {
        switch s {
        case .youth: return .sectorYouth
        case .cultural: return .sectorCultural
        case .educational: return .sectorEducational
        case .business: return .sectorBusiness
        case .social: return .sectorSocial
        }
    }

    /// The colour role of a stage (stages that belong together share one).
    public static func stage(_ s: Stage) -> ColorRole {
        switch s {
        case .shared, .refined: return .stageEarly
        case .team, .mentored, .workshops: return .stageForming
        case .ready: return .stageReady
        case .scheduled: return .stageScheduled
        case .delivered: return .stageDelivered
        case .parked: return .stageParked
        case .withdrawn: return .stageWithdrawn
        }
    }
}

/// How a cell looks.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()

    /// Words for golden files: "title reverse bold".
    public var summary: String {
        var words = [String(describing: role)]
        if bold { words.append("bold") }
        if dim { words.append("dim") }
        if reverse { words.append("reverse") }
        if underline { words.append("underline") }
        return words.joined(separator: " ")
    }
}

/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var cols: Int
    public var rows: Int

    public init(cols: Int, rows: Int) {
        self.cols = max(0, cols)
        self.rows = max(0, rows)
    }

    public func covers(_ other: Size) -> Bool { cols >= other.cols && rows >= other.rows }

    /// "80×24"
    public var description: String { "\(cols)×\(rows)" }
}

/// A rectangle of cells on a screen.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var width: Int
    public var height: Int

    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row
        self.col = col
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var bottom: Int { row + height }
    public var right: Int { col + width }
}
