import Testing

@testable import TerrapinPostgres

@Suite struct PostgresStatementSplitterTests {
    @Test func cutsAtTopLevelSemicolonsOnly() {
        let sql = """
            CREATE TABLE t (x text DEFAULT 'a;b'); -- a comment; still a comment
            INSERT INTO "odd;name" VALUES ('it''s; fine');
            /* block; /* nested; */ still */ SELECT 1;
            CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;;
            SELECT $1
            """
        #expect(
            PostgresStatementSplitter.statements(in: sql) == [
                "CREATE TABLE t (x text DEFAULT 'a;b')",
                "-- a comment; still a comment\nINSERT INTO \"odd;name\" VALUES ('it''s; fine')",
                "/* block; /* nested; */ still */ SELECT 1",
                "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
                "SELECT $1",
            ])
    }
}
