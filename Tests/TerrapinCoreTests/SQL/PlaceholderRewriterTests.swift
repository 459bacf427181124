import Testing

@testable import TerrapinCore

/// Raw SQL takes `?` everywhere; dialects with numbered placeholders get `$1, $2…`, and a `?`
/// that is no placeholder is left alone.
@Suite struct PlaceholderRewriterTests {
    let postgres = PostgreSQLDialect()

    @Test func bareQuestionMarksAreNumberedInOrder() {
        #expect(
            postgres.rewritingPlaceholders(in: "SELECT * FROM t WHERE a = ? AND b IN (?, ?)")
                == "SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)")
    }

    @Test func numberedQuestionMarksKeepTheirNumberAndBareOnesFollowTheLargest() {
        #expect(postgres.rewritingPlaceholders(in: "?2 + ?1 + ?") == "$2 + $1 + $3")
        #expect(postgres.rewritingPlaceholders(in: "?1 = ?1") == "$1 = $1")
    }

    @Test func questionMarksInStringsIdentifiersAndCommentsAreLeftAlone() {
        let sql = #"""
            SELECT '?', 'it''s ?', "col?", `x?`, E'\'?', $$ ? $$, $q$ ?$ ? $q$, ? -- ?
            /* ? /* ? */ ? */ FROM t WHERE x = ?
            """#
        #expect(
            postgres.rewritingPlaceholders(in: sql) == #"""
                SELECT '?', 'it''s ?', "col?", `x?`, E'\'?', $$ ? $$, $q$ ?$ ? $q$, $1 -- ?
                /* ? /* ? */ ? */ FROM t WHERE x = $2
                """#)
    }

    @Test func dollarSignsThatOpenNoStringStayAsTheyAre() {
        #expect(postgres.rewritingPlaceholders(in: "SELECT $1, ?") == "SELECT $1, $1")
        #expect(postgres.rewritingPlaceholders(in: "SELECT a$b, ?, 'x'") == "SELECT a$b, $1, 'x'")
        #expect(postgres.rewritingPlaceholders(in: "SELECT 'e' || ?") == "SELECT 'e' || $1")
        #expect(
            postgres.rewritingPlaceholders(in: "SELECT type'x\\', ?") == "SELECT type'x\\', $1")
    }

    @Test func unclosedQuotesAndCommentsSwallowTheRestAsTheDatabaseWould() {
        #expect(postgres.rewritingPlaceholders(in: "SELECT '?, ?") == "SELECT '?, ?")
        #expect(postgres.rewritingPlaceholders(in: "SELECT ? /* ?") == "SELECT $1 /* ?")
        #expect(postgres.rewritingPlaceholders(in: "SELECT ? -- ?\n, ?") == "SELECT $1 -- ?\n, $2")
    }

    @Test func sqliteKeepsItsOwnPlaceholders() {
        let sql = "SELECT ?2, ?, :name, '?'"
        #expect(SQLiteDialect().rewritingPlaceholders(in: sql) == sql)
        #expect(PlaceholderRewriter.rewrite("x", placeholder: { "$\($0)" }) == "x")
    }

    @Test func nonASCIITextIsKeptByteForByte() {
        #expect(
            postgres.rewritingPlaceholders(in: "SELECT 'café ?', \"名前\" FROM t WHERE 名 = ?")
                == "SELECT 'café ?', \"名前\" FROM t WHERE 名 = $1")
    }
}
