import SwiftSyntax

/// One stored property of a `@Model` struct, with everything its column needs.
struct ModelField {
    /// The property name without backticks: the field name in lookups and messages.
    var name: String
    /// The property name as written, for generated code (`` `default` ``).
    var identifier: String
    /// The declared type.
    var type: TypeSyntax
    /// Whether the property is a `let`.
    var isLet: Bool
    /// The declaration, for diagnostics.
    var declaration: VariableDeclSyntax
    /// The options of `@Field`, or the defaults.
    var options = FieldOptions.defaults
    /// The options of `@PrimaryKey`, when marked.
    var primaryKey: PrimaryKeyOptions?
    /// The options of `@ForeignKey`, when marked.
    var foreignKey: ForeignKeyOptions?
    /// The `@PrimaryKey` attribute, when marked.
    var primaryKeyAttribute: AttributeSyntax?

    /// The type as written, for display and for generated code.
    var typeText: String { type.trimmedDescription }

    /// The column name: the one given by any attribute, else the field name.
    var column: String {
        options.column ?? primaryKey?.column ?? foreignKey?.column ?? name
    }

    /// Whether the field is indexed, by `@Field(index:)` or by `@ForeignKey` (whose default
    /// is to index).
    var isIndexed: Bool {
        options.isIndexed || (foreignKey?.isIndexed ?? false)
    }
}

extension FieldOptions {
    /// A field without `@Field`.
    static var defaults: FieldOptions {
        var diagnostics = DiagnosticList()
        return FieldOptions(arguments: [], diagnostics: &diagnostics)
    }
}
