// TEMPORARY STUB for branch `cli` only: stands in for the real TerrapinBrowser (branch
// `browser`) so the command line compiles before that branch lands. Delete this file when
// merging `browser`; it must never reach main.
import TerminalUI
import TerrapinCore

/// Stub of the browser's options.
public struct BrowserOptions: Sendable {
    /// Stub.
    public var isReadOnly: Bool
    /// Stub.
    public var models: [any Model.Type]
    /// Stub.
    public var initialTable: String?
    /// Stub.
    public var pageSize: Int?
    /// Stub.
    public var usesASCII: Bool

    /// Stub.
    public init(
        isReadOnly: Bool = false, models: [any Model.Type] = [], initialTable: String? = nil,
        pageSize: Int? = nil, usesASCII: Bool = false
    ) {
        self.isReadOnly = isReadOnly
        self.models = models
        self.initialTable = initialTable
        self.pageSize = pageSize
        self.usesASCII = usesASCII
    }
}

/// Stub of the browser's runtime: shows one line and quits on `q`.
@MainActor public final class BrowserRuntime {
    let database: any Database
    let backend: any TerminalBackend

    /// Stub.
    public init(database: any Database, options: BrowserOptions, backend: any TerminalBackend) {
        self.database = database
        self.backend = backend
    }

    /// Stub.
    public func run(events: AsyncStream<TerminalEvent>) async {
        draw()
        for await event in events {
            if case .key(let key) = event, key == .character("q") { return }
            draw()
        }
    }

    private func draw() {
        var buffer = ScreenBuffer(width: backend.size.width, height: backend.size.height)
        buffer.put("STUB BROWSER \(database.url) - press q", x: 0, y: 0)
        backend.draw(buffer)
        backend.flush()
    }
}
