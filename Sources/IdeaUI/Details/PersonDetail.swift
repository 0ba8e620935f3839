import IdeaModel

/// The person detail screen. (Being written.)
enum PersonDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
