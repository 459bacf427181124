import SwiftDiagnostics
import SwiftSyntax

extension ModelMacro {
    /// Reads the fields of a struct: its stored instance properties, in declaration order.
    ///
    /// Computed, `static`/`class` and `lazy` properties are skipped. Problems with the
    /// properties themselves go to `diagnostics`; problems with marker attributes, which their
    /// own macros report, only set `hasMarkerErrors`.
    static func readFields(
        of structDecl: StructDeclSyntax, diagnostics: inout DiagnosticList,
        hasMarkerErrors: inout Bool
    ) -> [ModelField] {
        var fields: [ModelField] = []
        for member in structDecl.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                !variable.isTypeProperty, !variable.isLazy, !variable.isComputed
            else {
                if markersHaveErrors(on: member.decl) {
                    hasMarkerErrors = true
                }
                continue
            }
            var template = ModelField(
                name: "", identifier: "", type: TypeSyntax(MissingTypeSyntax()),
                isLet: variable.isLet, declaration: variable)
            applyMarkers(
                of: variable, to: &template, diagnostics: &diagnostics,
                hasMarkerErrors: &hasMarkerErrors)
            let bindings = Array(variable.bindings)
            for index in bindings.indices {
                if let field = readBinding(
                    at: index, of: bindings, template: template, diagnostics: &diagnostics)
                {
                    fields.append(field)
                }
            }
        }
        return fields
    }

    /// Whether a member that is not a field carries a marker attribute (which its macro
    /// reports as misplaced).
    private static func markersHaveErrors(on declaration: DeclSyntax) -> Bool {
        guard let attributes = declaration.asProtocol(WithAttributesSyntax.self)?.attributes
        else { return false }
        return attributes.markers.contains { kind, attribute in
            MarkerReading(kind: kind, attribute: attribute, declaration: declaration)
                .diagnostics.hasErrors
        }
    }

    /// Merges the options of every marker attribute on a property into the field.
    private static func applyMarkers(
        of variable: VariableDeclSyntax, to field: inout ModelField,
        diagnostics: inout DiagnosticList, hasMarkerErrors: inout Bool
    ) {
        var columnSources = 0
        for (kind, attribute) in variable.attributes.markers {
            let reading = MarkerReading(kind: kind, attribute: attribute, declaration: variable)
            if reading.diagnostics.hasErrors {
                hasMarkerErrors = true
            }
            if let options = reading.field {
                field.options = options
                columnSources += options.column == nil ? 0 : 1
            }
            if let options = reading.primaryKey {
                field.primaryKey = options
                field.primaryKeyAttribute = attribute
                columnSources += options.column == nil ? 0 : 1
            }
            if let options = reading.foreignKey {
                field.foreignKey = options
                columnSources += options.column == nil ? 0 : 1
            }
            if columnSources > 1 {
                diagnostics.add(
                    .conflictingOption(field: variable.firstName, option: "column"),
                    at: attribute)
                columnSources = 1
            }
        }
    }

    /// Reads one binding of a property declaration as a field, or reports why it cannot be.
    private static func readBinding(
        at index: Int, of bindings: [PatternBindingSyntax], template: ModelField,
        diagnostics: inout DiagnosticList
    ) -> ModelField? {
        let binding = bindings[index]
        guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
            diagnostics.add(
                .unsupportedPattern(pattern: binding.pattern.trimmedDescription),
                at: binding.pattern)
            return nil
        }
        let name = pattern.identifier.unescapedIdentifier
        guard let type = declaredType(at: index, of: bindings) else {
            diagnostics.add(
                .missingTypeAnnotation(field: name), at: pattern,
                fixIts: typeAnnotationFixIt(for: binding).map { [$0] } ?? [])
            return nil
        }
        if type.isImplicitlyUnwrappedOptional {
            diagnostics.add(
                .implicitlyUnwrappedField(field: name, type: type.trimmedDescription), at: type)
            return nil
        }
        if template.isLet, binding.initializer != nil {
            diagnostics.add(
                .letWithInitialValue(field: name), at: pattern,
                fixIts: [.replaceLetWithVar(template.declaration.bindingSpecifier)])
            return nil
        }
        var field = template
        field.name = name
        field.identifier = pattern.identifier.text
        field.type = type.trimmed
        return field
    }

    /// The type of a binding: its own annotation, or, in `var a, b: Int`, the annotation of
    /// the next binding that has one.
    private static func declaredType(
        at index: Int, of bindings: [PatternBindingSyntax]
    ) -> TypeSyntax? {
        for binding in bindings[index...] {
            if let type = binding.typeAnnotation?.type {
                return type
            }
            if binding.initializer != nil {
                return nil
            }
        }
        return nil
    }

    /// A fix-it adding the type of a literal initial value (`var count = 0` → `: Int`).
    private static func typeAnnotationFixIt(for binding: PatternBindingSyntax) -> FixIt? {
        guard let value = binding.initializer?.value else { return nil }
        let typeName: String
        if value.is(IntegerLiteralExprSyntax.self) {
            typeName = "Int"
        } else if value.is(FloatLiteralExprSyntax.self) {
            typeName = "Double"
        } else if value.is(StringLiteralExprSyntax.self) {
            typeName = "String"
        } else if value.is(BooleanLiteralExprSyntax.self) {
            typeName = "Bool"
        } else {
            return nil
        }
        let pattern = binding.pattern
        let annotated =
            binding
            .with(\.pattern, pattern.with(\.trailingTrivia, []))
            .with(
                \.typeAnnotation,
                TypeAnnotationSyntax(
                    colon: .colonToken(trailingTrivia: .space),
                    type: IdentifierTypeSyntax(
                        name: .identifier(typeName, trailingTrivia: pattern.trailingTrivia))))
        return FixIt(
            message: TerrapinFixIt("add ': \(typeName)'", id: "addTypeAnnotation"),
            changes: [.replace(oldNode: Syntax(binding), newNode: Syntax(annotated))])
    }
}
