import Testing

@testable import TerminalUI

@Suite struct ListViewTests {
    let items = (1...20).map { "item \($0)" }

    @Test func movingDownPastTheBottomScrollsTheSelectionIntoView() {
        var list = ListView(items: items)
        for _ in 0..<6 { list.handle(.down, visibleHeight: 5) }
        #expect(list.selectedIndex == 6)
        #expect(list.offset == 2)
        list.handle(.character("k"), visibleHeight: 5)
        list.handle(.character("k"), visibleHeight: 5)
        #expect(list.selectedIndex == 4)
        #expect(list.offset == 2)  // still visible: no scrolling
        list.handle(.home, visibleHeight: 5)
        #expect(list.offset == 0)
    }

    @Test func pagingAndEndClampToTheList() {
        var list = ListView(items: items)
        list.handle(.pageDown, visibleHeight: 5)
        #expect(list.selectedIndex == 4)
        list.handle(.end, visibleHeight: 5)
        #expect(list.selectedIndex == 19 && list.offset == 15)
        list.handle(.down, visibleHeight: 5)
        #expect(list.selectedIndex == 19)
        list.handle(.control("B"), visibleHeight: 5)
        #expect(list.selectedIndex == 15)
    }

    @Test func theSelectionStaysVisibleWhenTheViewShrinks() {
        var list = ListView(items: items)
        list.select(10, visibleHeight: 20)
        #expect(list.offset == 0)
        #expect(list.visibleOffset(height: 3) == 8)
        var buffer = ScreenBuffer(width: 8, height: 3)
        list.draw(into: &buffer, in: buffer.bounds)
        #expect(buffer.textSnapshot() == "item 9\nitem 10\nitem 11\n")
    }

    @Test func shrinkingTheItemsKeepsTheSelectionValid() {
        var list = ListView(items: items)
        list.select(15, visibleHeight: 5)
        list.items = ["a", "b"]
        #expect(list.selectedIndex == 1)
        #expect(list.visibleOffset(height: 5) == 0)
        list.items = []
        #expect(list.selectedIndex == nil && list.selectedItem == nil)
        let isHandled = list.handle(.enter, visibleHeight: 5)
        #expect(!isHandled)
    }

    @Test func theSelectedRowIsHighlightedAcrossTheFullWidth() {
        var list = ListView(items: ["albums", "日本語のテーブル名"])
        list.handle(.down, visibleHeight: 2)
        var buffer = ScreenBuffer(width: 10, height: 3)
        list.draw(into: &buffer, in: buffer.bounds)
        #expect(buffer.textSnapshot() == "albums\n日本語の…\n\n")
        let highlight = buffer.styleSnapshot { $0.attributes.contains(.reverse) ? "#" : " " }
        #expect(highlight == "\n##########\n\n")
    }
}
