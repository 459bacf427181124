import Foundation
import TerrapinCore
import Testing

@Suite struct LookupTextParserTests {
    @Test func theIssueExampleParsesAsAnOrOfAnAndAndACondition() throws {
        let predicate = try parsed(
            #"name__icontains="love song" milliseconds__gt=300000 | genre=Jazz"#)
        #expect(
            predicate
                == .or([
                    .and([
                        condition("name", .icontains, "love song"),
                        condition("milliseconds", .gt, 300_000),
                    ]),
                    condition("genre", .exact, "Jazz"),
                ]))
    }

    @Test func emptyOrBlankTextMeansNoFilter() throws {
        #expect(try parsed("") == nil)
        #expect(try parsed("   \t\n ") == nil)
    }

    @Test func aSingleConditionStaysACondition() throws {
        #expect(try parsed("age=18") == condition("age", .exact, 18))
        #expect(try parsed("  age = 18  ") == condition("age", .exact, 18))
    }

    @Test func andBindsTighterThanOr() throws {
        let a = condition("a", .exact, 1)
        let b = condition("b", .exact, 2)
        let c = condition("c", .exact, 3)
        #expect(try parsed("a=1 b=2 | c=3") == .or([.and([a, b]), c]))
        #expect(try parsed("a=1 | b=2 c=3") == .or([a, .and([b, c])]))
        #expect(try parsed("a=1 & (b=2 | c=3)") == .and([a, .or([b, c])]))
    }

    @Test func chainsAreFlattened() throws {
        let items = [
            condition("a", .exact, 1), condition("b", .exact, 2), condition("c", .exact, 3),
        ]
        #expect(try parsed("a=1 b=2 c=3") == .and(items))
        #expect(try parsed("a=1 & b=2 and c=3") == .and(items))
        #expect(try parsed("a=1 | b=2 or c=3") == .or(items))
        #expect(try parsed("a=1 || b=2 | c=3") == .or(items))
        #expect(try parsed("a=1 && b=2 c=3") == .and(items))
    }

    @Test func parenthesisedGroupsStayNested() throws {
        let a = condition("a", .exact, 1)
        let b = condition("b", .exact, 2)
        let c = condition("c", .exact, 3)
        #expect(try parsed("a=1 (b=2 c=3)") == .and([a, .and([b, c])]))
        #expect(try parsed("((a=1))") == a)
    }

    @Test func keywordsAreCaseInsensitive() throws {
        let a = condition("a", .exact, 1)
        let b = condition("b", .exact, 2)
        #expect(try parsed("a=1 OR b=2") == .or([a, b]))
        #expect(try parsed("a=1 And b=2") == .and([a, b]))
        #expect(try parsed("NOT a=1") == .not(a))
    }

