import IdeaModel

// Stand-in until the colour scheme for sectors and stages lands (branch `term`).
extension ColorRole {
    static func sector(_ s: Sector) -> ColorRole { .accent }
    static func stage(_ s: Stage) -> ColorRole { .accent }
}
