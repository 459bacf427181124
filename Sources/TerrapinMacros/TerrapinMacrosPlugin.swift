import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that provides `@Model`, `@Field`, `@PrimaryKey` and `@ForeignKey`.
@main
struct TerrapinMacrosPlugin: CompilerPlugin {
    /// The macros this plugin provides.
    let providingMacros: [any Macro.Type] = [
        ModelMacro.self,
        FieldMacro.self,
        PrimaryKeyMacro.self,
        ForeignKeyMacro.self,
    ]
}
