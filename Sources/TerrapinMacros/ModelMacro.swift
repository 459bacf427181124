import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@Model`: makes a struct a `Model` by generating, in one extension, its schema, row
/// decoder, encoder, primary-key accessors, timestamp setter and typed column handles.
///
/// The members go in an extension so that the struct keeps its memberwise initializer.
public struct ModelMacro: ExtensionMacro {
    /// Generates `extension T: Model { … }`, or reports why it cannot.
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        var diagnostics = DiagnosticList()
        defer { diagnostics.emit(in: context) }
        guard let structDecl = declaration.as(StructDeclSyntax.self) else {
            diagnostics.add(.modelNotOnStruct(kind: kindName(of: declaration)), at: node)
            return []
        }
        let modelName = structDecl.name.unescapedIdentifier
        if let generics = structDecl.genericParameterClause {
            diagnostics.add(.modelOnGenericStruct(name: modelName), at: generics)
            return []
        }
        var hasMarkerErrors = false
        let fields = readFields(
            of: structDecl, diagnostics: &diagnostics, hasMarkerErrors: &hasMarkerErrors)
        let key = choosePrimaryKey(
            in: fields, model: structDecl, attribute: node, diagnostics: &diagnostics)
        checkColumnsAreDistinct(fields, diagnostics: &diagnostics)
        let options = ModelOptions(attribute: node, fields: fields, diagnostics: &diagnostics)
        guard let key, !diagnostics.hasErrors, !hasMarkerErrors else { return [] }

        let plan = ModelPlan(
            modelName: modelName,
            tableName: options.table ?? snakeCased(modelName),
            access: accessModifier(of: structDecl),
            fields: fields,
            primaryKeyIndex: key.index,
            isAutoIncrement: key.isAutoIncrement,
            options: options,
            selfNames: [modelName, "Self", type.trimmedDescription])
        let conformance = protocols.isEmpty ? "" : ": TerrapinCore.Model"
        let source: DeclSyntax = """
            extension \(type.trimmed)\(raw: conformance) {
            \(raw: plan.members)
            }
            """
        guard let extensionDecl = source.as(ExtensionDeclSyntax.self) else { return [] }
        return [extensionDecl]
    }

    /// Picks the field marked `@PrimaryKey`, else the field named `id`; reports none, two,
    /// or an `id` that is a `let`.
    private static func choosePrimaryKey(
        in fields: [ModelField], model: StructDeclSyntax, attribute: AttributeSyntax,
        diagnostics: inout DiagnosticList
    ) -> (index: Int, isAutoIncrement: Bool)? {
        let marked = fields.indices.filter { fields[$0].primaryKey != nil }
        if let first = marked.first {
            for extra in marked.dropFirst() {
                let node =
                    fields[extra].primaryKeyAttribute.map(Syntax.init)
                    ?? Syntax(fields[extra].declaration)
                diagnostics.add(
                    .multiplePrimaryKeys(
                        model: model.name.text, first: fields[first].name,
                        second: fields[extra].name),
                    at: node)
            }
            let field = fields[first]
            let isAutoIncrement = field.primaryKey?.autoIncrement ?? field.type.isAutoIncrementable
            return (first, isAutoIncrement)
        }
        guard let index = fields.firstIndex(where: { $0.name == "id" }) else {
            diagnostics.add(.missingPrimaryKey(model: model.name.text), at: attribute)
            return nil
        }
        let field = fields[index]
        if field.isLet {
            let specifier = field.declaration.bindingSpecifier
            diagnostics.add(
                .primaryKeyIsLet(field: field.name), at: specifier,
                fixIts: [.replaceLetWithVar(specifier)])
        }
        return (index, field.type.isAutoIncrementable)
    }

    /// Reports two fields that map to one column.
    private static func checkColumnsAreDistinct(
        _ fields: [ModelField], diagnostics: inout DiagnosticList
    ) {
        var owners: [String: String] = [:]
        for field in fields {
            if let owner = owners[field.column] {
                diagnostics.add(
                    .duplicateColumn(column: field.column, first: owner, second: field.name),
                    at: field.declaration)
            } else {
                owners[field.column] = field.name
            }
        }
    }

    /// The access modifier the generated members need to satisfy the protocol from the
    /// struct's own access level, with a trailing space, or nothing.
    private static func accessModifier(of structDecl: StructDeclSyntax) -> String {
        for modifier in structDecl.modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public), .keyword(.open): return "public "
            case .keyword(.package): return "package "
            default: continue
            }
        }
        return ""
    }

    /// The keyword of a declaration group, for messages.
    private static func kindName(of declaration: some DeclGroupSyntax) -> String {
        if declaration.is(ClassDeclSyntax.self) { return "class" }
        if declaration.is(EnumDeclSyntax.self) { return "enum" }
        if declaration.is(ActorDeclSyntax.self) { return "actor" }
        if declaration.is(ProtocolDeclSyntax.self) { return "protocol" }
        if declaration.is(ExtensionDeclSyntax.self) { return "extension" }
        return "this kind of"
    }
}
