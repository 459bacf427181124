import TerminalUI
import TerrapinCore

/// Shows where lookup text failed to parse: the text, and a caret under the position,
/// measured in terminal cells so it lines up under CJK and emoji too.
///
/// ```
///   name__icontains=
///                   ^ expected a value after '='
/// ```
enum FilterErrorPointer {
    /// The two lines (each ending in a newline) pointing at the error.
    static func lines(for error: LookupSyntaxError) -> String {
        let shown = DisplayWidth.visible(error.input)
        let prefix = shown.prefix(max(0, min(error.position, shown.count)))
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        return "  \(shown)\n  \(indent)^ expected \(error.expected)\n"
    }
}
