/// Makes a line of text uniform for the recognizers without losing the way back to the original:
/// repairs UTF-8 read as Windows-1252 ("â€™" → "’"), straightens quotes, unifies dashes and spaces,
/// drops invisible characters.
enum ScalarNormalizer {
    static func normalize(_ scalars: ArraySlice<Unicode.Scalar>, offset: Int, into output: inout MappedText) {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if let (repaired, length) = repairMojibake(scalars, at: index) {
                emit(repaired, from: offset + index - scalars.startIndex, into: &output)
                index += length
                continue
            }
            emit(scalars[index], from: offset + index - scalars.startIndex, into: &output)
            index += 1
        }
    }

    private static func emit(_ scalar: Unicode.Scalar, from offset: Int, into output: inout MappedText) {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: output.append("'", from: offset)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: output.append("\"", from: offset)
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: output.append("-", from: offset)
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09: output.append(" ", from: offset)
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0xFFFD: break
        default:
            if scalar.value < 0x20 { output.append(" ", from: offset) } else { output.append(scalar, from: offset) }
        }
    }

    /// A UTF-8 sequence whose bytes were decoded one by one as Windows-1252 or Latin-1.
    private static func repairMojibake(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = scalars[index].value
        let continuationCount: Int
        switch lead {
        case 0xC2...0xDF: continuationCount = 1
        case 0xE0...0xEF: continuationCount = 2
        case 0xF0...0xF4: continuationCount = 3
        default: return nil
        }
        guard index + continuationCount < scalars.endIndex else { return nil }
        var bytes: [UInt8] = [UInt8(lead)]
        for next in scalars[(index + 1)...(index + continuationCount)] {
            guard let byte = windows1252Byte(next), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first,
              decoded.value >= 0x80 else { return nil }
        return (decoded, continuationCount + 1)
    }

    private static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value <= 0xFF { return UInt8(scalar.value) }
        return windows1252High[scalar.value]
    }
}
