import Foundation
import TerrapinCore

/// A typed value ready to store, with a note when it does not match the declared type.
struct ParsedCell: Sendable, Hashable {
    /// The value to store.
    var value: SQLValue
    /// Said after saving when the value does not fit the declared type (which a non-STRICT
    /// SQLite table allows): what was stored instead.
    var warning: String?
}

/// Turns typed text into the value to store.
///
/// The checks follow what the database itself enforces, plus what is meaningful:
/// - a registered model's fields are checked strictly (type, maximum length, allowed values,
///   required), since the model must be able to read the row back;
/// - a table whose database checks types (a STRICT SQLite table) takes only what each
///   column's logical type says, from the driver (`ANY` columns take anything);
/// - other columns of SQLite, which stores any value in any column, take any text: numbers
///   are stored as numbers where the declared type asks for them, text that is not a number
///   is stored as text with a warning, a `JSON` column must get valid JSON, and a `BOOLEAN`
///   column true/false/1/0.
enum CellValueParser {
    /// The value for `text` typed into `column`, without the warning.
    static func value(
        from text: String, isNull: Bool, column: String, table: TableDescription,
        model: ModelSchema?, oldValue: SQLValue
    ) -> Result<SQLValue, FilterError> {
        parse(
            text, isNull: isNull, column: column, table: table, model: model, oldValue: oldValue
        ).map(\.value)
    }

    /// The value for `text` typed into `column`.
    ///
    /// - Parameters:
    ///   - text: What was typed.
    ///   - isNull: Whether NULL was chosen (Ctrl-N).
    ///   - column: The column name.
    ///   - table: The table.
    ///   - model: The registered model of the table, if any.
    ///   - oldValue: The value before editing (guides columns without a declared type).
    /// - Returns: The value (with a warning when it does not fit the declared type), or the
    ///   reason it cannot be stored.
    static func parse(
        _ text: String, isNull: Bool, column: String, table: TableDescription,
        model: ModelSchema?, oldValue: SQLValue
    ) -> Result<ParsedCell, FilterError> {
        let description = table.column(named: column)
        let field = model?.column(named: column)
        if isNull {
            let isNullable = field?.isNullable ?? description?.isNullable ?? false
            guard isNullable else {
                return .failure(FilterError(message: "\(column) cannot be NULL: give it a value."))
            }
            return .success(ParsedCell(value: .null))
        }
        if let field {
            return parseField(text, field: field, model: model, table: table)
        }
        if case .blob = oldValue, description?.logicalType != .text {
            return .failure(
                FilterError(message: "\(column) holds bytes, which cannot be typed here."))
        }
        let declared = description?.declaredType ?? ""
        if table.isStrict, let description {
            return parseStrict(text, column: description)
        }
        return parseLoose(
            text, column: column, declared: declared,
            type: description?.logicalType ?? .blob, oldValue: oldValue)
    }

    // MARK: Registered models: the field's Swift type decides

    private static func parseField(
        _ text: String, field: ColumnSchema, model: ModelSchema?, table: TableDescription
    ) -> Result<ParsedCell, FilterError> {
        let column = field.name
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value: SQLValue
        switch field.type {
        case .integer:
            guard let number = Int64(trimmed) else {
                return .failure(
                    FilterError(message: "\(column) takes a whole number; \"\(text)\" is not one."))
            }
            value = .integer(number)
        case .real:
            guard let number = Double(trimmed) else {
                return .failure(
                    FilterError(message: "\(column) takes a number; \"\(text)\" is not one."))
            }
            value = .real(number)
        case .boolean:
            guard let flag = boolean(trimmed) else {
                return .failure(
                    FilterError(message: "\(column) takes true or false; \"\(text)\" is neither."))
            }
            value = .bool(flag)
        case .blob:
            return .failure(
                FilterError(message: "\(column) holds bytes, which cannot be typed here."))
        case .text, .timestamp, .uuid:
            value = .text(text)
        }
        let name = "\(model?.modelName ?? table.name).\(field.fieldName)"
        if let maxLength = field.maxLength, case .text(let string) = value, string.count > maxLength
        {
            return .failure(
                FilterError(
                    message: "\(name) takes at most \(maxLength) characters; this has "
                        + "\(string.count)."))
        }
        if let allowed = field.allowedValues, !allowed.contains(value) {
            let names = allowed.map(\.description).joined(separator: ", ")
            return .failure(FilterError(message: "\(name) must be one of: \(names)."))
        }
        return .success(ParsedCell(value: value))
    }

    // MARK: Tables that check types: the logical type decides

