import TerminalUI
import TerrapinCore

/// A place for the terminal's text cursor.
struct CursorPosition: Sendable, Hashable {
    /// The column.
    var x: Int
    /// The row.
    var y: Int
}

/// Draws the whole screen for `state`: a pure function of the state.
///
/// - Parameters:
///   - state: What to show.
///   - buffer: The frame to draw into, normally of the state's size.
/// - Returns: Where the text cursor goes, when an input field has the keyboard.
@discardableResult
func render(_ state: BrowserState, into buffer: inout ScreenBuffer) -> CursorPosition? {
    let cursor = drawScreen(state, into: &buffer)
    // In ASCII mode (`--ascii`, or a locale that is not UTF-8) nothing else may reach the
    // terminal: a symbol a view drew anyway becomes its one-cell ASCII stand-in.
    if state.usesASCII { buffer.replaceNonASCII() }
    return cursor
}

/// Draws every part of the screen for `state`; ``render(_:into:)`` without the ASCII guard.
private func drawScreen(_ state: BrowserState, into buffer: inout ScreenBuffer)
    -> CursorPosition?
{
    buffer.clear()
    let layout = state.layout
    if layout.isTooSmall {
        let text =
            "Terminal too small (\(state.size.width)x\(state.size.height)); "
            + "need \(BrowserLayout.minimumSize.width)x\(BrowserLayout.minimumSize.height)."
        let lines = TextWrap.lines(text, width: max(1, buffer.width))
        for (row, line) in lines.enumerated() { buffer.put(line, x: 0, y: row, style: Theme.error) }
        return nil
    }
    var cursor = SidebarView.draw(state, into: &buffer, in: layout.sidebar)
    GridView.draw(state, into: &buffer, in: layout.grid)
    StatusView.drawStatus(state, into: &buffer, row: layout.statusRow)
    if let inputCursor = StatusView.drawBottomLine(state, into: &buffer, row: layout.hintRow) {
        cursor = inputCursor
    }
    switch state.mode {
    case .help(let scroll):
        HelpView.draw(scroll: scroll, ascii: state.usesASCII, into: &buffer, in: layout.overlay)
    case .record(let record):
        RecordView.draw(state, record: record, into: &buffer, in: layout.grid)
    case .modelInfo(let index, let scroll):
        if state.models.indices.contains(index) {
            ModelInfoView.draw(
                state.models[index], scroll: scroll, ascii: state.usesASCII, into: &buffer,
                in: layout.overlay)
        }
    case .code(let code):
        CodeView.draw(code, ascii: state.usesASCII, into: &buffer, in: layout.overlay)
    case .confirming(let confirmation):
        DialogViews.drawConfirmation(
            confirmation, ascii: state.usesASCII, into: &buffer, in: layout.screen)
    case .addRow(let form):
        cursor = DialogViews.drawAddRow(
            state, form: form, into: &buffer, in: layout.screen)
    case .facet(let facet):
        FacetView.draw(state, facet: facet, into: &buffer, in: layout.grid)
    case .filterBuilder(let builder):
        cursor = FilterBuilderView.draw(state, builder: builder, into: &buffer, in: layout.screen)
    case .browsing, .filterBar, .editingCell, .exportPrompt, .exportFormatPrompt:
        break
    }
    return cursor
}
