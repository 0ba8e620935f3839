import IdeaModel

/// The session detail screen. (Being written.)
enum SessionDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
