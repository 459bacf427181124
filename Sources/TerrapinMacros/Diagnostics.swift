import SwiftDiagnostics

/// A problem the Terrapin macros report. Every message says what is wrong and what to do.
enum TerrapinDiagnostic: DiagnosticMessage {
    /// `@Model` on something other than a struct.
    case modelNotOnStruct(kind: String)
    /// `@Model` on a generic struct, whose static stored properties Swift does not allow.
    case modelOnGenericStruct(name: String)
    /// No `id` field and no `@PrimaryKey`.
    case missingPrimaryKey(model: String)
    /// A second `@PrimaryKey` field.
    case multiplePrimaryKeys(model: String, first: String, second: String)
    /// The primary key is a `let`, but inserts assign it.
    case primaryKeyIsLet(field: String)
    /// `@PrimaryKey(autoIncrement: true)` on a type the database cannot count up.
    case autoIncrementNotInteger(field: String, type: String)
    /// A stored property without a type annotation.
    case missingTypeAnnotation(field: String)
    /// A `let` with an initial value, which a decoded row cannot overwrite.
    case letWithInitialValue(field: String)
    /// A binding such as `var (a, b): (Int, Int)`.
    case unsupportedPattern(pattern: String)
    /// A field of type `T!`.
    case implicitlyUnwrappedField(field: String, type: String)
    /// Field options on a declaration that declares several properties.
    case optionsOnMultipleBindings(attribute: String)
    /// A marker attribute somewhere other than a stored instance property.
    case markerMisplaced(attribute: String, reason: String)
    /// A marker attribute on a property of something that is not a `@Model` struct.
    case markerOutsideModel(attribute: String)
    /// An argument that must be a plain string literal.
    case expectedStringLiteral(argument: String)
    /// An argument that must be `true` or `false`.
    case expectedBooleanLiteral(argument: String)
    /// `maxLength:` that is not a positive integer literal.
    case invalidMaxLength(found: String)
    /// An empty column or table name.
    case emptyName(argument: String)
    /// Both `autoNow` and `autoNowAdd` on one field.
    case autoNowAndAutoNowAdd(field: String)
    /// `autoNow`/`autoNowAdd` on a field that is not a `Date`.
    case timestampNotDate(field: String, type: String)
    /// The same option set by two attributes of one field.
    case conflictingOption(field: String, option: String)
    /// `@ForeignKey` whose first argument is not `Model.self`.
    case expectedModelType(found: String)
    /// `ordering:` not written as an array literal of string literals.
    case expectedStringArray(argument: String)
    /// `uniqueTogether:` or `indexes:` not written as an array literal of such arrays.
    case expectedStringArrayArray(argument: String)
    /// A group of `uniqueTogether:` or `indexes:` without fields.
    case emptyFieldGroup(argument: String)
    /// An entry of `ordering:`, `uniqueTogether:` or `indexes:` that names no field.
    case unknownField(argument: String, name: String, known: [String])
    /// Two fields that map to the same column.
    case duplicateColumn(column: String, first: String, second: String)

