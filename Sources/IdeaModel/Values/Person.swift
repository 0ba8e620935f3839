/// Anyone the platform knows: authors of ideas, team members, mentors, facilitators.
public struct Person: Identifiable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var organisation: String?
    public var sectors: [Sector]
    public var skills: [String]
    public var roles: [PersonRole]
    /// Private: never exported unless the user asks for contact details.
    public var contact: Contact?
    /// Present for the experts who mentor teams.
    public var mentor: MentorProfile?

    public init(id: String, name: String, organisation: String? = nil, sectors: [Sector] = [],
                skills: [String] = [], roles: [PersonRole] = [], contact: Contact? = nil,
                mentor: MentorProfile? = nil) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.sectors = sectors
        self.skills = skills
        self.roles = roles
        self.contact = contact
        self.mentor = mentor
    }

    public func has(_ role: PersonRole) -> Bool { roles.contains(role) }
}

public enum PersonRole: String, CaseIterable, Sendable, TextForm {
    case facilitator, mentor, talent, author
}

public struct Contact: Equatable, Sendable {
    public var email: String?
    public var phone: String?

    public init(email: String? = nil, phone: String? = nil) {
        self.email = email
        self.phone = phone
    }
}

/// What a mentor offers and how many teams they can take on at once.
public struct MentorProfile: Equatable, Sendable {
    public var expertise: [String]
    public var capacity: Int
    /// Where the mentor likes to work (their neighbourhood, their organisation's); a
    /// team there fits them a little better.
    public var districts: [String]

    public init(expertise: [String], capacity: Int, districts: [String] = []) {
        self.expertise = expertise
        self.capacity = capacity
        self.districts = districts
    }
}

extension Person: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("name", name)
        o.set("organisation", organisation)
        o.set("sectors", sectors)
        o.set("skills", skills)
        o.set("roles", roles)
        o.set("contact", contact)
        o.set("mentor", mentor)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        name = r.string("name")
        organisation = r.optionalString("organisation")
        sectors = r.values("sectors")
        skills = r.strings("skills")
        roles = r.values("roles")
        contact = r.optionalObject("contact") { Contact($0) }
        mentor = r.optionalObject("mentor") { MentorProfile($0) }
    }
}

extension Contact: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("email", email)
        o.set("phone", phone)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        email = r.optionalString("email")
        phone = r.optionalString("phone")
    }
}

extension MentorProfile: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("expertise", expertise)
        o.set("capacity", capacity)
        if !districts.isEmpty { o.set("districts", districts) }
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        expertise = r.strings("expertise")
        capacity = r.int("capacity", min: 0, max: 100)
        districts = r.strings("districts")
    }
}
