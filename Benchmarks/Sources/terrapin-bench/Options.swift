/// Command-line options.
///
/// ```
/// terrapin-bench [--rows N] [--lookups N] [--reps N] [--only w1,w2] [--impl substring]
/// terrapin-bench --memory-child IMPL --memory-rows all|one --database PATH   (internal)
/// ```
struct Options {
    /// Rows in the table (the issue's N).
    var rows = 200_000
    /// Lookups in `get_by_pk`.
    var lookups = 20_000
    /// Timed repetitions per case (after one warm-up run).
    var repetitions = 7
    /// Repetitions of each memory child.
    var memoryRepetitions = 3
    /// Workloads to run (all when empty): insert, fetch_all, filter, get_by_pk, concurrent,
    /// memory, frame.
    var only: Set<String> = []
    /// Only implementations whose name contains this text (for profiling one of them).
    var implementation: String?
    /// Internal: run as a memory child.
    var memoryChild: String?
    var memoryRows = "all"
    var databasePath = ""
    /// Where to write the medians as JSON (for the Tortoise script's ratios).
    var jsonPath: String?

    static let workloads = ["insert", "fetch_all", "filter", "get_by_pk", "concurrent", "memory",
                            "frame"]

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let value = iterator.next() else { throw UsageError(description: "\(flag) needs a value") }
            return value
        }
        func number(_ flag: String) throws -> Int {
            guard let number = Int(try value(flag)), number > 0 else {
                throw UsageError(description: "\(flag) needs a positive number")
            }
            return number
        }
        while let argument = iterator.next() {
            switch argument {
            case "--rows": rows = try number(argument)
            case "--lookups": lookups = try number(argument)
            case "--reps": repetitions = try number(argument)
            case "--memory-reps": memoryRepetitions = try number(argument)
            case "--only":
                only = Set(try value(argument).split(separator: ",").map(String.init))
                if let unknown = only.first(where: { !Self.workloads.contains($0) }) {
                    throw UsageError(description: "unknown workload \(unknown); known: "
                        + Self.workloads.joined(separator: ", "))
                }
            case "--impl": implementation = try value(argument)
            case "--memory-child": memoryChild = try value(argument)
            case "--memory-rows": memoryRows = try value(argument)
            case "--database": databasePath = try value(argument)
            case "--json": jsonPath = try value(argument)
            case "--help", "-h":
                throw UsageError(description: """
                    usage: terrapin-bench [--rows N] [--lookups N] [--reps N] [--memory-reps N]
                                          [--only \(Self.workloads.joined(separator: ","))]
                                          [--impl TEXT] [--json PATH]
                    """)
            default: throw UsageError(description: "unknown option \(argument); try --help")
            }
        }
    }

    func runs(_ workload: String) -> Bool { only.isEmpty || only.contains(workload) }

    /// Keeps the baseline and the implementations `--impl` selects.
    func select(_ cases: [BenchCase]) -> [BenchCase] {
        guard let implementation else { return cases }
        return cases.filter { $0.isBaseline || $0.implementation.contains(implementation) }
    }
}
