import IdeaModel

/// The idea detail screen. (Being written.)
enum IdeaDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        (id, [])
    }
}
