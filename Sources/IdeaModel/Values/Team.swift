/// The initiative group that carries an idea: a lead, members with roles, open roles
/// still to fill, the mentors who accompany it and the workshop track it follows.
public struct Team: Identifiable, Equatable, Sendable {
    public var id: String
    public var ideaId: String
    public var leadId: String
    /// Everyone in the team other than the lead.
    public var members: [Member]
    public var openRoles: [OpenRole]
    public var mentorIds: [String]
    /// The workshop track the team is enrolled in.
    public var trackId: String?
    /// Invitations to its open roles, answered or not, oldest first.
    public var invitations: [Invitation]

    public init(id: String, ideaId: String, leadId: String, members: [Member] = [], openRoles: [OpenRole] = [],
                mentorIds: [String] = [], trackId: String? = nil, invitations: [Invitation] = []) {
        self.invitations = invitations
        self.id = id
        self.ideaId = ideaId
        self.leadId = leadId
        self.members = members
        self.openRoles = openRoles
        self.mentorIds = mentorIds
        self.trackId = trackId
    }

    /// Lead first, then members.
    public var personIds: [String] { [leadId] + members.map(\.personId) }
}

public struct Member: Equatable, Sendable {
    public var personId: String
    public var role: String

    public init(personId: String, role: String) {
        self.personId = personId
        self.role = role
    }
}

/// A place in the team that is waiting for the right person.
public struct OpenRole: Identifiable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var skills: [String]
    public var sectors: [Sector]

    public init(id: String, title: String, skills: [String] = [], sectors: [Sector] = []) {
        self.id = id
        self.title = title
        self.skills = skills
        self.sectors = sectors
    }
}

extension Team: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("ideaId", ideaId)
        o.set("leadId", leadId)
        o.set("members", members)
        o.set("openRoles", openRoles)
        o.set("mentorIds", mentorIds)
        o.set("trackId", trackId)
        // Written only when there are any, so files from before invitations stay as they were.
        if !invitations.isEmpty { o.set("invitations", invitations) }
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        ideaId = r.string("ideaId")
        leadId = r.string("leadId")
        members = r.objects("members") { Member($0) }
        openRoles = r.objects("openRoles") { OpenRole($0) }
        mentorIds = r.strings("mentorIds")
        trackId = r.optionalString("trackId")
        invitations = r.objects("invitations") { Invitation($0) }
    }
}

extension Member: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("personId", personId)
        o.set("role", role)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        personId = r.string("personId")
        role = r.string("role")
    }
}

extension OpenRole: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("title", title)
        o.set("skills", skills)
        o.set("sectors", sectors)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        title = r.string("title")
        skills = r.strings("skills")
        sectors = r.values("sectors")
    }
}
