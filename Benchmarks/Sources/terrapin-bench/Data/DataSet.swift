/// The rows every implementation writes and reads, generated deterministically so every run
/// and every implementation (and the Tortoise script, which uses the same recipe) sees the
/// same data.
struct DataSet: Sendable {
    /// The rows, with ids 1...N.
    let users: [PlainUser]
    /// The primary keys `get_by_pk` looks up, in order.
    let lookupKeys: [Int64]

    /// The `filter` workload's bounds: `age BETWEEN 30 AND 39 AND is_active = 1 ORDER BY name`.
    static let filterAges: ClosedRange<Int64> = 30...39
    /// The `concurrent` workload's query: `age < 25`.
    static let concurrentAgeLimit: Int64 = 25
    /// Queries run at once (and one after another) by `concurrent`.
    static let concurrentQueries = 10

    init(count: Int, lookups: Int) {
        var random = SplitMix64(seed: 42)
        let first = ["ada", "bob", "cleo", "dan", "eve", "finn", "gus", "hana", "ivo", "jun"]
        let last = ["smith", "ng", "garcia", "okafor", "meyer", "rossi", "kim", "silva"]
        users = (1...max(1, count)).map { id in
            let given = first[Int(random.next() % UInt64(first.count))]
            let family = last[Int(random.next() % UInt64(last.count))]
            // The id keeps names unique, so ORDER BY name has one right answer.
            let name = "\(given) \(family) \(random.next() % 100_000)-\(id)"
            let month = 1 + random.next() % 12
            let day = 1 + random.next() % 28
            let seconds = random.next() % 86_400
            return PlainUser(
                id: Int64(id),
                name: name,
                email: "\(given).\(family).\(id)@example.com",
                age: Int64(18 + random.next() % 63),
                score: Double(random.next() % 1_000_000) / 100,
                isActive: random.next() % 10 < 7,
                createdAt: "2024-" + Self.twoDigits(month) + "-" + Self.twoDigits(day) + " "
                    + Self.twoDigits(seconds / 3600) + ":" + Self.twoDigits(seconds / 60 % 60)
                    + ":" + Self.twoDigits(seconds % 60))
        }
        lookupKeys = (0..<lookups).map { _ in Int64(1 + random.next() % UInt64(max(1, count))) }
    }

    private static func twoDigits(_ value: UInt64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// What `fetch_all` must read: every row in key order.
    var fetchAllChecksum: Checksum { Checksum.of(users) }

    /// What `filter` must read.
    var filterChecksum: Checksum {
        Checksum.of(
            users.filter { Self.filterAges.contains($0.age) && $0.isActive }
                .sorted { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) })
    }

    /// What one `concurrent` query must read: `age < 25` in the index's order (age, then id).
    var concurrentQueryChecksum: Checksum {
        Checksum.of(
            users.filter { $0.age < Self.concurrentAgeLimit }
                .sorted { ($0.age, $0.id) < ($1.age, $1.id) })
    }

    /// What all ten `concurrent` queries must read, folded in query order.
    var concurrentChecksum: Checksum {
        let one = concurrentQueryChecksum
        var all = Checksum()
        for _ in 0..<Self.concurrentQueries { all.add(one) }
        return all
    }

    /// What `get_by_pk` must read.
    var lookupChecksum: Checksum {
        Checksum.of(lookupKeys.map { users[Int($0) - 1] })
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64), so the data set is
/// the same on every platform and in the Python script.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
