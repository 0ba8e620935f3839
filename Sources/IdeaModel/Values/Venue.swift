/// A place in Kaunas where interventions can happen on festival day.
public struct Venue: Identifiable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var district: String
    public var address: String
    public var capacity: Int
    public var features: [VenueFeature]
    public var opens: ClockTime
    public var closes: ClockTime

    public init(id: String, name: String, district: String, address: String, capacity: Int,
                features: [VenueFeature], opens: ClockTime, closes: ClockTime) {
        self.id = id
        self.name = name
        self.district = district
        self.address = address
        self.capacity = capacity
        self.features = features
        self.opens = opens
        self.closes = closes
    }
}

public enum VenueFeature: String, CaseIterable, Sendable, TextForm {
    case outdoor, indoor, stage, power, projector, sound, accessible, kids, seating
}

extension Venue: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("name", name)
        o.set("district", district)
        o.set("address", address)
        o.set("capacity", capacity)
        o.set("features", features)
        o.set("opens", opens)
        o.set("closes", closes)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        name = r.string("name")
        district = r.string("district")
        address = r.text("address")
        capacity = r.int("capacity", min: 0)
        features = r.values("features")
        opens = r.value("opens") ?? ClockTime(0)
        closes = r.value("closes") ?? ClockTime(24)
    }
}
