import SwiftDiagnostics
import SwiftSyntax

/// What one marker attribute says about the property it is attached to, and what is wrong
/// with it.
///
/// The marker macros emit the diagnostics; `@Model` uses the options and only checks whether
/// there were errors, so each problem is reported once.
struct MarkerReading {
    /// The options of `@Field`, when the attribute is one.
    var field: FieldOptions?
    /// The options of `@PrimaryKey`, when the attribute is one.
    var primaryKey: PrimaryKeyOptions?
    /// The options of `@ForeignKey`, when the attribute is one.
    var foreignKey: ForeignKeyOptions?
    /// The problems found.
    var diagnostics = DiagnosticList()

    /// Reads a marker attribute and checks that it fits the declaration it is attached to.
    init(kind: MarkerKind, attribute: AttributeSyntax, declaration: some DeclSyntaxProtocol) {
        switch kind {
        case .field:
            field = FieldOptions(attribute: attribute, diagnostics: &diagnostics)
        case .primaryKey:
            primaryKey = PrimaryKeyOptions(attribute: attribute, diagnostics: &diagnostics)
        case .foreignKey:
            foreignKey = ForeignKeyOptions(attribute: attribute, diagnostics: &diagnostics)
        }
        guard let variable = declaration.as(VariableDeclSyntax.self) else {
            diagnostics.add(
                .markerMisplaced(
                    attribute: kind.rawValue,
                    reason: "remove it from this declaration, which is not a property"),
                at: attribute)
            return
        }
        guard checkPlacement(kind: kind, attribute: attribute, variable: variable) else {
            return
        }
        let type = variable.bindings.first?.typeAnnotation?.type
        if let field {
            checkTimestamps(field, attribute: attribute, variable: variable, type: type)
        }
        if let primaryKey {
            checkPrimaryKey(primaryKey, variable: variable, type: type)
        }
    }

    /// Checks that the attribute is on one stored instance property; `false` when not.
    private mutating func checkPlacement(
        kind: MarkerKind, attribute: AttributeSyntax, variable: VariableDeclSyntax
    ) -> Bool {
        let name = variable.firstName
        let marker = "@\(kind.rawValue)"
        let reason: String?
        if variable.isTypeProperty {
            reason = "'\(name)' is static: remove \(marker), or make it an instance property"
        } else if variable.isLazy {
            reason = "'\(name)' is lazy: remove \(marker), or remove 'lazy'"
        } else if variable.isComputed {
            reason = "'\(name)' is computed: remove \(marker), or store the value"
        } else {
            reason = nil
        }
        if let reason {
            diagnostics.add(
                .markerMisplaced(attribute: kind.rawValue, reason: reason), at: attribute)
            return false
        }
        if variable.bindings.count > 1 {
            diagnostics.add(.optionsOnMultipleBindings(attribute: kind.rawValue), at: attribute)
            return false
        }
        return true
    }

    private mutating func checkTimestamps(
        _ field: FieldOptions, attribute: AttributeSyntax, variable: VariableDeclSyntax,
        type: TypeSyntax?
    ) {
        let name = variable.firstName
        if field.isAutoNow && field.isAutoNowAdd {
            diagnostics.add(.autoNowAndAutoNowAdd(field: name), at: attribute)
        } else if field.isAutoNow || field.isAutoNowAdd, let type, !type.isDate {
            diagnostics.add(
                .timestampNotDate(field: name, type: type.trimmedDescription), at: attribute)
        }
    }

    private mutating func checkPrimaryKey(
        _ primaryKey: PrimaryKeyOptions, variable: VariableDeclSyntax, type: TypeSyntax?
    ) {
        let name = variable.firstName
        if variable.isLet {
            diagnostics.add(
                .primaryKeyIsLet(field: name), at: variable.bindingSpecifier,
                fixIts: [FixIt.replaceLetWithVar(variable.bindingSpecifier)])
        }
        guard let type, let argument = primaryKey.autoIncrementArgument,
            primaryKey.autoIncrement == true, !type.isAutoIncrementable
        else { return }
        diagnostics.add(
            .autoIncrementNotInteger(field: name, type: type.trimmedDescription), at: argument,
            fixIts: [
                FixIt(
                    message: TerrapinFixIt("use 'autoIncrement: false'", id: "autoIncrementFalse"),
                    changes: [
                        .replace(
                            oldNode: Syntax(argument),
                            newNode: Syntax(
                                BooleanLiteralExprSyntax(literal: .keyword(.false))
                                    .with(\.leadingTrivia, argument.leadingTrivia)
                                    .with(\.trailingTrivia, argument.trailingTrivia)))
                    ])
            ])
    }
}

extension FixIt {
    /// Replaces `let` by `var`.
    static func replaceLetWithVar(_ specifier: TokenSyntax) -> FixIt {
        FixIt(
            message: TerrapinFixIt("replace 'let' with 'var'", id: "letToVar"),
            changes: [
                .replace(
                    oldNode: Syntax(specifier),
                    newNode: Syntax(specifier.with(\.tokenKind, .keyword(.var))))
            ])
    }
}
