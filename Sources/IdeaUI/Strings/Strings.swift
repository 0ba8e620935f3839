import IdeaModel

/// Every word the interface shows, for one language. Both languages fill every field
/// (the compiler checks it), so no screen can fall back to a missing translation.
public struct Strings: Sendable {
    // Screens, as the tabs and titles name them.
    public var dashboard: String
    public var ideas: String
    public var board: String
    public var people: String
    public var teams: String
    public var mentors: String
    public var venues: String
    public var forums: String

    // Common words.
    public var quit: String
    public var quitHelp: String
    public var help: String
    public var helpHelp: String
    public var close: String
    public var closeHelp: String
    public var redraw: String
    public var redrawHelp: String
    public var back: String
    public var backHelp: String
    public var open: String
    public var openHelp: String
    public var search: String
    public var searchHelp: String
    public var nextMatch: String
    public var nextMatchHelp: String
    public var previousMatch: String
    public var previousMatchHelp: String
    public var filter: String
    public var filterHelp: String
    public var clearFilters: String
    public var clearFiltersHelp: String
    public var sort: String
    public var sortHelp: String
    public var move: String
    public var moveHelp: String
    public var page: String
    public var pageHelp: String
    public var firstLast: String
    public var firstLastHelp: String
    public var nextScreen: String
    public var nextScreenHelp: String
    public var screenNumberHelp: String
    public var columns: String
    public var columnsHelp: String
    public var keysTitle: String
    public var terminalTooSmall: String
    public var needsHave: @Sendable (Size, Size) -> String
    public var scheduledOf: @Sendable (Int, Int) -> String
    public var ideaCount: @Sendable (Int) -> String
    public var shownOf: @Sendable (Int, Int) -> String
    public var noMatches: @Sendable (String) -> String
    public var searchPrompt: String
    public var filtersLabel: String
    public var sortTitle: String
    public var filterTitle: String
    public var noneMatchFilters: String
    public var nothingHere: String
    public var yes: String
    public var no: String
    public var none: String

    // Model words.
    public var stage: @Sendable (Stage) -> String
    public var sector: @Sendable (Sector) -> String
    public var role: @Sendable (PersonRole) -> String
    public var feature: @Sendable (VenueFeature) -> String
    public var date: @Sendable (Day) -> String
    public var needsTeam: String
    public var needsMentor: String

    // Column titles and filter words.
    public var colTitle: String
    public var colStage: String
    public var colSectors: String
    public var colDistrict: String
    public var colTeam: String
    public var colMentors: String
    public var needsLabel: String
    public var colName: String
    public var colOrganisation: String
    public var colRoles: String
    public var colSkills: String
    public var colIdea: String
    public var colLead: String
    public var colSize: String
    public var colOpenRoles: String
    public var colExpertise: String
    public var colLoad: String
    public var colCapacity: String
    public var colFeatures: String
    public var colHours: String
    public var colSlots: String
    public var colKind: String
    public var colDate: String
    public var colPlace: String
    public var colCount: String
    public var forumWord: String
    public var workshopWord: String
    public var hasOpenRoles: String
    public var atCapacity: String
    public var hasRoom: String
    public var forumsOnly: String
    public var workshopsOnly: String

    // Detail screens of people, teams, venues, forums and workshop sessions.
    // Dashboard.
    public var dashIdeasByStage: String
    public var dashSectors: String
    public var dashIdeasColumn: String
    public var dashTeamsMentors: String
    public var dashTeamsWithoutMentor: String
    public var dashMentorsAtCapacity: String
    public var dashFreePlaces: String
    public var dashTopDistricts: String
    public var dashMentorLoad: String
    public var dashTeamsCapacity: String
    public var dashNoIdeas: String
    public var dashRecent: String
    public var dashNothingLogged: String
    public var dashInAll: @Sendable (Int) -> String
    public var dashWithIdeas: @Sendable (Int) -> String
    public var dashOf: @Sendable (Int, Int) -> String

