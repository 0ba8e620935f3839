/// A field drawn from others (the database, the language) and kept in step with them:
/// left out when two states are compared, since it follows from what is compared. Every
/// other field of `AppState` counts in its synthesized `==`.
@propertyWrapper
public struct Derived<Value: Sendable>: Equatable, Sendable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

    public static func == (a: Derived, b: Derived) -> Bool { true }
}
