/// Text folded for searching: lower case, without diacritics, so "zalia" finds
/// "Žaliakalnio" and "sanciai" finds "Šančiai".
public enum SearchText {
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if (0x300...0x36F).contains(v) {
                continue // a combining mark: the letter before it already counts
            } else if let base = baseLetter(v) {
                out.append(base)
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// True when every word of `query` occurs in `text` (both folded by the caller or not).
    public static func matches(_ text: String, query: String) -> Bool {
        let folded = fold(text)
        return fold(query).split(separator: " ").allSatisfy { folded.contains($0) }
    }

    /// Base letter of the accented Latin letters in U+00C0–U+017F.
    private static func baseLetter(_ v: UInt32) -> Unicode.Scalar? {
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        let table: [UInt32: Character] = latinTable
        guard let c = table[v] else { return nil }
        return c.unicodeScalars.first
    }

    private static let latinTable: [UInt32: Character] = {
        let groups: [(Character, String)] = [
            ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "ĎďĐđ"),
            ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"), ("g", "ĜĝĞğĠġĢģ"), ("h", "ĤĥĦħ"),
            ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"), ("j", "Ĵĵ"), ("k", "Ķķ"), ("l", "ĹĺĻļĽľĿŀŁł"),
            ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"),
            ("s", "ŚśŜŝŞşŠš"), ("t", "ŢţŤťŦŧ"), ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
            ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"), ("z", "ŹźŻżŽž"),
        ]
        var table: [UInt32: Character] = [:]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