    // Idea detail.
    public var ideaAuthor: String
    public var ideaTags: String
    public var ideaSummary: String
    public var ideaProblem: String
    public var ideaImpact: String
    public var ideaReason: String
    public var ideaTeam: String
    public var ideaNoTeam: String
    public var ideaForums: String
    public var ideaNotDiscussed: String
    public var ideaFunding: String
    public var ideaNeed: String
    public var ideaPledged: String
    public var ideaGap: String
    public var ideaInKind: String
    public var ideaFestival: String
    public var ideaSlot: String
    public var ideaPlan: String
    public var ideaNoPlan: String
    public var ideaAudience: String
    public var ideaFeatures: String
    public var ideaPreferred: String
    public var ideaWindow: String
    public var ideaNoNext: String
    public var ideaHistory: String
    public var ideaActivity: String
    public var ideaNoFunding: String
    public var ideaCovered: String
    public var ideaNextGate: @Sendable (String) -> String
    /// One condition of the next stage's gate, met or missing.
    public var gate: @Sendable (GateCondition) -> String
    public var euros: @Sendable (Int) -> String
    public var detailNotFound: @Sendable (String) -> String
    public var detailEmail: String
    public var detailPhone: String
    public var detailContact: String
    public var detailNoContact: String
    public var detailMentorProfile: String
    public var detailCapacity: String
    public var detailOverCapacity: String
    public var detailTeamsMentored: String
    public var detailInTeams: String
    public var detailLeadRole: String
    public var detailIdeasAuthored: String
    public var detailForumsHosted: String
    public var detailTeamTitle: @Sendable (String) -> String
    public var detailMembers: String
    public var detailOneSector: @Sendable (String) -> String
    public var detailOpenRoles: String
    public var detailWantedSkills: String
    public var detailWantedSectors: String
    public var detailWorkshops: String
    public var detailTrack: String
    public var detailNoTrack: String
    public var detailAttendedOn: @Sendable (String) -> String
    public var detailNotYet: String
    public var detailAddress: String
    public var detailVenueCapacity: @Sendable (Int) -> String
    public var detailSlotsOn: @Sendable (String) -> String
    public var detailPinned: String
    public var detailFreeTime: @Sendable (String, String, String) -> String
    public var detailDuration: @Sendable (Int) -> String
    public var detailHosts: String
    public var detailIdeasDiscussed: String
    public var detailNoOutcome: String
    public var detailStageNow: @Sendable (String) -> String
    public var detailAttended: String
    public var detailAbsent: String

    /// Changing things: moves, reasons, undo, conflicts.
    public var edit: EditStrings
    /// The forms and the actions menu.
    public var forms: FormStrings
    /// The mentor home and the mentor suggestion.
    public var mentor: MentorStrings
    /// Venues and the festival's settings.
    public var festival: FestivalStrings
    /// Saving that failed or clashed, and drafts.
    public var saving: SavingStrings
    /// Windows' keys, the help's notes, search and filters, balance, fit, placement.
    public var screen: ScreenStrings
    /// Others' changes shown as they happen.
    public var live: LiveStrings
    /// Long work off the key loop: the progress line, cancelling.
    public var work: WorkStrings
    /// The model's values: refusals, the schedulers' reasons, what saving reports.
    public var model: ModelStrings
    /// The command line's own words.
    public var cli: CommandLineStrings
    /// What an ssh login says when it refuses.
    public var remote: RemoteStrings
    /// A PostgreSQL database: why it could not be used, what `db init` and `db copy` did.
    public var server: ServerStrings
    /// Why a ready idea is off the festival grid, and the change that lets it in.
    public var diagnosis: DiagnosisStrings

    public static func of(_ lang: Lang) -> Strings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}

