/// Values with a text form read straight from UTF-8 bytes, for the fast load. Each reads
/// the canonical form (what idea-tui writes) without making a String, and hands anything
/// else to `init?(text:)`, so the two always agree.
extension TextForm {
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(text: String(decoding: bytes, as: UTF8.self))
    }
}

extension TextForm where Self: RawRepresentable, Self.RawValue == String, Self: CaseIterable {
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        for candidate in Self.allCases {
            let same = candidate.rawValue.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) }
            if same == true {
                self = candidate
                return
            }
        }
        self.init(text: String(decoding: bytes, as: UTF8.self))
    }
}

extension Day {
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
           let y = decimal(b, 0, 4), let m = decimal(b, 5, 2), let d = decimal(b, 8, 2),
           let day = Day(year: y, month: m, day: d) {
            self = day
        } else {
            self.init(text: String(decoding: b, as: UTF8.self))
        }
    }
}

extension ClockTime {
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        if b.count == 5, b[2] == UInt8(ascii: ":"), let h = decimal(b, 0, 2), let m = decimal(b, 3, 2),
           h <= 24, m <= 59, h * 60 + m <= 24 * 60 {
            self.init(minutes: h * 60 + m)
        } else {
            self.init(text: String(decoding: b, as: UTF8.self))
        }
    }
}

extension Timestamp {
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        if b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
           b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z"),
           let y = decimal(b, 0, 4), let mo = decimal(b, 5, 2), let d = decimal(b, 8, 2),
           let day = Day(year: y, month: mo, day: d),
           let h = decimal(b, 11, 2), let m = decimal(b, 14, 2), let s = decimal(b, 17, 2), h <= 23, m <= 59, s <= 59 {
            self.init(day: day, hour: h, minute: m, second: s)
        } else {
            self.init(text: String(decoding: b, as: UTF8.self))
        }
    }
}

/// The number written with exactly `count` decimal digits from `start`, or nil.
private func decimal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for i in start..<start + count {
        let digit = b[i] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
    }
    return value
}
