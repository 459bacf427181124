import Testing

@testable import TerminalUI

@Suite struct KeyEventTests {
    @Test func controlBytesMapToNamedKeysAndControlLetters() {
        #expect(KeyEvent.fromControlByte(0x03) == .control("C"))
        #expect(KeyEvent.fromControlByte(0x17) == .control("W"))
        #expect(KeyEvent.fromControlByte(0x09) == .tab)
        #expect(KeyEvent.fromControlByte(0x0D) == .enter)
        #expect(KeyEvent.fromControlByte(0x7F) == .backspace)
        #expect(KeyEvent.fromControlByte(0x08) == .backspace)
        #expect(KeyEvent.fromControlByte(0x1B) == .escape)
        #expect(KeyEvent.fromControlByte(0x61) == nil)
    }

    @Test func keysHaveShortReadableNames() {
        #expect(KeyEvent.control("F").description == "Ctrl-F")
        #expect(KeyEvent.alt("b").description == "Alt-b")
        #expect(KeyEvent.function(5).description == "F5")
        #expect(KeyEvent.character(" ").description == "Space")
        #expect(KeyEvent.character("日").description == "日")
        #expect(KeyEvent.pageDown.description == "PageDown")
    }
}
