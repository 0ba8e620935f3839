/// The language of the interface. Every word the screens show comes from `Strings` for
/// the chosen language, so a translation is one file, not a search through the views.
public enum Lang: String, CaseIterable, Sendable {
    case en, lt

    /// The language a locale variable asks for ("lt_LT.UTF-8" → lt); English otherwise.
    public static func from(locale: String?) -> Lang {
        guard let locale, locale.lowercased().hasPrefix("lt") else { return .en }
        return .lt
    }
}
