/// A team asking a person to take one of its open roles. Accepting makes the person a
/// member in that role; declining leaves the role open for someone else.
public struct Invitation: Identifiable, Equatable, Sendable {
    public var id: String
    public var roleId: String
    /// The role's title when the invitation was made, so it stays readable after the
    /// role is filled (and removed from the open roles).
    public var roleTitle: String
    public var personId: String
    public var invitedBy: String
    public var at: Timestamp
    public var status: InvitationStatus
    public var answeredAt: Timestamp?

    public init(id: String, roleId: String, roleTitle: String, personId: String, invitedBy: String, at: Timestamp,
                status: InvitationStatus = .pending, answeredAt: Timestamp? = nil) {
        self.id = id
        self.roleId = roleId
        self.roleTitle = roleTitle
        self.personId = personId
        self.invitedBy = invitedBy
        self.at = at
        self.status = status
        self.answeredAt = answeredAt
    }
}

public enum InvitationStatus: String, CaseIterable, Sendable, TextForm {
    case pending, accepted, declined
    /// Someone else took the role first.
    case closed
}

extension Invitation: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("roleId", roleId)
        o.set("roleTitle", roleTitle)
        o.set("personId", personId)
        o.set("invitedBy", invitedBy)
        o.set("at", at)
        o.set("status", status)
        o.set("answeredAt", answeredAt)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        roleId = r.string("roleId")
        roleTitle = r.string("roleTitle")
        personId = r.string("personId")
        invitedBy = r.string("invitedBy")
        at = r.value("at") ?? Timestamp(seconds: 0)
        status = r.value("status") ?? .pending
        answeredAt = r.optionalValue("answeredAt")
    }
}
