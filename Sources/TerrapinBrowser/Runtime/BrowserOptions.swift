import TerrapinCore

/// How the browser is started: what may be written, which models to list, where to begin.
///
/// ```swift
/// let options = BrowserOptions(isReadOnly: true, models: [Track.self], initialTable: "track")
/// ```
public struct BrowserOptions: Sendable {
    /// Whether every edit is refused with a message (`--read-only`).
    public var isReadOnly: Bool
    /// The registered models listed in the sidebar's MODELS section.
    public var models: [any Model.Type]
    /// A table to open directly, instead of starting in the sidebar.
    public var initialTable: String?
    /// Rows per page; `nil` fits the page to the screen.
    public var pageSize: Int?
    /// Whether to use ASCII borders and spinner frames instead of Unicode ones.
    public var usesASCII: Bool
    /// The database's tables and views when the caller has just introspected it (the
    /// `terrapin` command does, to check `--table`): the browser starts with them instead
    /// of introspecting again. `nil` (the default) introspects; `r` in the sidebar always does.
    public var tables: [TableDescription]?
    /// Whether the page on screen follows commits made elsewhere (`--no-live` turns it off;
    /// `L` toggles it while browsing).
    public var isLive: Bool
    /// How often live refresh polls the database while the browser is idle.
    public var liveInterval: Duration

    /// Creates options.
    ///
    /// - Parameters:
    ///   - isReadOnly: Refuse every edit with a message.
    ///   - models: Registered models for the MODELS section.
    ///   - initialTable: A table to open directly.
    ///   - pageSize: Rows per page; `nil` fits the screen.
    ///   - usesASCII: ASCII borders and spinner.
    ///   - tables: The tables and views, when already introspected.
    ///   - isLive: Follow commits made elsewhere.
    ///   - liveInterval: How often to poll for them while idle.
    public init(
        isReadOnly: Bool = false, models: [any Model.Type] = [], initialTable: String? = nil,
        pageSize: Int? = nil, usesASCII: Bool = false, tables: [TableDescription]? = nil,
        isLive: Bool = true, liveInterval: Duration = .milliseconds(250)
    ) {
        self.isReadOnly = isReadOnly
        self.models = models
        self.initialTable = initialTable
        self.pageSize = pageSize
        self.usesASCII = usesASCII
        self.tables = tables
        self.isLive = isLive
        self.liveInterval = liveInterval
    }
}
