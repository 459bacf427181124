import NIOCore

/// The text form of a binary array (`{1,2,NULL}`, `{{a,b},{c,d}}`, `[0:1]={x,y}`), with
/// elements quoted as PostgreSQL's `array_out` does.
///
/// Binary arrays are recognised by their shape, not by the array's type OID, so arrays of
/// enums and of other types created at run time convert too: a header of the dimension
/// count (0 to 6), a null flag (0 or 1) and the element type, the dimensions, then exactly
/// as many length-prefixed elements as the dimensions say, and nothing after them.
enum PostgresArrayText {
    /// The array's text, or `nil` when `bytes` is not a binary array.
    static func text(of bytes: ByteBuffer, context: PostgresTextForm.Context) -> String? {
        var buffer = bytes
        guard let dimensions = buffer.readInteger(as: Int32.self), (0...6).contains(dimensions),
            let flags = buffer.readInteger(as: Int32.self), flags == 0 || flags == 1,
            let elementType = buffer.readInteger(as: UInt32.self)
        else { return nil }
        if dimensions == 0 { return buffer.readableBytes == 0 ? "{}" : nil }
        var sizes: [Int] = []
        var lowerBounds: [Int] = []
        var total = 1
        for _ in 0..<dimensions {
            guard let size = buffer.readInteger(as: Int32.self), size >= 0,
                let lower = buffer.readInteger(as: Int32.self)
            else { return nil }
            sizes.append(Int(size))
            lowerBounds.append(Int(lower))
            total = total.multipliedReportingOverflow(by: Int(size)).partialValue
            guard total <= buffer.readableBytes / 4 + 1 else { return nil }
        }
        var elements: [String] = []
        elements.reserveCapacity(total)
        for _ in 0..<total {
            guard let length = buffer.readInteger(as: Int32.self) else { return nil }
            if length == -1 {
                elements.append("NULL")
                continue
            }
            guard length >= 0, let slice = buffer.readSlice(length: Int(length)),
                let text = PostgresTextForm.elementText(
                    of: slice, type: elementType, context: context)
            else { return nil }
            elements.append(quoted(text))
        }
        guard buffer.readableBytes == 0 else { return nil }
        var prefix = ""
        if lowerBounds.contains(where: { $0 != 1 }) {
            prefix =
                zip(lowerBounds, sizes).map { "[\($0):\($0 + $1 - 1)]" }.joined() + "="
        }
        var position = 0
        return prefix + nested(elements, sizes: sizes[...], position: &position)
    }

    /// `{…}` of one dimension, recursing into the inner ones.
    private static func nested(_ elements: [String], sizes: ArraySlice<Int>, position: inout Int)
        -> String
    {
        guard let size = sizes.first else {
            defer { position += 1 }
            return position < elements.count ? elements[position] : ""
        }
        var parts: [String] = []
        parts.reserveCapacity(size)
        for _ in 0..<size {
            parts.append(nested(elements, sizes: sizes.dropFirst(), position: &position))
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// An element as `array_out` writes it: in double quotes (with `"` and `\` escaped) when
    /// it is empty, `NULL` in any case, or holds a brace, comma, quote, backslash or space.
    static func quoted(_ text: String) -> String {
        let needsQuotes =
            text.isEmpty || text.lowercased() == "null"
            || text.unicodeScalars.contains {
                "{},\"\\ \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0)
            }
        guard needsQuotes else { return text }
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}
