import Testing

@testable import TerrapinCore

@Suite struct SQLRendererTests {
    let sqlite = SQLRenderer(dialect: SQLiteDialect())
    let postgres = SQLRenderer(dialect: PostgreSQLDialect())

    @Test func selectQuotesIdentifiersAndBindsValues() throws {
        let query = SelectQuery(
            table: "my \"table\"", selection: .columns(["id", "näme"]),
            predicate: Q("näme", "bob") && Q("age__gte", 18),
            ordering: [OrderTerm("age", descending: true), OrderTerm("id")], limit: 10,
            offset: 20)
        let statement = try sqlite.render(query)
        #expect(
            statement.sql
                == #"SELECT "id", "näme" FROM "my ""table""" WHERE "näme" = ? AND "age" >= ? "#
                + #"ORDER BY "age" DESC, "id" LIMIT 10 OFFSET 20"#)
        #expect(statement.bindings == [.text("bob"), .integer(18)])
    }

    @Test func identifiersWithQuotesHaveThemDoubled() {
        #expect(SQLiteDialect().quote("plain") == #""plain""#)
        #expect(SQLiteDialect().quote(#"say "hi""#) == #""say ""hi""""#)
        #expect(SQLiteDialect().quote("\"") == #""""""#)
        #expect(SQLiteDialect().quote("") == #""""#)
        #expect(SQLiteDialect().quote("名前 \"x\"") == #""名前 ""x""""#)
    }

    @Test func postgresNumbersItsPlaceholders() throws {
        let statement = try postgres.render(
            SelectQuery(table: "t", predicate: Q("a", 1) && Q("b__in", [2, 3])))
        #expect(statement.sql == #"SELECT * FROM "t" WHERE "a" = $1 AND "b" IN ($2, $3)"#)
        #expect(statement.bindings == [1, 2, 3])
    }

    @Test func orInsideAndIsParenthesised() throws {
        let predicate = Q("a", 1) && (Q("b", 2) || Q("c", 3))
        let statement = try sqlite.renderWhereClause(predicate)
        #expect(statement.sql == #""a" = ? AND ("b" = ? OR "c" = ?)"#)
    }

    @Test func notKeepsRowsWhereTheConditionIsNull() throws {
        let statement = try sqlite.renderWhereClause(!Q("a", 1))
        #expect(statement.sql == #"("a" = ?) IS NOT TRUE"#)
    }

    @Test func caseSensitivePatternsUseGlobWithEscapedWildcardsInSQLite() throws {
        let statement = try sqlite.renderWhereClause(Q("name__contains", "a*b?[c"))
        #expect(statement.sql == #""name" GLOB ?"#)
        #expect(statement.bindings == [.text("*a[*]b[?][[]c*")])
    }

    @Test func caseInsensitivePatternsEscapeLikeWildcards() throws {
        let statement = try sqlite.renderWhereClause(Q("name__istartswith", "50%_off\\"))
        #expect(statement.sql == #""name" LIKE ? ESCAPE '\'"#)
        #expect(statement.bindings == [.text(#"50\%\_off\\%"#)])
        let pg = try postgres.renderWhereClause(Q("name__iendswith", "x"))
        #expect(pg.sql == #"CAST("name" AS TEXT) ILIKE $1 ESCAPE '\'"#)
        #expect(pg.bindings == [.text("%x")])
    }

    @Test func nullLookupsBecomeIsNullTests() throws {
        #expect(try sqlite.renderWhereClause(Q("a__isnull", true)).sql == #""a" IS NULL"#)
        #expect(try sqlite.renderWhereClause(Q("a__isnull", false)).sql == #""a" IS NOT NULL"#)
        #expect(try sqlite.renderWhereClause(Q("a", values: [.null])).sql == #""a" IS NULL"#)
        #expect(try sqlite.renderWhereClause(Q("a__not", 3)).sql == #""a" IS NOT ?"#)
        #expect(try postgres.renderWhereClause(Q("a__not", 3)).sql == #""a" IS DISTINCT FROM $1"#)
    }

    @Test func emptyInListMatchesNothingAndEmptyNotInMatchesEverything() throws {
        #expect(try sqlite.renderWhereClause(Q("a__in", [Int]())).sql == "1 = 0")
        #expect(try sqlite.renderWhereClause(Q("a__not_in", [Int]())).sql == "1 = 1")
    }