    @Test func aKeywordFollowedByAComparisonIsAFieldName() throws {
        #expect(try parsed("or=1") == condition("or", .exact, 1))
        #expect(
            try parsed("a=1 not = 2")
                == .and([condition("a", .exact, 1), condition("not", .exact, 2)]))
        #expect(try parsed("order=1") == condition("order", .exact, 1))
    }

    @Test func negationsNest() throws {
        let a = condition("a", .exact, 1)
        #expect(try parsed("!a=1") == .not(a))
        #expect(try parsed("~a=1") == .not(a))
        #expect(try parsed("!!a=1") == .not(.not(a)))
        #expect(try parsed("not (a=1 | b=2)") == .not(.or([a, condition("b", .exact, 2)])))
        #expect(try parsed("b=2 !a=1") == .and([condition("b", .exact, 2), .not(a)]))
    }

    @Test func lookupSuffixesSplitOffTheField() throws {
        #expect(try parsed("name__istartswith=b") == condition("name", .istartswith, "b"))
        #expect(try parsed("id__not_in=[1]") == condition("id", .notIn, 1))
        #expect(try parsed("first__name=bob") == condition("first__name", .exact, "bob"))
        #expect(try parsed("name__icontain=x") == condition("name__icontain", .exact, "x"))
    }

    @Test func shortcutsStandForLookups() throws {
        #expect(try parsed("a!=1") == condition("a", .not, 1))
        #expect(try parsed("a>1") == condition("a", .gt, 1))
        #expect(try parsed("a>=1") == condition("a", .gte, 1))
        #expect(try parsed("a<1") == condition("a", .lt, 1))
        #expect(try parsed("a <= 1") == condition("a", .lte, 1))
    }

    @Test func backtickNamesAllowOddColumnNames() throws {
        #expect(
            try parsed("`First Name`__icontains=bob") == condition("First Name", .icontains, "bob"))
        #expect(try parsed("`a``b`=1") == condition("a`b", .exact, 1))
        #expect(try parsed("`name__gt`=1") == condition("name__gt", .exact, 1))
        #expect(try parsed("`número de 🐢`>2") == condition("número de 🐢", .gt, 2))
    }

    @Test func nonASCIILettersWorkInPlainNames() throws {
        #expect(try parsed("città=Roma") == condition("città", .exact, "Roma"))
        #expect(try parsed("名前__contains=太郎") == condition("名前", .contains, "太郎"))
        #expect(try parsed("citta\u{300}=x") == condition("citta\u{300}", .exact, "x"))
    }

    @Test func quotedValuesAreAlwaysText() throws {
        #expect(try parsed(#"a="123""#) == condition("a", .exact, "123"))
        #expect(try parsed("a='null'") == condition("a", .exact, "null"))
        #expect(
            try parsed(#"a="say \"hi\"\n\t\\ it's""#)
                == condition("a", .exact, "say \"hi\"\n\t\\ it's"))
        #expect(try parsed(#"a='it\'s'"#) == condition("a", .exact, "it's"))
        #expect(try parsed(#"a="x | (y)""#) == condition("a", .exact, "x | (y)"))
    }

    @Test func numbersBecomeIntegersOrReals() throws {
        #expect(try parsed("a=-12") == condition("a", .exact, .integer(-12)))
        #expect(try parsed("a=3.5") == condition("a", .exact, .real(3.5)))
        #expect(try parsed("a=1e3") == condition("a", .exact, .real(1000)))
        #expect(try parsed("a=2E-2") == condition("a", .exact, .real(0.02)))
        #expect(try parsed("a=99999999999999999999") == condition("a", .exact, .real(1e20)))
    }

    @Test func keywordValuesBecomeNullAndBooleans() throws {
        #expect(try parsed("a__gt=NULL") == condition("a", .gt, .null))
        #expect(try parsed("a=true") == condition("a", .exact, .integer(1)))
        #expect(try parsed("a=False") == condition("a", .exact, .integer(0)))
    }

    @Test func blobLiteralsBecomeBlobs() throws {
        #expect(try parsed("a=x'0aFF'") == condition("a", .exact, .blob(Data([0x0a, 0xff]))))
        #expect(try parsed("a=X''") == condition("a", .exact, .blob(Data())))
    }

    @Test func otherBareWordsBecomeText() throws {
        #expect(try parsed("a=2024-01-05") == condition("a", .exact, "2024-01-05"))
        #expect(try parsed("a=bob@example.com") == condition("a", .exact, "bob@example.com"))
        #expect(try parsed("a=http://x/y:z") == condition("a", .exact, "http://x/y:z"))
        #expect(try parsed("a=Motörhead") == condition("a", .exact, "Motörhead"))
        #expect(try parsed("a=12abc") == condition("a", .exact, "12abc"))
        #expect(try parsed("a=nullable") == condition("a", .exact, "nullable"))
    }

    @Test func aBareWordEndsAtSpecialCharacters() throws {
        #expect(
            try parsed("a=x|b=y")
                == .or([condition("a", .exact, "x"), condition("b", .exact, "y")]))
        #expect(try parsed("(a=x)") == condition("a", .exact, "x"))
    }

    @Test func listsTakeBracketsOrBareCommas() throws {
        #expect(try parsed("id__in=[1, 2, 3]") == condition("id", .in, 1, 2, 3))
        #expect(try parsed("id__in=1,2,3") == condition("id", .in, 1, 2, 3))
        #expect(try parsed("id__in=[ ]") == condition("id", .in))
        #expect(try parsed(#"name__not_in=["a b",c]"#) == condition("name", .notIn, "a b", "c"))
        #expect(try parsed("age__range=[18, 30]") == condition("age", .range, 18, 30))
        #expect(try parsed("age__range=18,30") == condition("age", .range, 18, 30))
    }

    @Test func aSingleValueForInIsAOneElementList() throws {
        #expect(try parsed("id__in=5") == condition("id", .in, 5))
    }

    @Test func isnullTakesTrueOrFalse() throws {
        #expect(try parsed("a__isnull=true") == condition("a", .isnull, 1))
        #expect(try parsed("a__isnull=0") == condition("a", .isnull, 0))
    }

    @Test func equalityWithNullBecomesIsnull() throws {
        #expect(try parsed("a=null") == condition("a", .isnull, 1))
        #expect(try parsed("a!=null") == condition("a", .isnull, 0))
        #expect(try parsed("a__exact=null") == condition("a", .isnull, 1))
        #expect(try parsed("a__not=NULL") == condition("a", .isnull, 0))
        #expect(try parsed(#"a="null""#) == condition("a", .exact, "null"))
    }

    @Test func conditionsMayTouchWithoutSpaces() throws {
        #expect(
            try parsed(#"a="x"b=1(c=2)"#)
                == .and([
                    condition("a", .exact, "x"), condition("b", .exact, 1),
                    condition("c", .exact, 2),
                ]))
    }
}
