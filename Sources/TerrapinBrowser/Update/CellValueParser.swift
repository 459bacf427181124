import Foundation
import TerrapinCore

/// Turns typed text into the value to store, checking the column's type and, for a
/// registered model, the field's rules (maximum length, allowed values, required).
enum CellValueParser {
    /// The value for `text` typed into `column`.
    ///
    /// - Parameters:
    ///   - text: What was typed.
    ///   - isNull: Whether NULL was chosen (Ctrl-N).
    ///   - column: The column name.
    ///   - table: The table.
    ///   - model: The registered model of the table, if any.
    ///   - oldValue: The value before editing (guides columns without a declared type).
    /// - Returns: The value, or the reason it cannot be stored.
    static func value(
        from text: String, isNull: Bool, column: String, table: TableDescription,
        model: ModelSchema?, oldValue: SQLValue
    ) -> Result<SQLValue, FilterError> {
        let description = table.column(named: column)
        let field = model?.column(named: column)
        if isNull {
            let isNullable = field?.isNullable ?? description?.isNullable ?? false
            guard isNullable else {
                return .failure(FilterError(message: "\(column) cannot be NULL: give it a value."))
            }
            return .success(.null)
        }
        let type = field?.type ?? description?.logicalType ?? .integer
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value: SQLValue
        switch type {
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
            switch trimmed.lowercased() {
            case "1", "true", "yes", "y", "t": value = .integer(1)
            case "0", "false", "no", "n", "f": value = .integer(0)
            default:
                return .failure(
                    FilterError(message: "\(column) takes true or false; \"\(text)\" is neither."))
            }
        case .blob:
            if case .blob = oldValue {
                return .failure(
                    FilterError(message: "\(column) holds bytes, which cannot be typed here."))
            }
            // No declared type: keep numbers numbers, as SQLite would.
            if let number = Int64(trimmed) {
                value = .integer(number)
            } else if let number = Double(trimmed), trimmed.contains(".") {
                value = .real(number)
            } else {
                value = .text(text)
            }
        case .text, .timestamp, .uuid:
            value = .text(text)
        }
        if let field {
            if let maxLength = field.maxLength, case .text(let string) = value,
                string.count > maxLength
            {
                return .failure(
                    FilterError(
                        message: "\(model?.modelName ?? table.name).\(field.fieldName) takes at "
                            + "most \(maxLength) characters; this has \(string.count)."))
            }
            if let allowed = field.allowedValues, !allowed.contains(value) {
                let names = allowed.map(\.description).joined(separator: ", ")
                return .failure(
                    FilterError(
                        message: "\(model?.modelName ?? table.name).\(field.fieldName) must be "
                            + "one of: \(names)."))
            }
        }
        return .success(value)
    }
}
