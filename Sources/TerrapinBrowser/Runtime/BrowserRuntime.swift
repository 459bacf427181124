import TerminalUI
import TerrapinCore

/// Runs the browser: owns the state and the terminal, feeds keys, resizes, timer ticks and
/// query results to ``update(_:_:)``, carries out the effects as tasks, and redraws after
/// every message.
///
/// Only this class touches the backend, always on the main actor; queries run in detached
/// tasks that await the database (whose driver works on threads of its own) and report back
/// through an `AsyncStream`, so nothing ever blocks the main actor. Every query task is kept
/// by its generation number, so a superseded or Esc-cancelled one is cancelled (the driver
/// then interrupts the statement).
///
/// ```swift
/// let terminal = try CursesTerminal()
/// let runtime = BrowserRuntime(database: database, options: BrowserOptions(), backend: terminal)
/// await runtime.run(events: terminal.events())
/// terminal.stop()
/// ```
@MainActor
public final class BrowserRuntime {
    private let database: any Database
    private let backend: any TerminalBackend
    private var state: BrowserState
    private var tasks: [Int: Task<Void, Never>] = [:]
    private var countTasks: [String: Task<Void, Never>] = [:]
    /// The sidebar count started last: the next one waits for it, so background counts take
    /// one reader connection at a time and never hold every reader while a page waits.
    private var lastCountTask: Task<Void, Never>?
    /// The page load started last; sidebar counts started while it runs wait for it.
    private var pageTask: Task<Void, Never>?
    private var tablesTask: Task<Void, Never>?
    /// The spinner's timer, running while work is in flight.
    private let spinnerTimer: RepeatingTimer
    /// The live refresh timer. It only ticks: ``update(_:_:)`` decides on each tick whether
    /// a poll may start (one at a time, only while idle), so polls never pile up however
    /// slow the database is.
    private let liveTimer: RepeatingTimer
    private let messages: AsyncStream<BrowserMessage>
    private let continuation: AsyncStream<BrowserMessage>.Continuation
    /// Tables introspected by the caller, used instead of the first introspection.
    private var preloadedTables: [TableDescription]?

    /// Creates a runtime; nothing happens until ``run(events:)``.
    ///
    /// - Parameters:
    ///   - database: The database to browse.
    ///   - options: Read-only mode, registered models (when empty, the models registered for
    ///     `database` by `connect(_:models:)`), initial table, page size, ASCII.
    ///   - backend: The terminal to draw on (curses, or `TestBackend` in tests).
    public init(database: any Database, options: BrowserOptions, backend: any TerminalBackend) {
        self.database = database
        self.backend = backend
        let models = options.models.isEmpty ? ModelRegistry.models(for: database) : options.models
        self.state = BrowserState(
            size: backend.size, isReadOnly: options.isReadOnly || database.isReadOnly,
            usesASCII: options.usesASCII, pageSize: options.pageSize,
            models: models.map { $0.schema }, initialTable: options.initialTable)
        state.modelTypes = ModelTypes(models)
        preloadedTables = options.tables
        let (stream, continuation) = AsyncStream.makeStream(
            of: BrowserMessage.self, bufferingPolicy: .unbounded)
        self.messages = stream
        self.continuation = continuation
        self.spinnerTimer = RepeatingTimer(
            interval: .milliseconds(100), message: .ticked, continuation: continuation)
        self.liveTimer = RepeatingTimer(
            interval: options.liveInterval, message: .liveTicked, continuation: continuation)
        state.live.isEnabled = options.isLive
        state.live.highlightTicks = LiveState.highlightTicks(for: options.liveInterval)
    }

    /// Runs until the user quits (or `events` ends), then cancels all work still running.
    ///
    /// - Parameter events: Keys and resizes, e.g. from `CursesTerminal.events()`.
    public func run(events: AsyncStream<TerminalEvent>) async {
        let continuation = self.continuation
        let input = Task {
            for await event in events {
                switch event {
                case .key(let key):
                    continuation.yield(.keyPressed(key))
                case .resize(let width, let height):
                    continuation.yield(.resized(Size(width: width, height: height)))
                }
            }
            // No more input can come: leave, as Ctrl-C would.
            continuation.yield(.keyPressed(.control("C")))
        }
        perform(BrowserState.initialEffects())
        draw()
        for await message in messages {
            // Live ticks and polls come four times a second: most change nothing on screen
            // (only the poll's bookkeeping), and then nothing is drawn; nor is a spinner tick
            // that arrives after the work it spun for.
            let before = message.isBackground ? state : nil
            let effects = update(&state, message)
            if let generation = message.generation { tasks[generation] = nil }
            if case .rowCountLoaded(let table, _) = message { countTasks[table] = nil }
            perform(effects)
            if state.isQuitting { break }
            spinnerTimer.run(state.isBusy)
            liveTimer.run(state.live.needsTimer(hasTable: state.table != nil))
            if let before, state.isDrawnTheSame(as: before) { continue }
            draw()
        }
        input.cancel()
        spinnerTimer.stop()
        liveTimer.stop()
        for task in tasks.values { task.cancel() }
        for task in countTasks.values { task.cancel() }
        tablesTask?.cancel()
        lastCountTask = nil
        pageTask = nil
        tasks = [:]
        countTasks = [:]
    }

