import SwiftSyntax

/// Everything `@Model` has decided about a struct, and the source text of the members it
/// generates.
struct ModelPlan {
    /// The struct's name, used in schemas and error messages.
    var modelName: String
    /// The table name.
    var tableName: String
    /// The access modifier of the generated members, with a trailing space, or nothing.
    var access: String
    /// The fields, in declaration (and column) order.
    var fields: [ModelField]
    /// The index of the primary-key field.
    var primaryKeyIndex: Int
    /// Whether the database assigns the key.
    var isAutoIncrement: Bool
    /// The checked `@Model` arguments.
    var options: ModelOptions
    /// The spellings by which a `@ForeignKey` refers to the model itself.
    var selfNames: Set<String>

    /// The primary-key field.
    var primaryKey: ModelField { fields[primaryKeyIndex] }

    /// The members of the generated extension.
    var members: String {
        var parts = [schema, rowDecoder, encoder, primaryKeyAccessors]
        if let timestamps {
            parts.append(timestamps)
        }
        parts.append(columns)
        return parts.joined(separator: "\n\n")
    }

    private var schema: String {
        var arguments = [
            "modelName: \(quoted(modelName))",
            "tableName: \(quoted(tableName))",
            "columns: [\n" + fields.indices.map(columnSchema).joined(separator: ",\n") + "\n]",
        ]
        if !options.ordering.isEmpty {
            arguments.append("ordering: \(literal(options.ordering))")
        }
        if !options.uniqueTogether.isEmpty {
            arguments.append("uniqueTogether: \(literal(options.uniqueTogether))")
        }
        if !options.indexes.isEmpty {
            arguments.append("indexes: \(literal(options.indexes))")
        }
        return "\(access)static let schema = TerrapinCore.ModelSchema(\n"
            + arguments.joined(separator: ",\n") + "\n)"
    }

    private func columnSchema(at index: Int) -> String {
        let field = fields[index]
        var arguments = ["fieldName: \(quoted(field.name))"]
        if field.column != field.name {
            arguments.append("column: \(quoted(field.column))")
        }
        arguments.append("valueType: \(field.typeText).self")
        arguments.append("swiftTypeName: \(quoted(field.typeText))")
        if index == primaryKeyIndex {
            arguments.append("primaryKey: \(isAutoIncrement ? ".autoIncrement" : ".assigned")")
        }
        if let maxLength = field.options.maxLength {
            arguments.append("maxLength: \(maxLength)")
        }
        if field.options.isUnique {
            arguments.append("isUnique: true")
        }
        if field.isIndexed {
            arguments.append("isIndexed: true")
        }
        if let defaultValue = field.options.defaultValue {
            arguments.append("defaultValue: \(defaultValue.trimmedDescription)")
        }
        if field.options.isAutoNow {
            arguments.append("isAutoNow: true")
        }
        if field.options.isAutoNowAdd {
            arguments.append("isAutoNowAdd: true")
        }
        if let foreignKey = field.foreignKey, let reference = foreignKeyReference(foreignKey) {
            arguments.append("foreignKey: \(reference)")
        }
        return "TerrapinCore.ColumnSchema(" + arguments.joined(separator: ", ") + ")"
    }

    /// The referenced table and key: read from the other model's schema, or written out for
    /// a reference to this model, whose schema is still being initialised.
    private func foreignKeyReference(_ foreignKey: ForeignKeyOptions) -> String? {
        guard let model = foreignKey.modelType else { return nil }
        var arguments: [String]
        if selfNames.contains(model) {
            arguments = ["table: \(quoted(tableName))", "column: \(quoted(primaryKey.column))"]
        } else {
            arguments = [
                "table: \(model).schema.tableName", "column: \(model).schema.primaryKey.name",
            ]
        }
        if let onDelete = foreignKey.onDelete {
            arguments.append("onDelete: \(onDelete.trimmedDescription)")
        }
        return "TerrapinCore.ForeignKeyReference(" + arguments.joined(separator: ", ") + ")"
    }

    private var rowDecoder: String {
        let assignments = fields.enumerated().map { index, field in
            "self.\(field.identifier) = try row.decode(\(field.typeText).self, at: \(index), "
                + "model: \(quoted(modelName)), field: \(quoted(field.name)))"
        }
        return "\(access)init(row: any TerrapinCore.SQLRowReader) throws {\n"
            + assignments.joined(separator: "\n") + "\n}"
    }

    private var encoder: String {
        let values = fields.map { "self.\($0.identifier).sqlValue" }
        return "\(access)func encodedValues() -> [TerrapinCore.SQLValue] {\n[\n"
            + values.joined(separator: ",\n") + "\n]\n}"
    }

    private var primaryKeyAccessors: String {
        let key = primaryKey
        return """
            \(access)var primaryKeyValue: TerrapinCore.SQLValue {
            self.\(key.identifier).sqlValue
            }

            \(access)mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
            guard let key = \(key.typeText).fromSQLValue(value) else {
            throw TerrapinCore.TerrapinError.decodingFailed(
            model: \(quoted(modelName)), field: \(quoted(key.name)), column: \(quoted(key.column)),
            expected: Swift.String(describing: \(key.typeText).self), found: value)
            }
            self.\(key.identifier) = key
            }
            """
    }

    /// `applyTimestamps(now:isInsert:)`, when a field is `autoNow` or `autoNowAdd`; the
    /// protocol's default does nothing otherwise.
    private var timestamps: String? {
        let added = fields.filter(\.options.isAutoNowAdd)
        let updated = fields.filter(\.options.isAutoNow)
        guard !added.isEmpty || !updated.isEmpty else { return nil }
        var lines: [String] = []
        if !added.isEmpty {
            lines.append("if isInsert {")
            lines += added.map { "self.\($0.identifier) = now" }
            lines.append("}")
        }
        lines += updated.map { "self.\($0.identifier) = now" }
        return "\(access)mutating func applyTimestamps(now: Foundation.Date, isInsert: Swift.Bool) "
            + "{\n" + lines.joined(separator: "\n") + "\n}"
    }

    private var columns: String {
        let handles = fields.map { field in
            "\(access)let \(field.identifier) = TerrapinCore.Column<\(field.typeText)>"
                + "(\(quoted(field.name)))"
        }
        return "\(access)struct Columns: Swift.Sendable {\n" + handles.joined(separator: "\n")
            + "\n}\n\n\(access)static let columns = Columns()"
    }
}

/// A string literal of already-escaped text.
private func quoted(_ text: String) -> String {
    "\"\(text)\""
}

/// An array literal of string literals.
private func literal(_ strings: [String]) -> String {
    "[" + strings.map(quoted).joined(separator: ", ") + "]"
}

/// An array literal of arrays of string literals.
private func literal(_ groups: [[String]]) -> String {
    "[" + groups.map(literal).joined(separator: ", ") + "]"
}
