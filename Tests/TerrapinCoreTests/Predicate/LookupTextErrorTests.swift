import TerrapinCore
import Testing

@Suite struct LookupTextErrorTests {
    /// Checks where parsing `text` fails and what the error says.
    private func expectError(
        _ text: String, at position: Int, expected: String, found: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let error = lookupSyntaxError(text)
        #expect(
            error
                == LookupSyntaxError(
                    input: text, position: position, expected: expected, found: found),
            sourceLocation: sourceLocation)
    }

    @Test func aMissingValueIsReportedAtTheEnd() {
        expectError("name=", at: 5, expected: "a value after '='", found: "end of input")
        expectError("a=1 b>= ", at: 8, expected: "a value after '>='", found: "end of input")
        expectError("a= |b=1", at: 3, expected: "a value after '='", found: "'|'")
    }

    @Test func anUnclosedParenthesisNamesItsColumn() {
        expectError(
            "a=1 (b=2 | c=3", at: 14, expected: "')' to close the '(' at column 5",
            found: "end of input")
    }

    @Test func aStrayClosingParenthesisIsReported() {
        expectError(
            "a=1)", at: 3, expected: "the end of the filter (no '(' is open)", found: "')'")
    }

    @Test func emptyParenthesesAreReported() {
        expectError("()", at: 1, expected: "a condition after '('", found: "')'")
    }

    @Test func danglingOperatorsAreReported() {
        expectError("a=1 |", at: 5, expected: "a condition after '|'", found: "end of input")
        expectError("a=1 & ", at: 6, expected: "a condition after '&'", found: "end of input")
        expectError("a=1 or", at: 6, expected: "a condition after 'or'", found: "end of input")
        expectError("!", at: 1, expected: "a condition after '!'", found: "end of input")
        expectError("| a=1", at: 0, expected: "a field name", found: "'|'")
    }

    @Test func aMissingComparisonIsReported() {
        expectError(
            "name__icontains", at: 15,
            expected: "a comparison such as '=' or '>=' after 'name__icontains'",
            found: "end of input")
        expectError(
            #"name "bob""#, at: 5, expected: "a comparison such as '=' or '>=' after 'name'",
            found: "a quoted text")
    }

    @Test func aTrailingDoubleUnderscoreNeedsALookup() {
        expectError(
            "name__=1", at: 6, expected: "a lookup such as 'icontains' or 'gt' after '__'",
            found: "'='")
    }

    @Test func aLookupWithoutAFieldIsReported() {
        expectError("__gt=1", at: 0, expected: "a field name before '__gt'", found: "'__gt'")
    }

    @Test func shortcutsCannotFollowALookupSuffix() {
        expectError("age__gt>=3", at: 7, expected: "'=' after the lookup '__gt'", found: "'>='")
    }

    @Test func unterminatedQuotesAreReportedAtTheEnd() {
        expectError(
            #"a="abc"#, at: 6, expected: #"'"' to close the text started at column 3"#,
            found: "end of input")
        expectError(
            "`First Name=1", at: 13,
            expected: "'`' to close the field name started at column 1", found: "end of input")
    }

    @Test func unknownEscapesAreReported() {
        expectError(
            #"a="\q""#, at: 3, expected: #"an escape such as \" \' \\ \n \t or \r"#,
            found: #"'\q'"#)
    }

    @Test func rangeNeedsExactlyTwoValues() {
        expectError(
            "age__range=[1, 2, 3]", at: 11, expected: "2 values for range, as [low, high]",
            found: "a list of 3 values")
        expectError(
            "age__range=5", at: 11, expected: "2 values for range, as [low, high]",
            found: "the value 5")
    }

    @Test func aListNeedsAListLookup() {
        expectError(
            "a=1,2", at: 2, expected: "a single value for 'exact' (a list needs __in or __not_in)",
            found: "a list of 2 values")
    }

    @Test func isnullNeedsABoolean() {
        expectError(
            "a__isnull=yes", at: 10, expected: "true or false for isnull",
            found: "the text \"yes\"")
    }

    @Test func badListsAreReported() {
        expectError(
            "id__in=[1 2]", at: 10, expected: "',' or ']' to close the '[' at column 8",
            found: "'2'")
        expectError("id__in=[1,]", at: 10, expected: "a value after ','", found: "']'")
        expectError("id__in=1,", at: 9, expected: "a value after ','", found: "end of input")
    }

    @Test func badBlobsAreReported() {
        expectError(
            "a=x'abc'", at: 7, expected: "an even number of hex digits in the blob",
            found: "an odd number")
        expectError("a=x'zz'", at: 4, expected: "a hex digit in the blob", found: "the word 'zz'")
    }

    @Test func unknownBacktickLookupsAreReported() {
        expectError(
            "`a b`__icontain=x", at: 7, expected: "a lookup such as 'icontains' or 'gt' after '__'",
            found: "the word 'icontain'")
    }

    @Test func positionsCountCharactersNotBytes() {
        expectError("città=🐢 (", at: 9, expected: "a condition after '('", found: "end of input")
        expectError("`👩‍👩‍👧`=1 |", at: 7, expected: "a condition after '|'", found: "end of input")
    }

    @Test func deepNestingIsRefusedRatherThanOverflowingTheStack() {
        let text = String(repeating: "(", count: 10_000) + "a=1"
        let error = lookupSyntaxError(text)
        #expect(error?.position == 200)
        #expect(lookupSyntaxError(String(repeating: "!", count: 10_000) + "a=1") != nil)
    }

    @Test func theDescriptionReadsAsASentence() {
        #expect(
            lookupSyntaxError("name=")?.description
                == "Lookup syntax error at column 6: expected a value after '=', "
                + "found end of input.")
    }
}
