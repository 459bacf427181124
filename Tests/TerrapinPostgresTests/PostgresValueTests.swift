import Foundation
import Terrapin
import TerrapinPostgresFixture
import Testing

@testable import TerrapinPostgres

/// Values read back from a real server show as psql shows them, and values bound as text
/// reach columns of any type.
@Suite(needsPostgres) struct PostgresValueTests {
    @Test func builtInTypesReadAsTypedValuesOrTheirTextForm() async throws {
        try await withFreshDatabase { database, _, _ in
            let cases: [(String, SQLValue)] = [
                ("1::int2", .integer(1)), ("-7::int4", .integer(-7)),
                ("9007199254740993::int8", .integer(9_007_199_254_740_993)),
                ("0.1::float4", .real(0.1)), ("2.5::float8", .real(2.5)),
                ("true", .bool(true)), ("false", .bool(false)),
                ("'\\x00ff'::bytea", .blob(Data([0, 255]))),
                ("12345678901234567890.000123::numeric", "12345678901234567890.000123"),
                ("1.50::numeric(10,2)", "1.50"), ("-0.0001::numeric", "-0.0001"),
                ("'NaN'::numeric", "NaN"), ("0::numeric", "0"),
                ("'héllo'::varchar(9)", "héllo"), ("'ab'::char(4)", "ab  "),
                ("'{\"a\": [1, 2]}'::json", "{\"a\": [1, 2]}"),
                ("'{\"b\":1, \"a\": [1,2]}'::jsonb", "{\"a\": [1, 2], \"b\": 1}"),
                (
                    "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid",
                    .uuid(UUID(uuidString: "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")!)
                ),
                ("'2024-02-29'::date", "2024-02-29"), ("'0044-03-15 BC'::date", "0044-03-15 BC"),
                ("'infinity'::date", "infinity"),
                ("'2024-05-06 07:08:09.5'::timestamp", "2024-05-06 07:08:09.5"),
                ("'2024-05-06 07:08:09+00'::timestamptz", "2024-05-06 07:08:09+00"),
                ("'13:14:15.000001'::time", "13:14:15.000001"),
                ("'13:14:15+05:30'::timetz", "13:14:15+05:30"),
                ("'1 year 2 mons 3 days 04:05:06.5'::interval", "1 year 2 mons 3 days 04:05:06.5"),
                ("'-1 second'::interval", "-00:00:01"), ("'0'::interval", "00:00:00"),
                ("'1 day -1 hour'::interval", "1 day -01:00:00"),
                ("'192.168.0.1/24'::inet", "192.168.0.1/24"), ("'10.0.0.1'::inet", "10.0.0.1"),
                ("'10.0.0.0/8'::cidr", "10.0.0.0/8"), ("'2001:db8::1'::inet", "2001:db8::1"),
                ("'::ffff:1.2.3.4'::inet", "::ffff:1.2.3.4"),
                ("'08:00:2b:01:02:03'::macaddr", "08:00:2b:01:02:03"),
                ("B'10110'::bit(5)", "10110"),
                ("ARRAY[1, NULL, 3]", "{1,NULL,3}"),
                (
                    "ARRAY['a b', '', 'NULL', 'x\"y', 'plain']",
                    "{\"a b\",\"\",\"NULL\",\"x\\\"y\",plain}"
                ),
                ("ARRAY[[1,2],[3,4]]", "{{1,2},{3,4}}"),
                ("'[0:1]={7,8}'::int[]", "[0:1]={7,8}"),
                ("'{}'::text[]", "{}"), ("ARRAY[true, false]", "{t,f}"),
                ("ARRAY[1.5::numeric]", "{1.5}"),
                ("'(1.5,2)'::point", "(1.5,2)"), ("NULL::text", .null),
            ]
            let sql = "SELECT " + cases.map(\.0).joined(separator: ", ")
            let row = try #require(try await database.raw(sql).first)
            for (index, (expression, expected)) in cases.enumerated() {
                #expect(row.values[index] == expected, "\(expression)")
            }
        }
    }

