import Foundation
import TerminalUI
import TerrapinCore

extension BrowserState {
    /// Said when the export prompt or its format question is closed with Esc.
    static let exportCancelledText = "Export cancelled; nothing was written."

    /// `x`: asks where to export the current view.
    mutating func startExport() {
        guard let view = table else { return }
        let name = view.description.name.replacingOccurrences(of: "/", with: "_")
        mode = .exportPrompt(LineEditor(text: "\(name).csv"))
    }

    /// Keys of the export prompt: Enter checks the path (the format comes from its
    /// extension, or is asked for), Esc cancels.
    mutating func handleExportKey(_ key: KeyEvent, editor: LineEditor) -> [BrowserEffect] {
        var editor = editor
        switch key {
        case .escape:
            mode = .browsing
            message = StatusMessage(text: Self.exportCancelledText, isError: false)
            return []
        case .enter:
            let path = editor.text.trimmingCharacters(in: .whitespaces)
            guard table != nil, !path.isEmpty else {
                mode = .browsing
                return []
            }
            guard let format = ExportFormat(extensionOf: path) else {
                mode = .exportFormatPrompt(path: path)
                return []
            }
            return inspectExportTarget(path: path, format: format)
        default:
            editor.handle(key)
        }
        mode = .exportPrompt(editor)
        return []
    }

    /// Keys of the format question: `c` CSV, `j` JSON, Esc cancels.
    mutating func handleExportFormatKey(_ key: KeyEvent, path: String) -> [BrowserEffect] {
        switch key {
        case .character("c"), .character("C"):
            return inspectExportTarget(path: path, format: .csv)
        case .character("j"), .character("J"):
            return inspectExportTarget(path: path, format: .json)
        case .escape, .character("q"):
            mode = .browsing
            message = StatusMessage(text: Self.exportCancelledText, isError: false)
        default:
            break
        }
        return []
    }

    /// Asks the runtime what is at `path` before writing anything there.
    private mutating func inspectExportTarget(path: String, format: ExportFormat)
        -> [BrowserEffect]
    {
        mode = .browsing
        guard let view = table else { return [] }
        let job = ExportJob(query: view.query, path: path, format: format)
        return startExportStep { .inspectExportTarget(generation: $0, job) }
    }

    /// Acts on what is at the export's path: writes a new file, asks before replacing an
    /// ordinary file, and refuses databases and folders.
    mutating func receiveExportTarget(_ target: ExportTarget, job: ExportJob, generation: Int)
        -> [BrowserEffect]
    {
        guard generation == inFlight.export else { return [] }
        inFlight.export = nil
        switch target {
        case .newFile:
            return startExport(job)
        case .existingFile(let bytes):
            mode = .confirming(Confirmation(action: .overwriteFile(job, existingBytes: bytes)))
        case .openDatabase:
            message = StatusMessage(
                text: "\(job.path) is the open database: export refused, nothing was written.",
                isError: true)
        case .sqliteDatabase:
            message = StatusMessage(
                text: "\(job.path) is a SQLite database: export refused, nothing was written. "
                    + "Choose another name.", isError: true)
        case .notAFile:
            message = StatusMessage(
                text: "\(job.path) is a folder or not an ordinary file: nothing was written.",
                isError: true)
        case .unwritableFolder(let reason):
            message = StatusMessage(
                text: "Cannot export to \(job.path): \(reason). Nothing was written.",
                isError: true)
        }
        return []
    }

    /// Starts writing an export whose target has been checked (and, for an existing file,
    /// confirmed).
    mutating func startExport(_ job: ExportJob) -> [BrowserEffect] {
        message = StatusMessage(text: "Exporting to \(job.path)…", isError: false)
        return startExportStep { .exportRows(generation: $0, job) }
    }

    /// Starts a step of an export (checking its target, writing it) with a new generation,
    /// cancelling the step of an earlier export still in flight.
    private mutating func startExportStep(_ effect: (Int) -> BrowserEffect) -> [BrowserEffect] {
        var effects: [BrowserEffect] = []
        if let old = inFlight.export { effects.append(.cancel(generation: old)) }
        let generation = nextGeneration()
        inFlight.export = generation
        effects.append(effect(generation))
        return effects
    }
}
