import TerminalUI

/// One selectable line of the sidebar.
enum SidebarEntry: Sendable, Hashable {
    /// A registered model, by index into ``BrowserState/models``.
    case model(Int)
    /// A table or view, by name.
    case table(String)
}

/// The sidebar: its name filter and selection.
struct SidebarState: Sendable, Hashable {
    /// The name filter typed after `/`.
    var filter: String = ""
    /// The filter being edited, while `/` is active in the sidebar.
    var filterEditor: LineEditor?
    /// The selected entry, by index into the visible entries.
    var selection = 0
}
