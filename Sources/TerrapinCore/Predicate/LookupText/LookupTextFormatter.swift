import Foundation

/// Writes a predicate as canonical lookup text, which parses back to an equal predicate.
enum LookupTextFormatter {
    /// How tightly a piece of formatted text binds, to decide where parentheses go.
    private enum Binding {
        /// A condition, a negation or a parenthesised group: safe anywhere.
        case atom
        /// Conditions joined by juxtaposition (AND).
        case and
        /// Conditions joined by `|` (OR).
        case or
    }

    /// The canonical text of `predicate`.
    static func format(_ predicate: QueryPredicate) -> String {
        text(of: predicate).text
    }

    /// The text and binding of `predicate`.
    private static func text(of predicate: QueryPredicate) -> (text: String, binding: Binding) {
        switch predicate {
        case .condition(let field, let lookup, let operands):
            return (condition(field: field, lookup: lookup, operands: operands), .atom)
        case .not(let inner):
            let (text, binding) = text(of: inner)
            return ("!" + (binding == .atom ? text : "(" + text + ")"), .atom)
        case .and(let items):
            return join(items, separator: " ", binding: .and)
        case .or(let items):
            return join(items, separator: " | ", binding: .or)
        }
    }

    /// Items joined by `separator`, parenthesising the items that would otherwise regroup:
    /// an OR inside an AND, and a nested group of the same kind (kept nested on parsing).
    private static func join(_ items: [QueryPredicate], separator: String, binding: Binding)
        -> (text: String, binding: Binding)
    {
        if items.isEmpty { return ("()", .atom) }
        if items.count == 1 { return text(of: items[0]) }
        let parts = items.map { item -> String in
            let (text, itemBinding) = text(of: item)
            let needsParentheses = itemBinding == binding || itemBinding == .or
            return needsParentheses ? "(" + text + ")" : text
        }
        return (parts.joined(separator: separator), binding)
    }

    /// `field__lookup=value`, with `field=value` for `exact` and `field!=value` for `not`.
    static func condition(field: String, lookup: Lookup, operands: [SQLValue]) -> String {
        let key = fieldName(field)
        switch lookup {
        case .exact where operands.count == 1:
            return key + "=" + value(operands[0])
        case .not where operands.count == 1:
            return key + "!=" + value(operands[0])
        case .isnull where operands == [.integer(1)] || operands == [.integer(0)]:
            return key + "__isnull=" + (operands == [.integer(1)] ? "true" : "false")
        case _ where lookup.takesList || operands.count != 1:
            return key + "__" + lookup.rawValue + "=" + list(operands)
        default:
            return key + "__" + lookup.rawValue + "=" + value(operands[0])
        }
    }

    /// The field name, in backticks (doubling any backtick) unless it is a plain identifier
    /// that reads back as itself.
    static func fieldName(_ name: String) -> String {
        if LookupTextCharacters.isPlainFieldName(name) { return name }
        return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// `[v1, v2]`.
    static func list(_ values: [SQLValue]) -> String {
        "[" + values.map(value).joined(separator: ", ") + "]"
    }

    /// One value: text always double-quoted, reals with a `.` or an exponent, blobs as
    /// `x'..'`; infinities as `1e999`, and NaN as `null`, which is what SQLite stores for it.
    /// Booleans are `true`/`false` (parsed back as booleans); timestamps and UUIDs are quoted
    /// text (``SQLValue/typedText``), which parses back as text.
    static func value(_ value: SQLValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let integer): return String(integer)
        case .real(let real):
            if real.isNaN { return "null" }
            if real.isInfinite { return real < 0 ? "-1e999" : "1e999" }
            return String(real)
        case .text(let text): return quoted(text)
        case .blob(let data): return "x'" + data.hexString + "'"
        case .bool(let flag): return flag ? "true" : "false"
        case .timestamp, .uuid: return quoted(value.typedText ?? "")
        }
    }

    /// The text in double quotes, escaping `"`, `\`, newline, tab and carriage return.
    static func quoted(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": result.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": result.append(contentsOf: #"\t"#.unicodeScalars)
            case "\r": result.append(contentsOf: #"\r"#.unicodeScalars)
            default: result.append(scalar)
            }
        }
        result.append("\"")
        return String(result)
    }
}
