/// Sizes and rows the screens are laid out by.
public enum Layout {
    /// Below this the app shows "terminal too small" instead of a squeezed screen.
    public static let minimum = Size(cols: 60, rows: 18)
    /// Row of the first list row: tab bar, filter/search bar, column header come first.
    public static let listFirstRow = 3
    /// Rows of a list screen that are not list rows: the three above and the status line.
    public static let listChrome = 4
}
