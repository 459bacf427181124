import SwiftSyntax

/// The arguments of `@Model(table:ordering:uniqueTogether:indexes:)`, checked against the
/// model's fields.
struct ModelOptions {
    /// The table name, when given.
    var table: String?
    /// The default ordering: field names, descending ones with a leading `-`.
    var ordering: [String] = []
    /// Groups of field names whose combination must be unique.
    var uniqueTogether: [[String]] = []
    /// Extra indexes, as groups of field names.
    var indexes: [[String]] = []

    /// Reads the arguments, reporting those that are not literals or name no field.
    ///
    /// - Parameter fields: The model's fields; entries may name a field or its column.
    init(attribute: AttributeSyntax, fields: [ModelField], diagnostics: inout DiagnosticList) {
        let checker = FieldNameChecker(fields: fields)
        for argument in attribute.labeledArguments {
            let expression = argument.expression
            switch argument.label?.text {
            case "table":
                table = readName(expression, argument: "table", diagnostics: &diagnostics)
            case "ordering":
                ordering = readOrdering(expression, checker: checker, diagnostics: &diagnostics)
            case "uniqueTogether", "indexes":
                let name = argument.label?.text ?? ""
                let groups = readGroups(
                    expression, argument: name, checker: checker, diagnostics: &diagnostics)
                if name == "indexes" {
                    indexes = groups
                } else {
                    uniqueTogether = groups
                }
            default:
                break
            }
        }
    }

    private func readOrdering(
        _ expression: ExprSyntax, checker: FieldNameChecker, diagnostics: inout DiagnosticList
    ) -> [String] {
        guard let elements = expression.arrayLiteralElements else {
            diagnostics.add(.expectedStringArray(argument: "ordering"), at: expression)
            return []
        }
        var entries: [String] = []
        for element in elements {
            guard let entry = element.plainStringLiteral else {
                diagnostics.add(.expectedStringArray(argument: "ordering"), at: element)
                continue
            }
            let name = entry.hasPrefix("-") ? String(entry.dropFirst()) : entry
            if checker.check(name, argument: "ordering", at: element, diagnostics: &diagnostics) {
                entries.append(entry)
            }
        }
        return entries
    }

    private func readGroups(
        _ expression: ExprSyntax, argument: String, checker: FieldNameChecker,
        diagnostics: inout DiagnosticList
    ) -> [[String]] {
        guard let groups = expression.arrayLiteralElements else {
            diagnostics.add(.expectedStringArrayArray(argument: argument), at: expression)
            return []
        }
        var result: [[String]] = []
        for group in groups {
            guard let elements = group.arrayLiteralElements else {
                diagnostics.add(.expectedStringArrayArray(argument: argument), at: group)
                continue
            }
            if elements.isEmpty {
                diagnostics.add(.emptyFieldGroup(argument: argument), at: group)
                continue
            }
            var names: [String] = []
            for element in elements {
                guard let name = element.plainStringLiteral else {
                    diagnostics.add(.expectedStringArrayArray(argument: argument), at: element)
                    continue
                }
                if checker.check(name, argument: argument, at: element, diagnostics: &diagnostics) {
                    names.append(name)
                }
            }
            result.append(names)
        }
        return result
    }
}

/// Checks that names in model options refer to fields.
private struct FieldNameChecker {
    /// Field names in declaration order, for messages.
    let fieldNames: [String]
    /// Field and column names.
    let known: Set<String>

    init(fields: [ModelField]) {
        fieldNames = fields.map(\.name)
        known = Set(fields.map(\.name) + fields.map(\.column))
    }

    /// Whether the name is a field or column; reports it when not.
    func check(
        _ name: String, argument: String, at node: some SyntaxProtocol,
        diagnostics: inout DiagnosticList
    ) -> Bool {
        if known.contains(name) { return true }
        diagnostics.add(
            .unknownField(argument: argument, name: name, known: fieldNames), at: node)
        return false
    }
}
