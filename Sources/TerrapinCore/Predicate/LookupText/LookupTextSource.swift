/// Lookup text as Unicode scalars, with the mapping back to the `Character` offsets that
/// errors and completion contexts report.
///
/// The lexer works on scalars, not on `Character`s, so that a quote or a backtick followed by
/// a combining mark is still a quote: grapheme clustering would merge `"` and U+0301 into one
/// `Character` and hide the quote.
struct LookupTextSource {
    /// The original text.
    let text: String
    /// The text's Unicode scalars, which the lexer reads.
    let scalars: [Unicode.Scalar]
    /// For each scalar, the offset of the `Character` it belongs to, plus one entry for the end.
    private let characterOffsets: [Int]

    /// Splits `text` into scalars and records which `Character` each belongs to.
    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var characterOffset = 0
        for character in text {
            for scalar in character.unicodeScalars {
                scalars.append(scalar)
                offsets.append(characterOffset)
            }
            characterOffset += 1
        }
        offsets.append(characterOffset)
        self.text = text
        self.scalars = scalars
        self.characterOffsets = offsets
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The number of `Character`s.
    var characterCount: Int { characterOffsets[characterOffsets.count - 1] }

    /// The offset of the `Character` holding the scalar at `scalarOffset` (the character count
    /// at the end); always within `0...characterCount`.
    func characterOffset(ofScalar scalarOffset: Int) -> Int {
        characterOffsets[min(max(scalarOffset, 0), scalars.count)]
    }

    /// The offset of the first scalar of the `Character` at `characterOffset` (clamped to the
    /// text).
    func scalarOffset(ofCharacter characterOffset: Int) -> Int {
        let target = min(max(characterOffset, 0), characterCount)
        var low = 0
        var high = scalars.count
        while low < high {
            let middle = (low + high) / 2
            if characterOffsets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The scalars from `start` up to `end`, as a string.
    func string(_ start: Int, _ end: Int) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[max(start, 0)..<min(end, scalars.count)])
        return String(result)
    }

    /// The whole `Character` that starts at or contains the scalar at `scalarOffset`.
    func character(atScalar offset: Int) -> String {
        let start = scalarOffset(ofCharacter: characterOffset(ofScalar: offset))
        var end = start + 1
        while end < scalars.count, characterOffsets[end] == characterOffsets[start] { end += 1 }
        return string(start, end)
    }
}
