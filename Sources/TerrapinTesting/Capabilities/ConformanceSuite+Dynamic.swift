import Foundation
import TerrapinCore
import Testing

extension ConformanceSuite {
    /// Tables with odd names, a composite key, a table without a key, a composite foreign
    /// key, indexes and a view, all created with the dialect's column types.
    func withOddTables(_ body: (any Database) async throws -> Void) async throws {
        try await withDatabase { database in
            let text = columnType(String.self, on: database)
            let integer = columnType(Int.self, on: database)
            let real = columnType(Double.self, on: database)
            let blob = columnType(Data?.self, on: database)
            try await execute(
                [
                    #"CREATE TABLE "weird ""name"" 表" ("#
                        + "\(keyColumn("key id", on: database)), \"col with space\" \(text), "
                        + "\"città\" \(real) DEFAULT 1.5 NOT NULL, data \(blob))",
                    "CREATE TABLE pair (a \(integer), b \(text), note \(text), PRIMARY KEY (a, b))",
                    "CREATE TABLE loose (x \(text), y \(integer))",
                    "CREATE TABLE child (\(keyColumn("id", on: database)), pa \(integer), "
                        + "pb \(text), FOREIGN KEY (pa, pb) REFERENCES pair (a, b) "
                        + "ON DELETE CASCADE)",
                    "CREATE INDEX child_pa ON child (pa)",
                    "CREATE UNIQUE INDEX loose_xy ON loose (x, y)",
                    "CREATE VIEW long_loose AS SELECT * FROM loose WHERE length(x) > 3",
                    "CREATE TABLE keyed (\(keyColumn("id", on: database)), x \(text), "
                        + "y \(integer))",
                ], on: database)
            try await body(database)
        }
    }

    /// Introspection finds tables and views, keys, defaults, nullability, foreign keys and
    /// indexes, with names as declared.
    public func introspectionFindsTablesViewsKeysForeignKeysAndIndexes() async throws {
        try await withOddTables { database in
            let tables = try await database.introspect()
            #expect(
                Set(tables.map(\.name))
                    == ["child", "keyed", "long_loose", "loose", "pair", #"weird "name" 表"#])
            let weird = try #require(tables.first { $0.name.hasPrefix("weird") })
            #expect(weird.columns.map(\.name) == ["key id", "col with space", "città", "data"])
            #expect(weird.primaryKey == ["key id"])
            #expect(weird.column(named: "città")?.defaultSQL == "1.5")
            #expect(weird.column(named: "città")?.isNullable == false)
            #expect(weird.column(named: "col with space")?.isNullable == true)
            #expect(weird.column(named: "città")?.logicalType == .real)
            #expect(weird.column(named: "data")?.logicalType == .blob)
            let pair = try #require(tables.first { $0.name == "pair" })
            #expect(pair.primaryKey == ["a", "b"])
            #expect(pair.rowKey == ["a", "b"])
            let loose = try #require(tables.first { $0.name == "loose" })
            #expect(loose.primaryKey.isEmpty)
            // Without a key, the row key is the driver's hidden one (SQLite's rowid), if any.
            #expect(loose.rowKey == (loose.hiddenRowKey.map { [$0] } ?? []))
            #expect(
                loose.indexes == [
                    IndexDescription(name: "loose_xy", columns: ["x", "y"], isUnique: true)
                ])
            let child = try #require(tables.first { $0.name == "child" })
            #expect(
                child.foreignKeys == [
                    ForeignKeyDescription(
                        columns: ["pa", "pb"], referencedTable: "pair",
                        referencedColumns: ["a", "b"], onDelete: "CASCADE")
                ])
            #expect(child.hasIndex(startingWith: ["pa"]))
            let view = try #require(tables.first { $0.name == "long_loose" })
            #expect(view.kind == .view && view.whyNotWritable == "it is a view")
            #expect(view.columns.map(\.name) == ["x", "y"])
        }
    }

    /// Dynamic rows of a table with odd identifiers: inserts with defaults, NULLs and
    /// blobs, read back as written; lookup text with quoted names.
    public func oddIdentifiersNullsAndBlobsRoundTrip() async throws {
        try await withOddTables { database in
            let table = try await database.table(#"weird "name" 表"#)
            let blob = Data([0, 1, 2, 255])
            try await table.insertRow(["col with space": "héllo 🐢", "data": .blob(blob)])
            try await table.insertRow(["col with space": nil, "città": 2.25])
            let rows = try await table.orderBy("key id").all()
            #expect(rows.count == 2)
            #expect(rows[0]["col with space"] == "héllo 🐢")
            #expect(rows[0]["data"] == .blob(blob))
            #expect(rows[0]["città"] == 1.5)
            #expect(rows[1]["col with space"] == .null)
            #expect(rows[1]["città"] == 2.25)
            let filtered = try await table.filter(
                parsing: "`col with space`__icontains=LLO | città__gt=2"
            ).count()
            #expect(filtered == 2)
            #expect(try await table.filter(Q("data", blob)).count() == 1)
        }
    }

    /// Edits check the old values, so a concurrent change is never overwritten.
    public func editsCheckTheOldValuesSoConcurrentChangesAreNotOverwritten() async throws {
        try await withOddTables { database in
            let keyed = try await database.table("keyed")
            let id = try await keyed.insertRow(["x": "one", "y": 1])
            let key = ["id": id]
            try await keyed.updateRow(key: key, changes: ["y": 2], expecting: ["y": 1])
            #expect(try await keyed.first()?["y"] == 2)
            await #expect {
                try await keyed.updateRow(key: key, changes: ["y": 3], expecting: ["y": 1])
            } throws: { error in
                guard case TerrapinError.rowChanged(let table, _) = error else { return false }
                return table == "keyed"
            }
            #expect(try await keyed.first()?["y"] == 2)
            await #expect(throws: TerrapinError.self) {
                try await keyed.deleteRow(key: key, expecting: ["y": 1])
            }
            try await keyed.deleteRow(key: key, expecting: ["y": 2])
            #expect(try await keyed.count() == 0)
        }
    }

    /// Views refuse row edits.
    public func viewsRefuseEdits() async throws {
        try await withOddTables { database in
            let view = try await database.table("long_loose")
            await #expect(throws: TerrapinError.self) {
                try await view.updateRow(key: [:], changes: ["x": "y"], expecting: [:])
            }
        }
    }
}
