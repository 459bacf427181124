import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacrosGenericTestSupport
import TerrapinMacros
import Testing

/// The macros under test, with the conformance `@Model` adds (as the compiler passes it).
let terrapinMacros: [String: MacroSpec] = [
    "Model": MacroSpec(type: ModelMacro.self, conformances: ["Model"]),
    "Field": MacroSpec(type: FieldMacro.self),
    "PrimaryKey": MacroSpec(type: PrimaryKeyMacro.self),
    "ForeignKey": MacroSpec(type: ForeignKeyMacro.self),
]

/// Expands the Terrapin macros in `source` and records an issue when the expansion, the
/// diagnostics or the source after applying the fix-its differ from what is expected.
func assertExpansion(
    _ source: String,
    expandedSource: String,
    diagnostics: [DiagnosticSpec] = [],
    fixedSource: String? = nil,
    macros: [String: MacroSpec] = terrapinMacros,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    assertMacroExpansion(
        source,
        expandedSource: expandedSource,
        diagnostics: diagnostics,
        macroSpecs: macros,
        fixedSource: fixedSource,
        failureHandler: { failure in
            Issue.record(Comment(rawValue: failure.message), sourceLocation: sourceLocation)
        }
    )
}
