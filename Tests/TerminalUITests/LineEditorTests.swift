import Testing

@testable import TerminalUI

@Suite struct LineEditorTests {
    /// An editor with `text` and the cursor at `cursor`.
    func editor(_ text: String, cursor: Int? = nil) -> LineEditor {
        var editor = LineEditor(text: text)
        if let cursor { editor.moveCursor(to: cursor) }
        return editor
    }

    @Test func typingInsertsAtTheCursorInTheMiddle() {
        var line = editor("helo", cursor: 3)
        let isHandled = line.handle(.character("l"))
        #expect(isHandled)
        #expect(line.text == "hello")
        #expect(line.cursor == 4)
    }

    @Test func backspaceAndDeleteRemoveAroundTheCursor() {
        var line = editor("abcd", cursor: 2)
        line.handle(.backspace)
        #expect(line.text == "acd" && line.cursor == 1)
        line.handle(.delete)
        #expect(line.text == "ad" && line.cursor == 1)
        line.handle(.home)
        let isHandled = line.handle(.backspace)
        #expect(isHandled)  // handled even though nothing changes
        #expect(line.text == "ad")
    }

    @Test func homeEndAndTheirControlKeysJumpToTheEnds() {
        var line = editor("name", cursor: 2)
        line.handle(.home)
        #expect(line.cursor == 0)
        line.handle(.end)
        #expect(line.cursor == 4)
        line.handle(.control("A"))
        #expect(line.cursor == 0)
        line.handle(.control("E"))
        #expect(line.cursor == 4)
    }

    @Test func controlUClearsToTheStartAndControlKToTheEnd() {
        var line = editor("select * from", cursor: 7)
        line.handle(.control("U"))
        #expect(line.text == "* from" && line.cursor == 0)
        var tail = editor("select * from", cursor: 6)
        tail.handle(.control("K"))
        #expect(tail.text == "select" && tail.cursor == 6)
    }

    @Test func controlWDeletesThePreviousWordAndTrailingSpaces() {
        var line = editor("name__icontains=bob age  ")
        line.handle(.control("W"))
        #expect(line.text == "name__icontains=bob ")
        line.handle(.control("W"))
        #expect(line.text == "")
        var middle = editor("one two three", cursor: 7)
        middle.handle(.control("W"))
        #expect(middle.text == "one  three" && middle.cursor == 4)
    }

    @Test func altKeysMoveAndDeleteByWord() {
        var line = editor("name__gte=18 age")
        line.handle(.alt("b"))
        #expect(line.cursor == 13)
        line.handle(.alt("b"))
        #expect(line.cursor == 10)
        line.handle(.controlLeft)
        #expect(line.cursor == 0)
        line.handle(.alt("f"))
        #expect(line.cursor == 9)
        line.handle(.alt("d"))
        #expect(line.text == "name__gte age")
    }

    @Test func wideCharactersAreEditedAsOneCharacter() {
        var line = editor("日本語🐢")
        line.handle(.backspace)
        #expect(line.text == "日本語")
        line.handle(.left)
        line.handle(.character("の"))
        #expect(line.text == "日本の語")
        #expect(line.layout(width: 20).cursorColumn == 6)
    }

    @Test func unrelatedKeysAreLeftToTheCaller() {
        var line = editor("x")
        let results = [KeyEvent.enter, .escape, .control("F"), .tab].map { line.handle($0) }
        #expect(results == [false, false, false, false])
        #expect(line.text == "x")
    }

    @Test func replaceRangeSubstitutesACompletion() {
        var line = editor("tra where", cursor: 3)
        line.replaceRange(0..<3, with: "tracks")
        #expect(line.text == "tracks where")
        #expect(line.cursor == 6)
    }

    @Test func shortTextIsShownWhole() {
        let layout = editor("abc", cursor: 1).layout(width: 10)
        #expect(layout.visibleText == "abc")
        #expect(layout.cursorColumn == 1)
        #expect(!layout.isClippedLeft && !layout.isClippedRight)
    }

    @Test func longTextScrollsHorizontallyToKeepTheCursorVisible() {
        var line = editor("abcdefghij")
        var layout = line.layout(width: 5)
        #expect(layout.visibleText == "ghij")
        #expect(layout.cursorColumn == 4)
        #expect(layout.isClippedLeft)
        line.scrollToCursor(width: 5)
        line.handle(.left)
        line.handle(.left)
        line.scrollToCursor(width: 5)
        layout = line.layout(width: 5)
        // The cell kept free for the cursor past the end is reused to show one more character.
        #expect(layout.visibleText == "fghij")
        #expect(layout.cursorColumn == 3)
        line.handle(.left)
        layout = line.layout(width: 5)
        #expect(layout.visibleText == "fghij")  // no jump while the cursor stays in view
        #expect(layout.cursorColumn == 2)
        line.handle(.home)
        layout = line.layout(width: 5)
        #expect(layout.visibleText == "abcde")
        #expect(layout.cursorColumn == 0)
        #expect(layout.isClippedRight)
    }

    @Test func scrollingNeverSplitsWideCharacters() {
        var line = editor("日本語テキスト")
        let atEnd = line.layout(width: 7)
        #expect(atEnd.visibleText == "キスト")
        #expect(atEnd.cursorColumn == 6)
        line.handle(.home)
        let atStart = line.layout(width: 7)
        #expect(atStart.visibleText == "日本語")
        #expect(DisplayWidth.of(atStart.visibleText) <= 7)
    }
}
