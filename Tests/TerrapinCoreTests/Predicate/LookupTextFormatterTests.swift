import Foundation
import TerrapinCore
import Testing

@Suite struct LookupTextFormatterTests {
    @Test func conditionsAreWrittenInCanonicalForm() {
        #expect(lookupCondition("a", .exact, 1).lookupText == "a=1")
        #expect(lookupCondition("a", .not, "x").lookupText == #"a!="x""#)
        #expect(lookupCondition("a", .gte, .real(2.5)).lookupText == "a__gte=2.5")
        #expect(lookupCondition("a", .in, 1, 2).lookupText == "a__in=[1, 2]")
        #expect(lookupCondition("a", .in).lookupText == "a__in=[]")
        #expect(lookupCondition("a", .isnull, 1).lookupText == "a__isnull=true")
        #expect(lookupCondition("a", .isnull, 0).lookupText == "a__isnull=false")
        #expect(lookupCondition("a", .exact, .blob(Data([0, 255]))).lookupText == "a=x'00ff'")
    }

    @Test func textIsAlwaysQuotedAndEscaped() {
        #expect(lookupCondition("a", .exact, "123").lookupText == #"a="123""#)
        #expect(lookupCondition("a", .exact, "say \"hi\"\n\\").lookupText == #"a="say \"hi\"\n\\""#)
    }

    @Test func oddFieldNamesGetBackticks() {
        #expect(lookupCondition("First Name", .exact, "B").lookupText == #"`First Name`="B""#)
        #expect(lookupCondition("a`b", .gt, 1).lookupText == "`a``b`__gt=1")
        #expect(lookupCondition("name__gt", .exact, 1).lookupText == "`name__gt`=1")
        #expect(lookupCondition("x__", .exact, 1).lookupText == "`x__`=1")
        #expect(lookupCondition("OR", .exact, 1).lookupText == "`OR`=1")
        #expect(lookupCondition("9lives", .exact, 1).lookupText == "`9lives`=1")
        #expect(lookupCondition("città", .exact, 1).lookupText == "città=1")
        #expect(QueryPredicate.lookupTextFieldName("First Name") == "`First Name`")
    }

    @Test func parenthesesAppearOnlyWhereNeeded() {
        let a = lookupCondition("a", .exact, 1)
        let b = lookupCondition("b", .exact, 2)
        let c = lookupCondition("c", .exact, 3)
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
            let predicate = lookupCondition("a", .exact, .real(real))
            #expect(try parsedLookup(predicate.lookupText) == predicate, "\(real)")
        }
        #expect(lookupCondition("a", .gt, .real(.infinity)).lookupText == "a__gt=1e999")
        #expect(try parsedLookup("a__gt=-1e999") == lookupCondition("a", .gt, .real(-.infinity)))
    }

    @Test func handWrittenPredicatesRoundTrip() throws {
        let predicates: [QueryPredicate] = [
            lookupCondition("name", .icontains, "love song"),
            .or([
                .and([
                    lookupCondition("name", .icontains, "love song"),
                    lookupCondition("ms", .gt, 300_000),
                ]),
                lookupCondition("genre", .exact, "Jazz"),
            ]),
            .and([
                .or([lookupCondition("a", .lt, 1), lookupCondition("b", .lte, 2)]),
                .not(lookupCondition("c", .iexact, "x")),
            ]),
            .not(
                .or([lookupCondition("a", .startswith, "x"), lookupCondition("b", .endswith, "y")])),
            .not(.not(lookupCondition("a", .istartswith, ""))),
            .or([
                lookupCondition("a", .exact, 1),
                .or([lookupCondition("b", .exact, 2), lookupCondition("c", .exact, 3)]),
            ]),
            .and([
                lookupCondition("a", .exact, 1),
                .and([lookupCondition("b", .exact, 2)] + [lookupCondition("c", .iendswith, "z")]),
            ]),
            lookupCondition("First Name", .icontains, "bob"),
            lookupCondition("a`b", .exact, "`"),
            lookupCondition("名前", .contains, "🐢 turtle"),
            lookupCondition("a", .in, "x", 1, .real(2.5), .null, .blob(Data([1]))),
            lookupCondition("a", .notIn),
            lookupCondition("a", .range, 1, 10),
            lookupCondition("a", .isnull, 1),
            lookupCondition("a", .isnull, 0),
            lookupCondition("and", .exact, 1),
            lookupCondition("x", .gt, .null),
            lookupCondition("x", .exact, "line\nbreak\ttab\r\"quote\" 'single' \\ back"),
            lookupCondition("x", .exact, "\u{301}combining after quote"),
            lookupCondition("x", .exact, .integer(.min)),
            lookupCondition("x", .exact, .integer(.max)),
            lookupCondition("x y\u{301}", .exact, "e\u{301}"),
        ]
        for predicate in predicates {
            let text = predicate.lookupText
            #expect(try parsedLookup(text) == predicate, "\(text)")
        }
    }
}
