import Foundation
import TerrapinCore
import Testing

@Suite struct LookupTextParserTests {
    @Test func theIssueExampleParsesAsAnOrOfAnAndAndACondition() throws {
        let predicate = try parsedLookup(
            #"name__icontains="love song" milliseconds__gt=300000 | genre=Jazz"#)
        #expect(
            predicate
                == .or([
                    .and([
                        lookupCondition("name", .icontains, "love song"),
                        lookupCondition("milliseconds", .gt, 300_000),
                    ]),
                    lookupCondition("genre", .exact, "Jazz"),
                ]))
    }

    @Test func emptyOrBlankTextMeansNoFilter() throws {
        #expect(try parsedLookup("") == nil)
        #expect(try parsedLookup("   \t\n ") == nil)
    }

    @Test func aSingleConditionStaysACondition() throws {
        #expect(try parsedLookup("age=18") == lookupCondition("age", .exact, 18))
        #expect(try parsedLookup("  age = 18  ") == lookupCondition("age", .exact, 18))
    }

    @Test func andBindsTighterThanOr() throws {
        let a = lookupCondition("a", .exact, 1)
        let b = lookupCondition("b", .exact, 2)
        let c = lookupCondition("c", .exact, 3)
        #expect(try parsedLookup("a=1 b=2 | c=3") == .or([.and([a, b]), c]))
        #expect(try parsedLookup("a=1 | b=2 c=3") == .or([a, .and([b, c])]))
        #expect(try parsedLookup("a=1 & (b=2 | c=3)") == .and([a, .or([b, c])]))
    }

    @Test func chainsAreFlattened() throws {
        let items = [
            lookupCondition("a", .exact, 1), lookupCondition("b", .exact, 2),
            lookupCondition("c", .exact, 3),
        ]
        #expect(try parsedLookup("a=1 b=2 c=3") == .and(items))
        #expect(try parsedLookup("a=1 & b=2 and c=3") == .and(items))
        #expect(try parsedLookup("a=1 | b=2 or c=3") == .or(items))
        #expect(try parsedLookup("a=1 || b=2 | c=3") == .or(items))
        #expect(try parsedLookup("a=1 && b=2 c=3") == .and(items))
    }

    @Test func parenthesisedGroupsStayNested() throws {
        let a = lookupCondition("a", .exact, 1)
        let b = lookupCondition("b", .exact, 2)
        let c = lookupCondition("c", .exact, 3)
        #expect(try parsedLookup("a=1 (b=2 c=3)") == .and([a, .and([b, c])]))
        #expect(try parsedLookup("((a=1))") == a)
    }

    @Test func keywordsAreCaseInsensitive() throws {
        let a = lookupCondition("a", .exact, 1)
        let b = lookupCondition("b", .exact, 2)
        #expect(try parsedLookup("a=1 OR b=2") == .or([a, b]))
        #expect(try parsedLookup("a=1 And b=2") == .and([a, b]))
        #expect(try parsedLookup("NOT a=1") == .not(a))
    }

