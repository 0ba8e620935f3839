import IdeaModel

/// The team detail screen. (Being written.)
enum TeamDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
