import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that provides Terrapin's macros.
@main
struct TerrapinMacrosPlugin: CompilerPlugin {
    let providingMacros: [Macro.Type] = []
}
