import SwiftSyntax

/// The options of `@Field`, read from its arguments.
struct FieldOptions {
    /// The column name, when it differs from the field name.
    var column: String?
    /// The maximum text length.
    var maxLength: Int?
    /// Whether values must be unique.
    var isUnique = false
    /// Whether the column gets an index.
    var isIndexed = false
    /// The database default, as the `SQLValue?` expression the user wrote.
    var defaultValue: ExprSyntax?
    /// Set on every save.
    var isAutoNow = false
    /// Set on insert.
    var isAutoNowAdd = false

    /// Reads the arguments of a `@Field` attribute, reporting those that cannot be used.
    init(attribute: AttributeSyntax, diagnostics: inout DiagnosticList) {
        self.init(arguments: attribute.labeledArguments, diagnostics: &diagnostics)
    }

    /// Reads `@Field` arguments, reporting those that cannot be used.
    init(arguments: [LabeledExprSyntax], diagnostics: inout DiagnosticList) {
        for argument in arguments {
            let expression = argument.expression
            switch argument.label?.text {
            case "column":
                column = readName(expression, argument: "column", diagnostics: &diagnostics)
            case "maxLength":
                maxLength = readMaxLength(expression, diagnostics: &diagnostics)
            case "unique":
                isUnique = readBoolean(expression, argument: "unique", diagnostics: &diagnostics)
            case "index":
                isIndexed = readBoolean(expression, argument: "index", diagnostics: &diagnostics)
            case "default":
                defaultValue = expression.isNilLiteral ? nil : expression.trimmed
            case "autoNow":
                isAutoNow = readBoolean(expression, argument: "autoNow", diagnostics: &diagnostics)
            case "autoNowAdd":
                isAutoNowAdd = readBoolean(
                    expression, argument: "autoNowAdd", diagnostics: &diagnostics)
            default:
                break
            }
        }
    }
}

/// The options of `@PrimaryKey`, read from its arguments.
struct PrimaryKeyOptions {
    /// The column name, when it differs from the field name.
    var column: String?
    /// Whether the database assigns the key; `nil` when not written, in which case integer
    /// keys auto-increment and other keys are assigned by the application.
    var autoIncrement: Bool?
    /// The `autoIncrement:` argument, when written.
    var autoIncrementArgument: ExprSyntax?

    /// Reads the arguments of a `@PrimaryKey` attribute, reporting those that cannot be used.
    init(attribute: AttributeSyntax, diagnostics: inout DiagnosticList) {
        for argument in attribute.labeledArguments {
            let expression = argument.expression
            switch argument.label?.text {
            case "column":
                column = readName(expression, argument: "column", diagnostics: &diagnostics)
            case "autoIncrement":
                if expression.isNilLiteral { continue }
                autoIncrementArgument = expression
                autoIncrement = readBoolean(
                    expression, argument: "autoIncrement", default: true,
                    diagnostics: &diagnostics)
            default:
                break
            }
        }
    }
}

/// The options of `@ForeignKey`, read from its arguments.
struct ForeignKeyOptions {
    /// The referenced model's type as written (`Album`, `Self`), or `nil` when unreadable.
    var modelType: String?
    /// The column name, when it differs from the field name.
    var column: String?
    /// The delete action expression as written (`.cascade`).
    var onDelete: ExprSyntax?
    /// Whether the column gets an index.
    var isIndexed = true

    /// Reads the arguments of a `@ForeignKey` attribute, reporting those that cannot be used.
    init(attribute: AttributeSyntax, diagnostics: inout DiagnosticList) {
        for argument in attribute.labeledArguments {
            let expression = argument.expression
            switch argument.label?.text {
            case nil:
                modelType = readModelType(expression, diagnostics: &diagnostics)
            case "column":
                column = readName(expression, argument: "column", diagnostics: &diagnostics)
            case "onDelete":
                onDelete = expression.trimmed
            case "index":
                isIndexed = readBoolean(
                    expression, argument: "index", default: true, diagnostics: &diagnostics)
            default:
                break
            }
        }
    }
}

/// Reads a column or table name: a non-empty plain string literal, or `nil`.
func readName(
    _ expression: ExprSyntax, argument: String, diagnostics: inout DiagnosticList
) -> String? {
    if expression.isNilLiteral { return nil }
    guard let name = expression.plainStringLiteral else {
        diagnostics.add(.expectedStringLiteral(argument: argument), at: expression)
        return nil
    }
    if name.isEmpty {
        diagnostics.add(.emptyName(argument: argument), at: expression)
        return nil
    }
    return name
}

/// Reads a `true` or `false` literal.
func readBoolean(
    _ expression: ExprSyntax, argument: String, default defaultValue: Bool = false,
    diagnostics: inout DiagnosticList
) -> Bool {
    guard let value = expression.booleanLiteral else {
        diagnostics.add(.expectedBooleanLiteral(argument: argument), at: expression)
        return defaultValue
    }
    return value
}

/// Reads `maxLength:`: a positive integer literal, or `nil`.
private func readMaxLength(_ expression: ExprSyntax, diagnostics: inout DiagnosticList) -> Int? {
    if expression.isNilLiteral { return nil }
    guard let literal = expression.as(IntegerLiteralExprSyntax.self),
        let value = literal.representedLiteralValue, value > 0
    else {
        diagnostics.add(.invalidMaxLength(found: expression.trimmedDescription), at: expression)
        return nil
    }
    return value
}

/// Reads the referenced model of `@ForeignKey(Album.self)` as the type text `Album`.
private func readModelType(
    _ expression: ExprSyntax, diagnostics: inout DiagnosticList
) -> String? {
    guard let access = expression.as(MemberAccessExprSyntax.self),
        access.declName.baseName.tokenKind == .keyword(.self),
        let base = access.base
    else {
        diagnostics.add(.expectedModelType(found: expression.trimmedDescription), at: expression)
        return nil
    }
    return base.trimmedDescription
}
