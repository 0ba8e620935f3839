import IdeaModel

/// The venue detail screen. (Being written.)
enum VenueDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
