import IdeaModel

/// The forum detail screen. (Being written.)
enum ForumDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
