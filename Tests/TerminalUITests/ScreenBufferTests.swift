import Testing

@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func putWritesTextAndReturnsTheColumnsUsed() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        #expect(buffer.put("hi 日本", x: 1, y: 0) == 7)
        #expect(buffer.textSnapshot() == " hi 日本\n\n")
        #expect(buffer[4, 0].grapheme == "日")
        #expect(buffer[5, 0].isContinuation)
    }

    @Test func putClipsAtTheRightEdgeAndAtMaxWidth() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("abcdefgh", x: 2, y: 0) == 3)
        #expect(buffer.textSnapshot() == "  abc\n")
        var limited = ScreenBuffer(width: 10, height: 1)
        #expect(limited.put("abcdefgh", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(limited.textSnapshot() == " abc\n")
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = ScreenBuffer(width: 5, height: 1, fill: Cell("."))
        #expect(buffer.put("ab日", x: 2, y: 0) == 3)
        #expect(buffer.textSnapshot() == "..ab\n")
        #expect(buffer[4, 0] == Cell(" "))
        var limited = ScreenBuffer(width: 6, height: 1, fill: Cell("."))
        #expect(limited.put("日本", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(limited.textSnapshot() == "日 ...\n")
    }

    @Test func textLeftOfTheBufferIsClippedWithoutHalfCharacters() {
        var buffer = ScreenBuffer(width: 6, height: 1, fill: Cell("."))
        buffer.put("ab日c", x: -3, y: 0)
        #expect(buffer.textSnapshot() == " c....\n")
        var outside = ScreenBuffer(width: 3, height: 1)
        #expect(outside.put("abc", x: 0, y: 5) == 0)
        #expect(outside.put("abc", x: 0, y: -1) == 0)
        #expect(outside.textSnapshot() == "\n")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("日本語", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 日
        buffer.put("y", x: 2, y: 0)  // left half of 本
        #expect(buffer.textSnapshot() == " xy 語\n")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func controlCharactersAreStoredAsVisibleSymbols() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("a\tb\u{1B}\n", x: 0, y: 0)
        #expect(buffer.textSnapshot() == "a→b␛␊\n")
    }

    @Test func fillPaintsAClippedRectangle() {
        var buffer = ScreenBuffer(width: 4, height: 3, fill: Cell("."))
        let red = Style(background: .red)
        buffer.fill(Rect(x: 2, y: 1, width: 5, height: 5), style: red)
        #expect(buffer.textSnapshot() == "....\n..\n..\n")
        let styles = buffer.styleSnapshot { $0 == red ? "r" : " " }
        #expect(styles == "\n  rr\n  rr\n")
    }

    @Test func rectHelpersInsetIntersectAndCenter() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 6)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 4))
        #expect(rect.inset(by: 4).isEmpty)
        #expect(
            rect.intersection(Rect(x: 8, y: 5, width: 5, height: 5))
                == Rect(x: 8, y: 5, width: 2, height: 1))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 3, y: 2, width: 4, height: 2))
        #expect(rect.centered(width: 40, height: 2) == Rect(x: 0, y: 2, width: 10, height: 2))
    }
}
