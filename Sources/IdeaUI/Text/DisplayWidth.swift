/// How many terminal columns text takes, counted per grapheme cluster (what a reader
/// sees as one character): Lithuanian letters with diacritics and a letter followed by
/// combining marks take 1, East Asian wide characters and emoji take 2, marks and
/// invisible format characters alone take 0. Control characters count as the one-column
/// placeholder `Sanitizer` shows in their place.
public enum DisplayWidth {
    /// Columns of a whole string, as it will be shown (after `Sanitizer.clean`).
    public static func of(_ text: String) -> Int {
        var total = 0
        for ch in Sanitizer.clean(text) { total += of(ch) }
        return total
    }

    /// Columns of one grapheme cluster: 0, 1 or 2.
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        var count = 0
        var emojiSequence = false  // VS16, ZWJ, skin tone, keycap: the cluster shows as one emoji
        var textPresentation = false
        for s in scalars {
            count += 1
            switch s.value {
            case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF: emojiSequence = true
            case 0xFE0E: textPresentation = true
            default: break
            }
        }
        if count == 1 { return of(first) }
        if isRegionalIndicator(first) { return 2 }  // a flag: two indicators, one picture
        if textPresentation { return min(of(first), 1) }
        if emojiSequence && first.properties.isEmoji { return 2 }
        return of(first)
    }

    /// Columns of one scalar on its own: 0, 1 or 2. A control character counts as its
    /// one-column placeholder.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 1 }
        if v < 0x300 { return v == 0xAD ? 0 : 1 }  // Latin, incl. Ą Č Ę Ė Į Š Ų Ū Ž
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            // The bidi controls are shown as a placeholder, so they take one column.
            return Sanitizer.isBidiControl(v) ? 1 : 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul vowel/final jamo
        if isWide(v) { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }

    /// East Asian Wide and Fullwidth characters and emoji shown as pictures, from the
    /// Unicode East Asian Width and emoji-data tables, merged into ranges. Sorted.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility jamo, kanbun, CJK letters
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical and small forms
        0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nüshu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
        0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FAFF,  // symbols and pictographs extended A
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and later
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