    @Test func aKeywordFollowedByAComparisonIsAFieldName() throws {
        #expect(try parsedLookup("or=1") == lookupCondition("or", .exact, 1))
        #expect(
            try parsedLookup("a=1 not = 2")
                == .and([lookupCondition("a", .exact, 1), lookupCondition("not", .exact, 2)]))
        #expect(try parsedLookup("order=1") == lookupCondition("order", .exact, 1))
    }

    @Test func negationsNest() throws {
        let a = lookupCondition("a", .exact, 1)
        #expect(try parsedLookup("!a=1") == .not(a))
        #expect(try parsedLookup("~a=1") == .not(a))
        #expect(try parsedLookup("!!a=1") == .not(.not(a)))
        #expect(
            try parsedLookup("not (a=1 | b=2)") == .not(.or([a, lookupCondition("b", .exact, 2)])))
        #expect(try parsedLookup("b=2 !a=1") == .and([lookupCondition("b", .exact, 2), .not(a)]))
    }

    @Test func lookupSuffixesSplitOffTheField() throws {
        #expect(
            try parsedLookup("name__istartswith=b") == lookupCondition("name", .istartswith, "b"))
        #expect(try parsedLookup("id__not_in=[1]") == lookupCondition("id", .notIn, 1))
        #expect(
            try parsedLookup("first__name=bob") == lookupCondition("first__name", .exact, "bob"))
        #expect(
            try parsedLookup("name__icontain=x") == lookupCondition("name__icontain", .exact, "x"))
    }

    @Test func shortcutsStandForLookups() throws {
        #expect(try parsedLookup("a!=1") == lookupCondition("a", .not, 1))
        #expect(try parsedLookup("a>1") == lookupCondition("a", .gt, 1))
        #expect(try parsedLookup("a>=1") == lookupCondition("a", .gte, 1))
        #expect(try parsedLookup("a<1") == lookupCondition("a", .lt, 1))
        #expect(try parsedLookup("a <= 1") == lookupCondition("a", .lte, 1))
    }

    @Test func backtickNamesAllowOddColumnNames() throws {
        #expect(
            try parsedLookup("`First Name`__icontains=bob")
                == lookupCondition("First Name", .icontains, "bob"))
        #expect(try parsedLookup("`a``b`=1") == lookupCondition("a`b", .exact, 1))
        #expect(try parsedLookup("`name__gt`=1") == lookupCondition("name__gt", .exact, 1))
        #expect(try parsedLookup("`número de 🐢`>2") == lookupCondition("número de 🐢", .gt, 2))
    }

    @Test func nonASCIILettersWorkInPlainNames() throws {
        #expect(try parsedLookup("città=Roma") == lookupCondition("città", .exact, "Roma"))
        #expect(try parsedLookup("名前__contains=太郎") == lookupCondition("名前", .contains, "太郎"))
        #expect(try parsedLookup("citta\u{300}=x") == lookupCondition("citta\u{300}", .exact, "x"))
    }

    @Test func quotedValuesAreAlwaysText() throws {
        #expect(try parsedLookup(#"a="123""#) == lookupCondition("a", .exact, "123"))
        #expect(try parsedLookup("a='null'") == lookupCondition("a", .exact, "null"))
        #expect(
            try parsedLookup(#"a="say \"hi\"\n\t\\ it's""#)
                == lookupCondition("a", .exact, "say \"hi\"\n\t\\ it's"))
        #expect(try parsedLookup(#"a='it\'s'"#) == lookupCondition("a", .exact, "it's"))
        #expect(try parsedLookup(#"a="x | (y)""#) == lookupCondition("a", .exact, "x | (y)"))
    }

    @Test func numbersBecomeIntegersOrReals() throws {
        #expect(try parsedLookup("a=-12") == lookupCondition("a", .exact, .integer(-12)))
        #expect(try parsedLookup("a=3.5") == lookupCondition("a", .exact, .real(3.5)))
        #expect(try parsedLookup("a=1e3") == lookupCondition("a", .exact, .real(1000)))
        #expect(try parsedLookup("a=2E-2") == lookupCondition("a", .exact, .real(0.02)))
        #expect(
            try parsedLookup("a=99999999999999999999") == lookupCondition("a", .exact, .real(1e20)))
    }

    @Test func keywordValuesBecomeNullAndBooleans() throws {
        #expect(try parsedLookup("a__gt=NULL") == lookupCondition("a", .gt, .null))
        #expect(try parsedLookup("a=true") == lookupCondition("a", .exact, .bool(true)))
        #expect(try parsedLookup("a=False") == lookupCondition("a", .exact, .bool(false)))
    }

    @Test func blobLiteralsBecomeBlobs() throws {
        #expect(
            try parsedLookup("a=x'0aFF'")
                == lookupCondition("a", .exact, .blob(Data([0x0a, 0xff]))))
        #expect(try parsedLookup("a=X''") == lookupCondition("a", .exact, .blob(Data())))
    }

    @Test func otherBareWordsBecomeText() throws {
        #expect(try parsedLookup("a=2024-01-05") == lookupCondition("a", .exact, "2024-01-05"))
        #expect(
            try parsedLookup("a=bob@example.com") == lookupCondition("a", .exact, "bob@example.com")
        )
        #expect(try parsedLookup("a=http://x/y:z") == lookupCondition("a", .exact, "http://x/y:z"))
        #expect(try parsedLookup("a=Motörhead") == lookupCondition("a", .exact, "Motörhead"))
        #expect(try parsedLookup("a=12abc") == lookupCondition("a", .exact, "12abc"))
        #expect(try parsedLookup("a=nullable") == lookupCondition("a", .exact, "nullable"))
    }

    @Test func aBareWordEndsAtSpecialCharacters() throws {
        #expect(
            try parsedLookup("a=x|b=y")
                == .or([lookupCondition("a", .exact, "x"), lookupCondition("b", .exact, "y")]))
        #expect(try parsedLookup("(a=x)") == lookupCondition("a", .exact, "x"))
    }

    @Test func listsTakeBracketsOrBareCommas() throws {
        #expect(try parsedLookup("id__in=[1, 2, 3]") == lookupCondition("id", .in, 1, 2, 3))
        #expect(try parsedLookup("id__in=1,2,3") == lookupCondition("id", .in, 1, 2, 3))
        #expect(try parsedLookup("id__in=[ ]") == lookupCondition("id", .in))
        #expect(
            try parsedLookup(#"name__not_in=["a b",c]"#)
                == lookupCondition("name", .notIn, "a b", "c"))
        #expect(try parsedLookup("age__range=[18, 30]") == lookupCondition("age", .range, 18, 30))
        #expect(try parsedLookup("age__range=18,30") == lookupCondition("age", .range, 18, 30))
    }

    @Test func aSingleValueForInIsAOneElementList() throws {
        #expect(try parsedLookup("id__in=5") == lookupCondition("id", .in, 5))
    }

    @Test func isnullTakesTrueOrFalse() throws {
        #expect(try parsedLookup("a__isnull=true") == lookupCondition("a", .isnull, 1))
        #expect(try parsedLookup("a__isnull=0") == lookupCondition("a", .isnull, 0))
    }

    @Test func equalityWithNullBecomesIsnull() throws {
        #expect(try parsedLookup("a=null") == lookupCondition("a", .isnull, 1))
        #expect(try parsedLookup("a!=null") == lookupCondition("a", .isnull, 0))
        #expect(try parsedLookup("a__exact=null") == lookupCondition("a", .isnull, 1))
        #expect(try parsedLookup("a__not=NULL") == lookupCondition("a", .isnull, 0))
        #expect(try parsedLookup(#"a="null""#) == lookupCondition("a", .exact, "null"))
    }

    @Test func conditionsMayTouchWithoutSpaces() throws {
        #expect(
            try parsedLookup(#"a="x"b=1(c=2)"#)
                == .and([
                    lookupCondition("a", .exact, "x"), lookupCondition("b", .exact, 1),
                    lookupCondition("c", .exact, 2),
                ]))
    }
}
