import SwiftSyntax
import SwiftSyntaxMacros

/// `@Field(...)`: generates nothing. `@Model` reads its options; this macro checks them and
/// where the attribute is placed.
public struct FieldMacro: PeerMacro {
    /// Checks the attribute and returns no declarations.
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        checkMarker(.field, attribute: node, declaration: declaration, in: context)
        return []
    }
}

/// `@PrimaryKey(...)`: generates nothing. `@Model` reads its options; this macro checks them
/// and where the attribute is placed.
public struct PrimaryKeyMacro: PeerMacro {
    /// Checks the attribute and returns no declarations.
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        checkMarker(.primaryKey, attribute: node, declaration: declaration, in: context)
        return []
    }
}

/// `@ForeignKey(...)`: generates nothing. `@Model` reads its options; this macro checks them
/// and where the attribute is placed.
public struct ForeignKeyMacro: PeerMacro {
    /// Checks the attribute and returns no declarations.
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        checkMarker(.foreignKey, attribute: node, declaration: declaration, in: context)
        return []
    }
}

/// Reports what is wrong with a marker attribute: its arguments, its placement, and whether
/// the enclosing type is a `@Model` struct at all.
private func checkMarker(
    _ kind: MarkerKind, attribute: AttributeSyntax, declaration: some DeclSyntaxProtocol,
    in context: some MacroExpansionContext
) {
    var diagnostics = MarkerReading(
        kind: kind, attribute: attribute, declaration: declaration
    ).diagnostics
    if !diagnostics.hasErrors, let enclosing = context.lexicalContext.first,
        !isModelStruct(enclosing)
    {
        diagnostics.add(.markerOutsideModel(attribute: kind.rawValue), at: attribute)
    }
    diagnostics.emit(in: context)
}

/// Whether a lexical context is a struct carrying `@Model`.
private func isModelStruct(_ syntax: Syntax) -> Bool {
    guard let structDecl = syntax.as(StructDeclSyntax.self) else { return false }
    return structDecl.attributes.contains(attributeNamed: "Model")
}