    /// Draws the current state, first catching up with a size change not yet reported.
    private func draw() {
        if backend.size != state.size {
            perform(update(&state, .resized(backend.size)))
        }
        var buffer = ScreenBuffer(size: backend.size)
        let cursor = render(state, into: &buffer)
        backend.draw(buffer)
        if let cursor {
            backend.showCursor(x: cursor.x, y: cursor.y)
        } else {
            backend.hideCursor()
        }
        backend.flush()
        // What was just drawn is on screen: a confirmation in it now counts as seen.
        _ = update(&state, .framePresented)
    }

    /// Carries out effects: starts tasks, cancels superseded ones.
    private func perform(_ effects: [BrowserEffect]) {
        let database = self.database
        for effect in effects {
            switch effect {
            case .quit:
                state.isQuitting = true
            case .cancel(let generation):
                tasks.removeValue(forKey: generation)?.cancel()
            case .loadTables:
                if let tables = preloadedTables {
                    // Already introspected by the caller: no second round trip at start-up.
                    preloadedTables = nil
                    continuation.yield(.tablesLoaded(tables))
                    continue
                }
                tablesTask?.cancel()
                tablesTask = start { await BrowserWork.loadTables(database) }
            case .countRows(let table):
                // A newer count of the same table supersedes the older one.
                countTasks[table.name]?.cancel()
                let previous = lastCountTask
                let page = pageTask
                let task = start {
                    // After the page being loaded (the first rows matter more than the
                    // sidebar's figures), and one sidebar count at a time (a cancelled one
                    // ends at once): counting a huge table must not take the readers or the
                    // cores the page queries need.
                    await page?.value
                    await previous?.value
                    return await BrowserWork.countRows(table, database)
                }
                countTasks[table.name] = task
                lastCountTask = task
            default:
                guard let generation = effect.generation else { continue }
                let task = start { await BrowserWork.perform(effect, on: database) }
                tasks[generation] = task
                if case .loadPage = effect { pageTask = task }
            }
        }
    }

    /// Starts `work` in a detached task that posts its message back.
    private func start(_ work: @escaping @Sendable () async -> BrowserMessage?)
        -> Task<Void, Never>
    {
        let continuation = self.continuation
        return Task.detached {
            if let message = await work() { continuation.yield(message) }
        }
    }
}

extension BrowserEffect {
    /// The generation of a query or write effect.
    var generation: Int? {
        switch self {
        case .loadPage(let generation, _), .cancel(let generation),
            .countMatches(let generation, _), .countBuilderMatches(let generation, _),
            .saveEdit(let generation, _), .insertRow(let generation, _, _),
            .deleteRow(let generation, _, _, _), .loadReferences(let generation, _),
            .describeQuery(let generation, _), .exportRows(let generation, _),
            .inspectExportTarget(let generation, _), .pollChanges(let generation, _),
            .loadFacet(let generation, _),
            .reloadChangedPage(let generation, _, _):
            return generation
        case .loadTables, .countRows, .quit:
            return nil
        }
    }
}

extension BrowserMessage {
    /// Whether the message comes from a timer (the spinner's, live refresh's) or a poll:
    /// drawn only when it changed what is on screen (``BrowserState/isDrawnTheSame(as:)``).
    var isBackground: Bool {
        switch self {
        case .ticked, .liveTicked, .changesPolled: return true
        default: return false
        }
    }

    /// The generation a result message answers, if any.
    var generation: Int? {
        switch self {
        case .pageLoaded(let generation, _), .countLoaded(let generation, _),
            .queryFailed(let generation, _), .queryCancelled(let generation),
            .rowUpdated(let generation, _), .rowInserted(let generation, _, _),
            .rowDeleted(let generation, _, _), .writeFailed(let generation, _, _),
            .referencesLoaded(let generation, _), .queryDescribed(let generation, _, _),
            .exportFinished(let generation, _, _), .builderCountLoaded(let generation, _),
            .exportTargetInspected(let generation, _, _), .changesPolled(let generation, _, _),
            .livePageLoaded(let generation, _, _), .facetLoaded(let generation, _),
            .facetFailed(let generation, _), .facetTimedOut(let generation):
            return generation
        default:
            return nil
        }
    }
}
