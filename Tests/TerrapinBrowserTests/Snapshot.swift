import Foundation
import TerminalUI
import Testing

@testable import TerrapinBrowser

/// Compares a rendered screen with `__Snapshots__/<name>.txt`; with
/// `TERRAPIN_RECORD_SNAPSHOTS=1` (or when the file is missing) records it instead.
func assertSnapshot(
    of state: BrowserState, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    var buffer = ScreenBuffer(size: state.size)
    render(state, into: &buffer)
    let text =
        buffer.textSnapshot() + "--- reverse video ---\n"
        + buffer.styleSnapshot { $0.attributes.contains(.reverse) ? "#" : " " }
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["TERRAPIN_RECORD_SNAPSHOTS"] == "1"
    if recording || !FileManager.default.fileExists(atPath: file.path) {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record(
                "Recorded a new snapshot \(name); check it and run again.",
                sourceLocation: sourceLocation)
        }
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
        text == expected, "Screen differs from snapshot \(name)", sourceLocation: sourceLocation)
}
