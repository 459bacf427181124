import Foundation
import TerrapinCore
import Testing

@Suite struct LookupTextFormatterTests {
    @Test func conditionsAreWrittenInCanonicalForm() {
        #expect(condition("a", .exact, 1).lookupText == "a=1")
        #expect(condition("a", .not, "x").lookupText == #"a!="x""#)
        #expect(condition("a", .gte, .real(2.5)).lookupText == "a__gte=2.5")
        #expect(condition("a", .in, 1, 2).lookupText == "a__in=[1, 2]")
        #expect(condition("a", .in).lookupText == "a__in=[]")
        #expect(condition("a", .isnull, 1).lookupText == "a__isnull=true")
        #expect(condition("a", .isnull, 0).lookupText == "a__isnull=false")
        #expect(condition("a", .exact, .blob(Data([0, 255]))).lookupText == "a=x'00ff'")
    }

    @Test func textIsAlwaysQuotedAndEscaped() {
        #expect(condition("a", .exact, "123").lookupText == #"a="123""#)
        #expect(condition("a", .exact, "say \"hi\"\n\\").lookupText == #"a="say \"hi\"\n\\""#)
    }

    @Test func oddFieldNamesGetBackticks() {
        #expect(condition("First Name", .exact, "B").lookupText == #"`First Name`="B""#)
        #expect(condition("a`b", .gt, 1).lookupText == "`a``b`__gt=1")
        #expect(condition("name__gt", .exact, 1).lookupText == "`name__gt`=1")
        #expect(condition("x__", .exact, 1).lookupText == "`x__`=1")
        #expect(condition("OR", .exact, 1).lookupText == "`OR`=1")
        #expect(condition("9lives", .exact, 1).lookupText == "`9lives`=1")
        #expect(condition("città", .exact, 1).lookupText == "città=1")
        #expect(QueryPredicate.lookupTextFieldName("First Name") == "`First Name`")
    }

    @Test func parenthesesAppearOnlyWhereNeeded() {
        let a = condition("a", .exact, 1)
        let b = condition("b", .exact, 2)
        let c = condition("c", .exact, 3)
        #expect(QueryPredicate.or([.and([a, b]), c]).lookupText == "a=1 b=2 | c=3")
        #expect(QueryPredicate.and([.or([a, b]), c]).lookupText == "(a=1 | b=2) c=3")
        #expect(QueryPredicate.not(.and([a, b])).lookupText == "!(a=1 b=2)")
        #expect(QueryPredicate.not(.not(a)).lookupText == "!!a=1")
        #expect(QueryPredicate.and([a, .and([b, c])]).lookupText == "a=1 (b=2 c=3)")
    }

    @Test func realsAreWrittenSoTheyReadBackExactly() throws {
        for real in [
            0.1, -0.0, 1e16, .leastNonzeroMagnitude, 1.7976931348623157e308, 1 / 3.0, 100.0,
        ] {
            let predicate = condition("a", .exact, .real(real))
            #expect(try parsed(predicate.lookupText) == predicate, "\(real)")
        }
        #expect(condition("a", .gt, .real(.infinity)).lookupText == "a__gt=1e999")
        #expect(try parsed("a__gt=-1e999") == condition("a", .gt, .real(-.infinity)))
    }

    @Test func handWrittenPredicatesRoundTrip() throws {
        let predicates: [QueryPredicate] = [
            condition("name", .icontains, "love song"),
            .or([
                .and([condition("name", .icontains, "love song"), condition("ms", .gt, 300_000)]),
                condition("genre", .exact, "Jazz"),
            ]),
            .and([
                .or([condition("a", .lt, 1), condition("b", .lte, 2)]),
                .not(condition("c", .iexact, "x")),
            ]),
            .not(.or([condition("a", .startswith, "x"), condition("b", .endswith, "y")])),
            .not(.not(condition("a", .istartswith, ""))),
            .or([
                condition("a", .exact, 1),
                .or([condition("b", .exact, 2), condition("c", .exact, 3)]),
            ]),
            .and([
                condition("a", .exact, 1),
                .and([condition("b", .exact, 2)] + [condition("c", .iendswith, "z")]),
            ]),
            condition("First Name", .icontains, "bob"),
            condition("a`b", .exact, "`"),
            condition("名前", .contains, "🐢 turtle"),
            condition("a", .in, "x", 1, .real(2.5), .null, .blob(Data([1]))),
            condition("a", .notIn),
            condition("a", .range, 1, 10),
            condition("a", .isnull, 1),
            condition("a", .isnull, 0),
            condition("and", .exact, 1),
            condition("x", .gt, .null),
            condition("x", .exact, "line\nbreak\ttab\r\"quote\" 'single' \\ back"),
            condition("x", .exact, "\u{301}combining after quote"),
            condition("x", .exact, .integer(.min)),
            condition("x", .exact, .integer(.max)),
            condition("x y\u{301}", .exact, "e\u{301}"),
        ]
        for predicate in predicates {
            let text = predicate.lookupText
            #expect(try parsed(text) == predicate, "\(text)")
        }
    }
}