    @Test func rangeNeedsExactlyTwoValues() throws {
        let statement = try sqlite.renderWhereClause(Q("a__range", [1, 5]))
        #expect(statement.sql == #""a" BETWEEN ? AND ?"#)
        #expect(throws: TerrapinError.self) {
            try sqlite.renderWhereClause(Q("a__range", [1]))
        }
    }

    @Test func comparingWithNullIsRefusedWithAHint() {
        #expect(throws: TerrapinError.self) {
            try sqlite.renderWhereClause(Q("a__gt", values: [.null]))
        }
    }

    @Test func countWithLimitCountsTheLimitedRows() throws {
        let statement = try sqlite.render(
            SelectQuery(table: "t", selection: .count, predicate: Q("a", 1), limit: 5))
        #expect(
            statement.sql
                == #"SELECT COUNT(*) FROM (SELECT * FROM "t" WHERE "a" = ? LIMIT 5) AS counted"#)
    }

    @Test func keysetOnAscendingNonNullValuesUsesARowValueComparison() throws {
        let query = SelectQuery(
            table: "t", predicate: Q("x", 1),
            ordering: [OrderTerm("name"), OrderTerm("id")], keysetAfter: ["m", 7], limit: 3)
        let statement = try sqlite.render(query)
        #expect(
            statement.sql
                == #"SELECT * FROM "t" WHERE "x" = ? AND ("name", "id") > (?, ?) "#
                + #"ORDER BY "name", "id" LIMIT 3"#)
        #expect(statement.bindings == [1, "m", 7])
    }

    @Test func keysetAfterANullValueExpandsWithNullHandling() throws {
        let query = SelectQuery(
            table: "t", ordering: [OrderTerm("name"), OrderTerm("id")], keysetAfter: [nil, 7])
        let statement = try sqlite.render(query)
        #expect(
            statement.sql
                == #"SELECT * FROM "t" WHERE (("name" IS NOT NULL) OR ("name" IS NULL AND "id" > ?)) "#
                + #"ORDER BY "name", "id""#)
        #expect(statement.bindings == [7])
    }

    @Test func keysetDescendingInSQLiteKeepsTrailingNulls() throws {
        let query = SelectQuery(
            table: "t",
            ordering: [OrderTerm("name", descending: true), OrderTerm("id", descending: true)],
            keysetAfter: ["m", 7])
        let statement = try sqlite.render(query)
        #expect(
            statement.sql
                == #"SELECT * FROM "t" WHERE ((("name" < ? OR "name" IS NULL)) OR ("name" = ? AND ("id" < ? OR "id" IS NULL))) "#
                + #"ORDER BY "name" DESC, "id" DESC"#)
        #expect(statement.bindings == ["m", "m", 7])
    }

    @Test func insertUpdateAndDeleteRender() throws {
        let insert = sqlite.render(
            InsertQuery(table: "t", columns: ["a", "b"], values: [1, nil], returning: ["id"]))
        #expect(insert.sql == #"INSERT INTO "t" ("a", "b") VALUES (?, ?)"#)
        let pgInsert = postgres.render(
            InsertQuery(table: "t", columns: ["a"], values: [1], returning: ["id"]))
        #expect(pgInsert.sql == #"INSERT INTO "t" ("a") VALUES ($1) RETURNING "id""#)
        let update = try postgres.render(
            UpdateQuery(table: "t", assignments: [("a", 2)], predicate: Q("id", 1)))
        #expect(update.sql == #"UPDATE "t" SET "a" = $1 WHERE "id" = $2"#)
        #expect(update.bindings == [2, 1])
        let delete = try sqlite.render(DeleteQuery(table: "t", predicate: Q("id__lt", 3)))
        #expect(delete.sql == #"DELETE FROM "t" WHERE "id" < ?"#)
    }

    @Test func anOffsetWithoutALimitIsWrittenAsEachDialectNeeds() throws {
        let query = SelectQuery(table: "t", offset: 5)
        #expect(try sqlite.render(query).sql == #"SELECT * FROM "t" LIMIT -1 OFFSET 5"#)
        #expect(try postgres.render(query).sql == #"SELECT * FROM "t" OFFSET 5"#)
    }

    @Test func notIsNullSafeInEachDialect() throws {
        #expect(try sqlite.renderWhereClause(Q("a__not", 1)).sql == #""a" IS NOT ?"#)
        #expect(try postgres.renderWhereClause(Q("a__not", 1)).sql == #""a" IS DISTINCT FROM $1"#)
    }

    @Test func aSchemaQualifiesTheTableInEveryStatement() throws {
        let select = try postgres.render(SelectQuery(table: "order", schema: "sales"))
        #expect(select.sql == #"SELECT * FROM "sales"."order""#)
        let insert = postgres.render(
            InsertQuery(table: "order", columns: ["a"], values: [1], schema: "sales"))
        #expect(insert.sql == #"INSERT INTO "sales"."order" ("a") VALUES ($1)"#)
        let update = try postgres.render(
            UpdateQuery(table: "order", assignments: [("a", 2)], predicate: nil, schema: "sales"))
        #expect(update.sql == #"UPDATE "sales"."order" SET "a" = $1"#)
        let delete = try sqlite.render(DeleteQuery(table: "t", predicate: nil, schema: "x\"y"))
        #expect(delete.sql == #"DELETE FROM "x""y"."t""#)
    }

    @Test func aSchemaOfAnIntrospectedTableReachesItsQueries() throws {
        let table = TableDescription(
            name: "order", kind: .table,
            columns: [ColumnDescription(name: "id", declaredType: "bigint", isNullable: false)],
            primaryKey: ["id"], schema: "sales")
        let rows = CannedDatabase(rows: []).table(table).filter(Q("id", 3))
        #expect(
            try rows.sql(dialect: PostgreSQLDialect()).sql
                == #"SELECT "id" FROM "sales"."order" WHERE "id" = $1"#)
    }

    @Test func dialectsSayHowInsertedKeysComeBack() {
        #expect(SQLiteDialect().insertedKeys == .lastInsertedID)
        #expect(PostgreSQLDialect().insertedKeys == .returning)
    }

    @Test func multiRowInsertsNumberEveryValueAndReturnKeysWhereTheDialectDoes() {
        let query = InsertQuery(table: "t", columns: ["a", "b"], values: [], returning: ["id"])
        let pg = postgres.render(query, rows: [[1, "x"], [2, nil]])
        #expect(
            pg.sql == #"INSERT INTO "t" ("a", "b") VALUES ($1, $2), ($3, $4) RETURNING "id""#)
        #expect(pg.bindings == [1, "x", 2, nil])
        let lite = sqlite.render(query, rows: [[1, "x"]])
        #expect(lite.sql == #"INSERT INTO "t" ("a", "b") VALUES (?, ?)"#)
    }
}
