import TerrapinCore
import Testing

@testable import TerrapinCommandLine

@Suite struct FilterErrorPointerTests {
    @Test func pointsAtTheColumnWhereParsingStopped() {
        let error = LookupSyntaxError(
            input: "name__icontains=", position: 16, expected: "a value after '='",
            found: "end of input")
        #expect(
            FilterErrorPointer.lines(for: error)
                == "  name__icontains=\n                  ^ expected a value after '='\n")
    }

    @Test func countsWideCharactersAsTwoCells() {
        let error = LookupSyntaxError(input: "名前=(", position: 4, expected: "x", found: "y")
        let lines = FilterErrorPointer.lines(for: error).split(separator: "\n")
        // Two cells of indent, then 名 and 前 (two cells each), = and ( (one each).
        #expect(lines[1] == "        ^ expected x")
    }

    @Test func realParseErrorsCarryAPosition() {
        #expect(throws: LookupSyntaxError.self) {
            _ = try QueryPredicate.parse(lookupText: "name__icontains=\"open")
        }
    }
}
