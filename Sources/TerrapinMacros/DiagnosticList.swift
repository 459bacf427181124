import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxMacros

/// Diagnostics gathered while reading declarations, emitted by the macro that owns them.
///
/// The marker macros and `@Model` read the same attributes; each marker macro emits what it
/// finds about its own attribute, while `@Model` only needs to know that something was wrong.
struct DiagnosticList {
    /// The diagnostics, in the order they were found.
    private(set) var items: [Diagnostic] = []

    /// Whether any diagnostic is an error.
    var hasErrors: Bool { items.contains { $0.diagMessage.severity == .error } }

    /// Adds a diagnostic anchored at `node`.
    mutating func add(
        _ message: TerrapinDiagnostic, at node: some SyntaxProtocol, fixIts: [FixIt] = []
    ) {
        items.append(Diagnostic(node: node, message: message, fixIts: fixIts))
    }

    /// Adds every diagnostic of another list.
    mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    /// Reports every diagnostic to the compiler.
    func emit(in context: some MacroExpansionContext) {
        for item in items {
            context.diagnose(item)
        }
    }
}
