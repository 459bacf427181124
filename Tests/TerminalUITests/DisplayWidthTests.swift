import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiTextTakesOneCellPerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkKanaAndHangulTakeTwoCellsEach() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("ひらがな") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)  // halfwidth katakana stays narrow
    }

    @Test func emojiTakeTwoCellsIncludingSequences() {
        #expect(DisplayWidth.of("🐢") == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧‍👦")) == 2)  // ZWJ family, one grapheme
        #expect(DisplayWidth.of(Character("🇫🇷")) == 2)  // flag
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)  // skin-tone modifier
        #expect(DisplayWidth.of(Character("❤️")) == 2)  // text emoji + VS16
        #expect(DisplayWidth.of(Character("1️⃣")) == 2)  // keycap
        #expect(DisplayWidth.of("a🐢b") == 4)
    }

    @Test func textPresentationSymbolsStayNarrow() {
        #expect(DisplayWidth.of(Character("❤")) == 1)
        #expect(DisplayWidth.of(Character("✓")) == 1)
        #expect(DisplayWidth.of(Character("…")) == 1)
    }

    @Test func combiningMarksJoinersAndSelectorsAloneTakeNoCell() {
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.of(Character("\u{FE0F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    }

    @Test func controlCharactersAreReplacedByVisibleOneCellSymbols() {
        #expect(DisplayWidth.visible("a\tb\nc\u{1B}[0m\r\u{7F}") == "a→b␊c␛[0m␍␡")
        #expect(DisplayWidth.visible(Character("\r\n")) == "␊")
        #expect(DisplayWidth.visible(Character("\u{0}")) == "␀")
        #expect(DisplayWidth.visible(Character("\u{85}")) == "\u{FFFD}")
        #expect(DisplayWidth.visible(Character("\u{202E}")) == "\u{FFFD}")
        #expect(DisplayWidth.of("\t\n\u{1B}") == 3)
        for value in UInt32(0)..<0x20 {
            let scalar = Unicode.Scalar(value)!
            let shown = DisplayWidth.visible(Character(scalar))
            #expect(shown.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        }
    }

    @Test func truncationAddsAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("hello world", toWidth: 8) == "hello w…")
        #expect(DisplayWidth.truncate("hello", toWidth: 5) == "hello")
        #expect(DisplayWidth.truncate("hello", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("hello", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("hello world", toWidth: 8, ellipsis: "...") == "hello...")
        #expect(DisplayWidth.truncate("hello", toWidth: 2, ellipsis: "...") == "he")
    }

    @Test func truncationNeverSplitsAWideCharacterAndPadsInstead() {
        #expect(DisplayWidth.truncate("日本語", toWidth: 4) == "日… ")
        #expect(DisplayWidth.truncate("日本語", toWidth: 5) == "日本…")
        #expect(DisplayWidth.truncate("日本語", toWidth: 2) == "… ")
        #expect(DisplayWidth.truncate("a👨‍👩‍👧b", toWidth: 3) == "a… ")
        for width in 1...7 {
            let cut = DisplayWidth.truncate("日本語テキスト", toWidth: width)
            #expect(DisplayWidth.of(cut) == width)
        }
    }

    @Test func paddingAlignsTextInAnExactWidth() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("日本", toWidth: 6, alignment: .right) == "  日本")
        #expect(DisplayWidth.pad("abcdef", toWidth: 4) == "abc…")
    }
}
