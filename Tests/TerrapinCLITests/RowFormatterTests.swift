import Foundation
import TerrapinCore
import Testing

@testable import TerrapinCommandLine

/// Runs a formatter over rows the way the query command does.
func render(_ formatter: some RowFormatter, _ rows: [[SQLValue]]) -> String {
    var formatter = formatter
    var output = formatter.start()
    for row in rows { output += formatter.format(row) }
    return output + formatter.finish()
}

@Suite struct CSVFormatterTests {
    @Test func writesAHeaderAndPlainValues() {
        let text = render(
            CSVFormatter(columns: ["id", "name", "price"]),
            [[1, "Intro", 0.99], [2, "Outro", 1.5]])
        #expect(text == "id,name,price\n1,Intro,0.99\n2,Outro,1.5\n")
    }

    @Test func quotesCommasQuotesAndNewlinesAsRFC4180Says() {
        let text = render(
            CSVFormatter(columns: ["a"]),
            [["x,y"], ["say \"hi\""], ["two\nlines"], ["cr\rhere"], [" padded "]])
        #expect(
            text == "a\n\"x,y\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"cr\rhere\"\n\" padded \"\n")
    }

    @Test func nullIsEmptyButEmptyTextIsQuoted() {
        let text = render(CSVFormatter(columns: ["a", "b"]), [[nil, ""]])
        #expect(text == "a,b\n,\"\"\n")
    }

    @Test func blobsAreHexAndWideTextIsUntouched() {
        let text = render(
            CSVFormatter(columns: ["data", "name"]), [[.blob(Data([0xca, 0xfe, 0x01])), "東京🎸"]])
        #expect(text == "data,name\ncafe01,東京🎸\n")
    }

    @Test func headerNamesAreQuotedWhenNeeded() {
        #expect(CSVFormatter(columns: ["First, Name", "x"]).start() == "\"First, Name\",x\n")
    }
}

@Suite struct JSONFormatterTests {
    @Test func writesAnArrayOfObjectsWithTypedValues() throws {
        let text = render(
            JSONFormatter(columns: ["id", "name", "price", "note", "data"]),
            [[1, "Intro", 0.99, nil, .blob(Data([0xca, 0xfe]))]])
        #expect(
            text
                == "[\n{\"id\":1,\"name\":\"Intro\",\"price\":0.99,\"note\":null,\"data\":\"yv4=\"}\n]\n"
        )
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 1)
        #expect(parsed[0]["id"] as? Int == 1)
        #expect(parsed[0]["note"] is NSNull)
        #expect(Data(base64Encoded: parsed[0]["data"] as? String ?? "") == Data([0xca, 0xfe]))
    }

    @Test func escapesQuotesBackslashesAndControlsButKeepsUnicode() throws {
        let text = render(
            JSONFormatter(columns: ["t"]), [["a \"q\" \\ b\nc\td\u{1}"], ["東京 🎸 Café"]])
        #expect(text.contains(#""a \"q\" \\ b\nc\td\u0001""#))
        #expect(text.contains("\"東京 🎸 Café\""))
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
        #expect(parsed[0]["t"] == "a \"q\" \\ b\nc\td\u{1}")
        #expect(parsed[1]["t"] == "東京 🎸 Café")
    }

    @Test func emptyResultsAreAnEmptyArray() throws {
        let text = render(JSONFormatter(columns: ["a"]), [])
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any]
        #expect(parsed?.isEmpty == true)
    }

    @Test func nonFiniteRealsBecomeNull() {
        #expect(JSONFormatter.value(.real(.infinity)) == "null")
        #expect(JSONFormatter.value(.real(.nan)) == "null")
        #expect(JSONFormatter.value(.integer(Int64.min)) == "-9223372036854775808")
    }
}

@Suite struct TableFormatterTests {
    @Test func alignsColumnsWithNullAndANumberAlignedRight() {
        let text = render(
            TableFormatter(columns: ["id", "name", "composer"]),
            [[1, "Intro", nil], [22, "A longer name", "Bach"]])
        #expect(
            text == """
                id | name          | composer
                ---+---------------+---------
                 1 | Intro         | NULL
                22 | A longer name | Bach
                (2 rows)

                """)
    }

    @Test func measuresWideCharactersInCells() {
        let text = render(TableFormatter(columns: ["name", "n"]), [["東京", 1], ["ab", 2]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "name | n")
        #expect(lines[2] == "東京 | 1")
        #expect(lines[3] == "ab   | 2")
    }

    @Test func cutsLongValuesAndShowsNewlinesAndBlobsVisibly() {
        let text = render(
            TableFormatter(columns: ["t", "b"], maximumWidth: 8),
            [["first line\nsecond line", .blob(Data([0xff, 0x00]))]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[2] == "first l… | ff00")
    }

    @Test func rowsAfterTheSampleStreamWithTheSampledWidths() {
        var formatter = TableFormatter(columns: ["v"], sampleSize: 2, maximumWidth: 10)
        #expect(formatter.format(["aa"]) == "")
        let header = formatter.format(["b"])
        #expect(header == "v\n--\naa\nb\n")
        #expect(formatter.format(["much longer"]) == "m…\n")
        #expect(formatter.finish() == "(3 rows)\n")
    }

    @Test func emptyResultsStillShowTheHeader() {
        #expect(render(TableFormatter(columns: ["a"]), []) == "a\n-\n(0 rows)\n")
    }
}
