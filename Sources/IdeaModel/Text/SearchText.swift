/// Text folded for searching: lower case, without diacritics, so "zalia" finds
/// "Žaliakalnio" and "sanciai" finds "Šančiai".
public enum SearchText {
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendFolded(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `fold(s)`'s UTF-8 bytes, appended: a search index of 50,000 ideas folds 12 MB of
    /// text at its first keystroke, so this works in bytes and looks letters up in an
    /// array, not a dictionary.
    public static func appendFolded(_ s: String, to out: inout [UInt8]) {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            } else if (0x300...0x36F).contains(v) {
                continue // a combining mark: the letter before it already counts
            } else if v >= 0xC0, v <= 0x17F, case let base = latinBases[Int(v - 0xC0)], base != 0 {
                out.append(base)
            } else {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
    }

    /// True when every word of `query` occurs in `text` (both folded by the caller or not).
    public static func matches(_ text: String, query: String) -> Bool {
        let folded = fold(text)
        return fold(query).split(separator: " ").allSatisfy { folded.contains($0) }
    }

    /// Base letter (ASCII) of the accented Latin letters in U+00C0–U+017F, by the
    /// letter's value minus 0xC0; zero for the others.
    private static let latinBases: [UInt8] = {
        let groups: [(Character, String)] = [
            ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "ĎďĐđ"),
            ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"), ("g", "ĜĝĞğĠġĢģ"), ("h", "ĤĥĦħ"),
            ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"), ("j", "Ĵĵ"), ("k", "Ķķ"), ("l", "ĹĺĻļĽľĿŀŁł"),
            ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"),
            ("s", "ŚśŜŝŞşŠš"), ("t", "ŢţŤťŦŧ"), ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
            ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"), ("z", "ŹźŻżŽž"),
        ]
        var table = [UInt8](repeating: 0, count: 0x17F - 0xC0 + 1)
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[Int(scalar.value - 0xC0)] = base.asciiValue ?? 0 }
        }
        return table
    }()
}
