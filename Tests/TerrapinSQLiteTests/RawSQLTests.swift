import Foundation
import Terrapin
import Testing

/// Raw SQL with `?` placeholders runs as written on SQLite, whose dialect leaves them to
/// SQLite itself (PostgreSQL's numbering is tested as text in `PlaceholderRewriterTests`).
@Suite struct RawSQLTests {
    let directory = TemporaryDirectory()

    @Test func bareAndNumberedPlaceholdersAndLiteralQuestionMarks() async throws {
        let database = try await connect(
            "sqlite://\(directory.path("raw.db"))", create: true, makeDefault: false)
        let rows = try await database.raw("SELECT ?2 AS b, ?1 AS a, '?' AS q, ? AS c", [1, 2, 3])
        #expect(rows.first?.values == [2, 1, "?", 3])
        try await database.execute(raw: "CREATE TABLE t (\"who?\" TEXT)")
        try await database.execute(raw: "INSERT INTO t VALUES (?) -- a comment with ?", ["x"])
        #expect(try await database.raw("SELECT \"who?\" FROM t").first?["who?"] == "x")
    }
}