extension Strings {
    /// 12345 → "12,345" (or "12 345" with a space as the separator).
    static func grouped(_ n: Int, _ separator: String) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The short name of a key binding, for the status line.
    public func label(_ word: KeyWord) -> String {
        switch word {
        case .quit: return quit
        case .back: return back
        case .help: return help
        case .close: return close
        case .redraw: return redraw
        case .move: return move
        case .page: return page
        case .firstLast: return firstLast
        case .open: return open
        case .columns: return columns
        case .search: return search
        case .nextMatch: return nextMatch
        case .previousMatch: return previousMatch
        case .filter: return filter
        case .clearFilters: return clearFilters
        case .sort: return sort
        case .screens: return nextScreen
        case .screenNumber: return nextScreen
        case .undo: return edit.undo
        case .redo: return edit.redo
        case .forward: return edit.forward
        case .backStage: return edit.backStage
        case .moveMenu: return edit.moveMenu
        case .activity: return edit.activity
        case .confirm: return edit.confirm
        case .cancel: return edit.cancel
        case .keepMine: return edit.keepMine
        case .keepTheirs: return edit.keepTheirs
        case .makeRoom: return saving.makeRoom
        case .cancelChange: return saving.cancelChange
        case .openDraft: return saving.openDraft
        case .dropDraft: return saving.dropDraft
        case .later: return saving.later
        case .save: return edit.save
        case .nextField: return edit.nextField
        case .newIdea: return edit.newIdea
        case .editRecord: return edit.editRecord
        case .actions: return forms.actions
        case .take: return mentor.take
        case .letGo: return mentor.letGo
        case .mentorHome: return mentor.home
        case .gridPlace: return festival.place
        case .gridMove: return festival.move
        case .gridRemove: return festival.remove
        case .gridPin: return festival.pin
        case .gridZoom: return festival.zoom
        case .gridAuto: return festival.auto
        case .gridLength: return festival.length
        case .gridWhy: return diagnosis.why
        case .applyChange: return diagnosis.apply
        case .textFilter: return screen.textFilter
        case .choose: return screen.choose
        case .tick: return screen.tick
        case .keepDrop: return screen.keepDrop
        case .assignKept: return screen.assignKept
        case .yes: return screen.yes
        case .no: return screen.no
        case .done: return screen.done
        case .clearLine: return screen.clearLine
        case .messages: return screen.messages
        }
    }

    /// What a key binding does, for the help.
    public func explanation(_ word: KeyWord) -> String {
        switch word {
        case .quit: return quitHelp
        case .back: return backHelp
        case .help: return helpHelp
        case .close: return closeHelp
        case .redraw: return redrawHelp
        case .move: return moveHelp
        case .page: return pageHelp
        case .firstLast: return firstLastHelp
        case .open: return openHelp
        case .columns: return columnsHelp
        case .search: return searchHelp
        case .nextMatch: return nextMatchHelp
        case .previousMatch: return previousMatchHelp
        case .filter: return filterHelp
        case .clearFilters: return clearFiltersHelp
        case .sort: return sortHelp
        case .screens: return nextScreenHelp
        case .screenNumber: return screenNumberHelp
        case .undo: return edit.undoHelp
        case .redo: return edit.redoHelp
        case .forward: return edit.forwardHelp
        case .backStage: return edit.backStageHelp
        case .moveMenu: return edit.moveMenuHelp
        case .activity: return edit.activityHelp
        case .confirm: return edit.confirmHelp
        case .cancel: return edit.cancelHelp
        case .keepMine: return edit.keepMineHelp
        case .keepTheirs: return edit.keepTheirsHelp
        case .makeRoom: return saving.makeRoomHelp
        case .cancelChange: return saving.cancelChangeHelp
        case .openDraft: return saving.openDraftHelp
        case .dropDraft: return saving.dropDraftHelp
        case .later: return saving.laterHelp
        case .save: return edit.saveHelp
        case .nextField: return edit.nextFieldHelp
        case .newIdea: return edit.newIdeaHelp
        case .editRecord: return edit.editRecordHelp
        case .actions: return forms.actionsHelp
        case .take: return mentor.takeHelp
        case .letGo: return mentor.letGoHelp
        case .mentorHome: return mentor.homeHelp
        case .gridPlace: return festival.placeHelp
        case .gridMove: return festival.moveHelp
        case .gridRemove: return festival.removeHelp
        case .gridPin: return festival.pinHelp
        case .gridZoom: return festival.zoomHelp
        case .gridAuto: return festival.autoHelp
        case .gridLength: return festival.lengthHelp
        case .gridWhy: return diagnosis.whyHelp
        case .applyChange: return diagnosis.applyHelp
        case .textFilter: return screen.textFilterHelp
        case .choose: return screen.chooseHelp
        case .tick: return screen.tickHelp
        case .keepDrop: return screen.keepDropHelp
        case .assignKept: return screen.assignKeptHelp
        case .yes: return screen.yesHelp
        case .no: return screen.noHelp
        case .done: return screen.doneHelp
        case .clearLine: return screen.clearLineHelp
        case .messages: return screen.messagesHelp
        }
    }
}