    /// The text the compiler shows.
    var message: String {
        switch self {
        case .modelNotOnStruct(let kind):
            return "@Model applies to structs, not to \(kind) declarations: declare the model as "
                + "a struct"
        case .modelOnGenericStruct(let name):
            return "@Model does not support generic structs: '\(name)' needs static stored "
                + "properties, which Swift does not allow in generic types; remove the generic "
                + "parameters"
        case .missingPrimaryKey(let model):
            return "@Model '\(model)' needs a primary key: add `var id: Int?` or mark a field "
                + "with @PrimaryKey"
        case .multiplePrimaryKeys(let model, let first, let second):
            return "@Model '\(model)' has two primary keys, '\(first)' and '\(second)': keep "
                + "@PrimaryKey on one field only"
        case .primaryKeyIsLet(let field):
            return "primary key '\(field)' must be declared with 'var', because inserting a row "
                + "assigns it"
        case .autoIncrementNotInteger(let field, let type):
            return "primary key '\(field)' of type '\(type)' cannot auto-increment: only Int and "
                + "Int64 keys can; use `@PrimaryKey(autoIncrement: false)` for keys the "
                + "application assigns"
        case .missingTypeAnnotation(let field):
            return "field '\(field)' needs an explicit type annotation "
                + "(`\(field): <Type>`): @Model reads the column type from it"
        case .letWithInitialValue(let field):
            return "field '\(field)' is a 'let' with an initial value, so a row read from the "
                + "database could not set it: make it 'var', remove the initial value, or make "
                + "it 'static'"
        case .unsupportedPattern(let pattern):
            return "@Model cannot store '\(pattern)' as columns: declare each field as its own "
                + "property"
        case .implicitlyUnwrappedField(let field, let type):
            return "field '\(field)' has the implicitly unwrapped type '\(type)': write it as an "
                + "optional ('?') if the column can be NULL"
        case .optionsOnMultipleBindings(let attribute):
            return "@\(attribute) applies to one property: declare each property on its own line "
                + "to give it options"
        case .markerMisplaced(let attribute, let reason):
            return "@\(attribute) applies to stored instance properties of a @Model struct; "
                + reason
        case .markerOutsideModel(let attribute):
            return "@\(attribute) has no effect outside a @Model struct: add @Model to the "
                + "struct, or remove @\(attribute)"
        case .expectedStringLiteral(let argument):
            return "'\(argument):' must be a plain string literal such as \"name\" (no "
                + "interpolation, no raw string)"
        case .expectedBooleanLiteral(let argument):
            return "'\(argument):' must be the literal 'true' or 'false'"
        case .invalidMaxLength(let found):
            return "'maxLength:' must be a positive integer literal, not '\(found)'; remove it "
                + "for unlimited text"
        case .emptyName(let argument):
            return "'\(argument):' must not be empty: give a name, or remove the argument to use "
                + "the default"
        case .autoNowAndAutoNowAdd(let field):
            return "field '\(field)' cannot be both autoNow and autoNowAdd: use autoNowAdd for a "
                + "creation time, autoNow for a modification time"
        case .timestampNotDate(let field, let type):
            return "autoNow and autoNowAdd apply to Date fields, but '\(field)' is '\(type)': "
                + "change its type to Date or Date?, or remove the option"
        case .conflictingOption(let field, let option):
            return "field '\(field)' sets '\(option):' in two attributes: set it in one of them"
        case .expectedModelType(let found):
            return "@ForeignKey needs the referenced model as `Model.self` (for example "
                + "`@ForeignKey(Album.self)`), not '\(found)'"
        case .expectedStringArray(let argument):
            return "'\(argument):' must be an array literal of string literals, such as "
                + "[\"name\", \"-createdAt\"]"
        case .expectedStringArrayArray(let argument):
            return "'\(argument):' must be an array literal of arrays of field names, such as "
                + "[[\"albumId\", \"name\"]]"
        case .emptyFieldGroup(let argument):
            return "'\(argument):' has an empty group: list at least one field name in each "
                + "group, or remove the group"
        case .unknownField(let argument, let name, let known):
            return "'\(argument):' names '\(name)', which is not a field of this model; known "
                + "fields: \(known.joined(separator: ", "))"
        case .duplicateColumn(let column, let first, let second):
            return "fields '\(first)' and '\(second)' both map to column '\(column)': give one "
                + "of them another name with @Field(column:)"
        }
    }

    /// Every Terrapin diagnostic is an error: the generated code would be wrong otherwise.
    var severity: DiagnosticSeverity { .error }

    /// A stable identifier per kind of problem.
    var diagnosticID: MessageID {
        MessageID(domain: "TerrapinMacros", id: identifier)
    }

    private var identifier: String {
        switch self {
        case .modelNotOnStruct: return "modelNotOnStruct"
        case .modelOnGenericStruct: return "modelOnGenericStruct"
        case .missingPrimaryKey: return "missingPrimaryKey"
        case .multiplePrimaryKeys: return "multiplePrimaryKeys"
        case .primaryKeyIsLet: return "primaryKeyIsLet"
        case .autoIncrementNotInteger: return "autoIncrementNotInteger"
        case .missingTypeAnnotation: return "missingTypeAnnotation"
        case .letWithInitialValue: return "letWithInitialValue"
        case .unsupportedPattern: return "unsupportedPattern"
        case .implicitlyUnwrappedField: return "implicitlyUnwrappedField"
        case .optionsOnMultipleBindings: return "optionsOnMultipleBindings"
        case .markerMisplaced: return "markerMisplaced"
        case .markerOutsideModel: return "markerOutsideModel"
        case .expectedStringLiteral: return "expectedStringLiteral"
        case .expectedBooleanLiteral: return "expectedBooleanLiteral"
        case .invalidMaxLength: return "invalidMaxLength"
        case .emptyName: return "emptyName"
        case .autoNowAndAutoNowAdd: return "autoNowAndAutoNowAdd"
        case .timestampNotDate: return "timestampNotDate"
        case .conflictingOption: return "conflictingOption"
        case .expectedModelType: return "expectedModelType"
        case .expectedStringArray: return "expectedStringArray"
        case .expectedStringArrayArray: return "expectedStringArrayArray"
        case .emptyFieldGroup: return "emptyFieldGroup"
        case .unknownField: return "unknownField"
        case .duplicateColumn: return "duplicateColumn"
        }
    }
}

/// A fix-it the Terrapin macros offer.
struct TerrapinFixIt: FixItMessage {
    /// The text the editor shows for the fix-it.
    let message: String
    /// A stable identifier per kind of fix.
    let fixItID: MessageID

    /// A fix-it with a message and an identifier in the Terrapin domain.
    init(_ message: String, id: String) {
        self.message = message
        self.fixItID = MessageID(domain: "TerrapinMacros", id: id)
    }
}
