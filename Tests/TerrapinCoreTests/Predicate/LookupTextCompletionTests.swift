import TerrapinCore
import Testing

@Suite struct LookupTextCompletionTests {
    /// The completion context with the cursor at the end of `text`.
    private func context(_ text: String) -> LookupCompletionContext {
        QueryPredicate.completionContext(in: text, cursor: text.count)
    }

    @Test func anEmptyFilterCompletesAFieldName() {
        #expect(context("") == LookupCompletionContext(kind: .fieldName, prefix: "", range: 0..<0))
    }

    @Test func aPartialFieldNameIsThePrefix() {
        #expect(
            context("na") == LookupCompletionContext(kind: .fieldName, prefix: "na", range: 0..<2))
        #expect(
            context("genre=Jazz | na")
                == LookupCompletionContext(kind: .fieldName, prefix: "na", range: 13..<15))
        #expect(
            context("a=1 (!ci")
                == LookupCompletionContext(kind: .fieldName, prefix: "ci", range: 6..<8))
    }

    @Test func afterAValueAndASpaceANewFieldStarts() {
        #expect(
            context("a=1 ") == LookupCompletionContext(kind: .fieldName, prefix: "", range: 4..<4))
        #expect(
            context("a=1 or ")
                == LookupCompletionContext(kind: .fieldName, prefix: "", range: 7..<7))
    }

    @Test func aPartialKeywordStillCompletesFieldNames() {
        #expect(context("a=1 or").kind == .fieldName)
        #expect(context("a=1 or").prefix == "or")
    }

    @Test func aBacktickNameCompletesWithoutItsBacktick() {
        #expect(
            context("`First Na")
                == LookupCompletionContext(kind: .fieldName, prefix: "First Na", range: 0..<9))
        #expect(context("`a``b").prefix == "a`b")
    }

    @Test func afterDoubleUnderscoreALookupCompletes() {
        #expect(
            context("name__ico")
                == LookupCompletionContext(
                    kind: .lookupName(field: "name"), prefix: "ico", range: 6..<9))
        #expect(context("name__").kind == .lookupName(field: "name"))
        #expect(
            context("`First Name`__i")
                == LookupCompletionContext(
                    kind: .lookupName(field: "First Name"), prefix: "i", range: 14..<15))
    }

    @Test func aDoubleUnderscoreInsideAFieldNameIsNotALookup() {
        #expect(context("first__na").kind == .fieldName)
        #expect(context("first__na").prefix == "first__na")
    }

    @Test func afterTheComparisonAValueCompletes() {
        #expect(
            context("genre=")
                == LookupCompletionContext(
                    kind: .value(field: "genre", lookup: .exact), prefix: "", range: 6..<6))
        #expect(
            context("genre=Ja")
                == LookupCompletionContext(
                    kind: .value(field: "genre", lookup: .exact), prefix: "Ja", range: 6..<8))
        #expect(
            context(#"name__icontains="love s"#)
                == LookupCompletionContext(
                    kind: .value(field: "name", lookup: .icontains), prefix: "love s",
                    range: 16..<23))
        #expect(context("age >= 1").kind == .value(field: "age", lookup: .gte))
        #expect(context("id__in=[1, 2").kind == .value(field: "id", lookup: .in))
        #expect(context("id__in=[1, 2").prefix == "2")
        #expect(context("id__in=1,").prefix == "")
    }

    @Test func betweenAFieldAndItsComparisonNothingCompletes() {
        #expect(context("name ").kind == .none)
    }

    @Test func theCursorCanBeInTheMiddle() {
        let text = "genre=Jazz | name__icontains=love"
        let context = QueryPredicate.completionContext(in: text, cursor: 3)
        #expect(context == LookupCompletionContext(kind: .fieldName, prefix: "gen", range: 0..<3))
        #expect(QueryPredicate.completionContext(in: text, cursor: 99).prefix == "love")
        #expect(QueryPredicate.completionContext(in: text, cursor: -5).range == 0..<0)
    }

    @Test func nonASCIIOffsetsCountCharacters() {
        #expect(
            context("🐢=1 cit")
                == LookupCompletionContext(kind: .fieldName, prefix: "cit", range: 4..<7))
    }
}