    @Test func enumsDomainsAndTheirArraysReadAsText() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.execute(raw: "CREATE TYPE mood AS ENUM ('sad', 'happy go')")
            try await database.execute(raw: "CREATE DOMAIN positive AS int CHECK (VALUE > 0)")
            let row = try #require(
                try await database.raw(
                    "SELECT 'happy go'::mood, ARRAY['sad', 'happy go']::mood[], 5::positive"
                ).first)
            #expect(row.values == ["happy go", "{sad,\"happy go\"}", .integer(5)])
        }
    }

    @Test func timestamptzShowsInTheSessionTimeZone() async throws {
        let server = try await PostgresTestServer.shared()
        let url = try await server.makeDatabase()
        try await server.execute(
            "ALTER DATABASE \"\(databaseName(of: url))\" SET TimeZone = 'Asia/Kolkata'")
        let database = try await PostgresDatabase.open(url: url)
        defer { Task { try? await database.close() } }
        #expect(database.timeZoneName == "Asia/Kolkata")
        let rows = try await database.raw("SELECT '2024-05-06 07:08:09.25+00'::timestamptz")
        #expect(rows.first?.values == ["2024-05-06 12:38:09.25+05:30"])
    }

    @Test func textBindsToColumnsOfAnyTypeAndComesBackTheSame() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.execute(raw: "CREATE TYPE mood AS ENUM ('sad', 'happy')")
            try await database.execute(
                raw: """
                    CREATE TABLE things (
                        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                        u uuid, t timestamptz, n numeric(30,10), m mood, a int[], j jsonb,
                        b boolean, i inet, d date, iv interval, raw bytea, r double precision)
                    """)
            let values: [SQLValue] = [
                "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "2024-01-02 03:04:05.678+00",
                "12345678901234567890.0123456789", "happy", "{1,2,3}", "{\"k\": \"v\"}",
                .integer(1), "10.1.2.3", "2024-12-31", "2 days 03:00:00",
                .blob(Data([1, 2, 3])), .real(0.25),
            ]
            let result = try await database.execute(
                raw: "INSERT INTO things (u, t, n, m, a, j, b, i, d, iv, raw, r) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                values)
            #expect(result.rowsAffected == 1)
            #expect(result.lastInsertedID == .integer(1))
            let row = try #require(
                try await database.raw(
                    "SELECT u, t, n, m, a, j, b, i, d, iv, raw, r FROM things WHERE id = $1",
                    [.integer(1)]
                ).first)
            var expected = values
            expected[0] = .uuid(UUID(uuidString: "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")!)
            expected[1] = "2024-01-02 03:04:05.678+00"
            expected[6] = .bool(true)
            #expect(row.values == expected)
            // Filtering binds the same way.
            let found = try await database.raw(
                "SELECT id FROM things WHERE u = $1 AND m = $2 AND n = $3 AND b = $4",
                [
                    "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "happy",
                    "12345678901234567890.0123456789",
                    .integer(1),
                ])
            #expect(found.count == 1)
        }
    }

    @Test func aStatementTimeoutSaysWhatHappened() async throws {
        try await withFreshDatabase(options: "statement_timeout=200ms") { database, _, _ in
            do {
                _ = try await database.raw("SELECT pg_sleep(5)")
                Issue.record("no timeout")
            } catch {
                let message = String(describing: error)
                #expect(message.contains("statement_timeout (200ms)"), "\(message)")
                #expect(message.contains("57014"))
            }
            // The connection is fine afterwards.
            let after = try await database.raw("SELECT 2")
            #expect(after.first?.values == [.integer(2)])
        }
    }

    @Test func anErrorCarriesTheSQLSTATEAndTheServersWords() async throws {
        try await withFreshDatabase { database, _, _ in
            do {
                _ = try await database.raw("SELECT * FROM missing_table")
                Issue.record("no error")
            } catch let error as TerrapinError {
                guard case .database(let code, let message, let sql) = error else {
                    Issue.record("\(error)")
                    return
                }
                #expect(code == "42P01")
                #expect(message.contains("[SQLSTATE 42P01]"))
                #expect(message.contains("relation \"missing_table\" does not exist"))
                #expect(sql == "SELECT * FROM missing_table")
            }
        }
    }
}
