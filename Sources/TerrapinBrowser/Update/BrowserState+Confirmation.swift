import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Keys of a confirmation: `y` goes ahead — but only once the question has been drawn
    /// on screen — and any other key gives up.
    mutating func handleConfirmationKey(_ key: KeyEvent, confirmation: Confirmation)
        -> [BrowserEffect]
    {
        // A key typed before the question was on screen answers nothing: it is dropped and
        // the question stays.
        guard confirmation.hasBeenDrawn else { return [] }
        mode = .browsing
        let agreed = key == .character("y") || key == .character("Y")
        switch confirmation.action {
        case .deleteRow(let deletion):
            guard agreed else {
                message = StatusMessage(text: "Kept the row.", isError: false)
                return []
            }
            return startWrite(isUndo: false) {
                .deleteRow(
                    generation: $0, table: deletion.table, key: deletion.key,
                    expecting: deletion.expecting)
            }
        case .overwriteFile(var job, _):
            guard agreed else {
                message = StatusMessage(
                    text: "Kept \(job.path); nothing was exported.", isError: false)
                return []
            }
            job.replacesExistingFile = true
            return startExport(job)
        }
    }

    /// Records that a frame was drawn: a confirmation visible in it counts as seen.
    mutating func framePresented() {
        guard case .confirming(var confirmation) = mode, !confirmation.hasBeenDrawn,
            !layout.isTooSmall
        else { return }
        confirmation.hasBeenDrawn = true
        mode = .confirming(confirmation)
    }
}
