import Testing

@testable import TerminalUI

@Suite struct ASCIITextTests {
    @Test func printableASCIIIsKeptAsItIs() {
        #expect(ASCIIText.escaped("Balls to the Wall") == "Balls to the Wall")
        #expect(ASCIIText.escaped(#"C:\Users"#) == #"C:\Users"#)
        #expect(ASCIIText.escaped("") == "")
    }

    @Test func cjkAndAccentsBecomeSwiftStyleEscapesOfEachScalar() {
        #expect(ASCIIText.escaped("日本") == #"\u{65E5}\u{672C}"#)
        #expect(ASCIIText.escaped("Café") == #"Caf\u{E9}"#)
        #expect(ASCIIText.escaped("Cafe\u{301}") == #"Cafe\u{301}"#)
        #expect(ASCIIText.escaped("🐢") == #"\u{1F422}"#)
    }

    @Test func lineBreaksTabsAndOtherControlsAreEscapedToo() {
        #expect(ASCIIText.escaped("a\nb") == #"a\nb"#)
        #expect(ASCIIText.escaped("a\r\nb") == #"a\r\nb"#)
        #expect(ASCIIText.escaped("a\tb") == #"a\tb"#)
        #expect(ASCIIText.escaped("\u{1B}[31m") == #"\u{1B}[31m"#)
        #expect(ASCIIText.escaped("\u{7F}") == #"\u{7F}"#)
    }

    @Test func anEscapedTextIsPrintableASCIIAndAsWideAsItIsLong() {
        for text in ["日本語", "👨‍👩‍👧", "Zoë\n☕", "\u{0}\u{202E}x"] {
            let escaped = ASCIIText.escaped(text)
            #expect(ASCIIText.isPrintableASCII(escaped), "\(escaped)")
            #expect(DisplayWidth.of(escaped) == escaped.utf8.count)
        }
    }

    @Test func drawingSymbolsHaveOneCellASCIIStandIns() {
        let pairs: [(Character, Character)] = [
            ("─", "-"), ("│", "|"), ("┌", "+"), ("╯", "+"), ("═", "="), ("║", "|"),
            ("→", ">"), ("←", "<"), ("↑", "^"), ("↓", "v"), ("▼", "v"), ("▲", "^"),
            ("▸", ">"), ("‹", "<"), ("›", ">"), ("–", "-"), ("·", "|"), ("…", "~"),
            ("a", "a"), ("日", "?"), ("∅", "?"),
        ]
        for (symbol, standIn) in pairs {
            #expect(ASCIIText.symbol(for: symbol) == standIn, "\(symbol)")
        }
    }

    @Test func replacingNonASCIIKeepsTheLayoutAndLeavesOnlyASCII() {
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.put("┌─┐", x: 0, y: 0)
        buffer.put("└─┘", x: 0, y: 1)
        buffer.put("日x…", x: 5, y: 0, style: Style(attributes: .bold))
        buffer.replaceNonASCII()
        #expect(buffer.textSnapshot() == "+-+  ??x~\n+-+\n")
        #expect(buffer[5, 0].style.attributes.contains(.bold))
        #expect(buffer[6, 0].style.attributes.contains(.bold))
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                #expect(ASCIIText.isPrintableASCII(buffer[x, y].grapheme), "(\(x), \(y))")
            }
        }
    }
}

@Suite struct DisplayWidthPrefixTests {
    @Test func theStartThatFitsIsKeptAndTheCutIsReported() {
        #expect(DisplayWidth.prefix("hello world", fittingWidth: 5) == ("hello", true))
        #expect(DisplayWidth.prefix("hello", fittingWidth: 5) == ("hello", false))
        #expect(DisplayWidth.prefix("", fittingWidth: 3) == ("", false))
        #expect(DisplayWidth.prefix("abc", fittingWidth: 0) == ("", true))
    }

    @Test func aWideCharacterThatWouldStraddleTheLimitIsLeftOut() {
        #expect(DisplayWidth.prefix("日本語", fittingWidth: 5) == ("日本", true))
        #expect(DisplayWidth.prefix("a👨‍👩‍👧b", fittingWidth: 3) == ("a👨‍👩‍👧", true))
    }

    @Test func aLongTextGivesTheSamePrefixAsItsStart() {
        let long = String(repeating: "abcdefghij日本", count: 100_000)
        let start = String(long.prefix(50))
        #expect(
            DisplayWidth.prefix(long, fittingWidth: 40)
                == DisplayWidth.prefix(start, fittingWidth: 40))
    }
}