    /// A value for a column of a table whose database refuses values of another type (a
    /// STRICT SQLite table): what the column's logical type takes, or, for a column that
    /// takes anything (`ANY`), numbers as numbers and other text as text.
    private static func parseStrict(_ text: String, column: ColumnDescription)
        -> Result<ParsedCell, FilterError>
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let name = column.name
        if column.acceptsAnyValue {
            return .success(ParsedCell(value: number(trimmed) ?? .text(text)))
        }
        switch column.logicalType {
        case .integer:
            guard let number = Int64(trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(name) is INTEGER in a STRICT table: \"\(text)\" is not a "
                            + "whole number."))
            }
            return .success(ParsedCell(value: .integer(number)))
        case .real:
            guard let number = Double(trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(name) is REAL in a STRICT table: \"\(text)\" is not a "
                            + "number."))
            }
            return .success(ParsedCell(value: .real(number)))
        case .blob:
            return .failure(
                FilterError(message: "\(name) holds bytes, which cannot be typed here."))
        case .text:
            return .success(ParsedCell(value: .text(text)))
        case .boolean:
            guard let flag = boolean(trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(name) is \(column.declaredType): type true, false, 1 or 0."))
            }
            return .success(ParsedCell(value: .bool(flag)))
        case .timestamp:
            guard let date = SQLTimestamp.parse(trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(name) is \(column.declaredType): type a date and time such "
                            + "as 2024-05-01 12:30:00 (UTC unless a zone is given)."))
            }
            return .success(ParsedCell(value: .timestamp(date)))
        case .uuid:
            guard let uuid = UUID(uuidString: trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(name) is \(column.declaredType): \"\(text)\" is not a UUID "
                            + "(like 6ba7b810-9dad-11d1-80b4-00c04fd430c8)."))
            }
            return .success(ParsedCell(value: .uuid(uuid)))
        }
    }

    // MARK: Other SQLite tables: any value is stored

    private static func parseLoose(
        _ text: String, column: String, declared: String, type: SQLType, oldValue: SQLValue
    ) -> Result<ParsedCell, FilterError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let upper = declared.uppercased()
        if upper.contains("JSON") {
            guard isValidJSON(text) else {
                return .failure(
                    FilterError(
                        message: "\(column) is declared \(declared): \"\(text)\" is not valid "
                            + "JSON (quote text: \"like this\")."))
            }
            return .success(ParsedCell(value: .text(text)))
        }
        let mismatch = ParsedCell(
            value: .text(text),
            warning: "\(column) is declared \(declared) and now holds text (SQLite allows it)")
        switch type {
        case .boolean:
            guard let flag = boolean(trimmed) else {
                return .failure(
                    FilterError(
                        message: "\(column) is declared \(declared): type true, false, 1 or 0."))
            }
            return .success(ParsedCell(value: .integer(flag ? 1 : 0)))
        case .integer:
            // INTEGER affinity: whole numbers as integers, other numbers as reals.
            guard let value = number(trimmed) else { return .success(mismatch) }
            return .success(ParsedCell(value: value))
        case .real:
            let isFloating = ["REAL", "FLOA", "DOUB"].contains { upper.contains($0) }
            guard let value = number(trimmed) else { return .success(mismatch) }
            if isFloating, case .integer(let whole) = value {
                return .success(ParsedCell(value: .real(Double(whole))))
            }
            return .success(ParsedCell(value: value))
        case .timestamp:
            // Dates are text in SQLite; a number stays a number where one was stored.
            if oldValue.isNumeric, let value = number(trimmed) {
                return .success(ParsedCell(value: value))
            }
            return .success(ParsedCell(value: .text(text)))
        case .text, .uuid:
            return .success(ParsedCell(value: .text(text)))
        case .blob:
            // No declared type: keep numbers numbers, as SQLite would.
            return .success(ParsedCell(value: number(trimmed) ?? .text(text)))
        }
    }

    // MARK: Pieces

    /// `true`/`false`/`1`/`0` (and yes/no, t/f, y/n), any case.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "y", "t": true
        case "0", "false", "no", "n", "f": false
        default: nil
        }
    }

    /// A whole number as an integer, another number as a real, else `nil`.
    static func number(_ text: String) -> SQLValue? {
        if let whole = Int64(text) { return .integer(whole) }
        if let real = Double(text), real.isFinite, text.contains(where: { $0.isNumber }) {
            return .real(real)
        }
        return nil
    }

    /// Whether `text` is one JSON value (object, array, string, number, true, false, null),
    /// as SQLite's `json_valid` would say.
    static func isValidJSON(_ text: String) -> Bool {
        guard let data = text.data(using: .utf8), !text.isEmpty else { return false }
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
            != nil
    }
}
