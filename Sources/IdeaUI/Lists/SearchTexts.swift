import IdeaModel

/// The folded search text of every row of a list, all in one buffer, row after row. A
/// search at 50,000 ideas reads about 12 MB: from one buffer the reads run ahead of the
/// processor; from 50,000 separate arrays nearly every row began with a cache miss, which
/// cost more than the comparing.
struct SearchTexts: Equatable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each row's text ends in `bytes`; it starts where the row before ends.
    private var ends: [Int] = []

    init() {}

    init(count: Int, text: (Int) -> String) {
        ends.reserveCapacity(count)
        for row in 0..<count {
            SearchText.appendFolded(text(row), to: &bytes)
            ends.append(bytes.count)
        }
    }

    /// The texts of a newer version of the list: row `row`'s is `old`'s row
    /// `oldRows[row]` where that is not -1 (copied, runs of rows that follow each other
    /// at once), else `text(row)` folded.
    init(count: Int, text: (Int) -> String, reusing old: SearchTexts, rows oldRows: [Int]) {
        ends.reserveCapacity(count)
        bytes.reserveCapacity(old.bytes.count + old.bytes.count / 16)
        var row = 0
        while row < count {
            let from = oldRows.indices.contains(row) ? oldRows[row] : -1
            guard old.ends.indices.contains(from) else {
                SearchText.appendFolded(text(row), to: &bytes)
                ends.append(bytes.count)
                row += 1
                continue
            }
            var n = 1
            while row + n < count, oldRows.indices.contains(row + n), oldRows[row + n] == from + n,
                  old.ends.indices.contains(from + n) { n += 1 }
            let start = old.start(of: from)
            let shift = bytes.count - start
            bytes.append(contentsOf: old.bytes[start..<old.ends[from + n - 1]])
            for k in from..<(from + n) { ends.append(old.ends[k] + shift) }
            row += n
        }
    }

    var count: Int { ends.count }

    /// Where row `row`'s text starts in `bytes`: where the row before ends.
    private func start(of row: Int) -> Int { row == 0 ? 0 : ends[row - 1] }

    /// Row `row`'s folded text (for tests and messages; a search reads the bytes).
    func text(_ row: Int) -> String {
        guard ends.indices.contains(row) else { return "" }
        return String(decoding: bytes[start(of: row)..<ends[row]], as: UTF8.self)
    }

    /// The positions in `rows` whose text holds every one of `words`.
    func positions(in rows: [Int], holding words: [[UInt8]]) -> [Int] {
        bytes.withUnsafeBytes { all in
            // A sorted list visits rows all over the buffer; reading it front to back once
            // and then looking the rows up is faster unless few rows are shown.
            guard rows.count > count / 8 else { return rows.indices.filter { i in holds(all, rows[i], words) } }
            let held = (0..<count).map { holds(all, $0, words) }
            return rows.indices.filter { i in held.indices.contains(rows[i]) && held[rows[i]] }
        }
    }

    /// Whether row `row`'s text holds every one of `words`.
    func holds(_ row: Int, _ words: [[UInt8]]) -> Bool {
        bytes.withUnsafeBytes { holds($0, row, words) }
    }

    private func holds(_ all: UnsafeRawBufferPointer, _ row: Int, _ words: [[UInt8]]) -> Bool {
        guard ends.indices.contains(row) else { return false }
        let text = UnsafeRawBufferPointer(rebasing: all[start(of: row)..<ends[row]])
        return words.allSatisfy { word in word.withUnsafeBytes { ByteSearch.contains(text, $0) } }
    }
}
