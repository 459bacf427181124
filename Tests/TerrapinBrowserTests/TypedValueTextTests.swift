import Foundation
import TerrapinCore
import Testing

@testable import TerrapinBrowser

/// Booleans, timestamps and UUIDs (which drivers other than SQLite return) in cells, the
/// editor and the `c` code.
@Suite struct TypedValueTextTests {
    let date = Date(timeIntervalSince1970: 1_700_000_000.25)
    let uuid = UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8") ?? UUID()

    @Test func cellsShowTypedValuesAsTheirText() {
        #expect(CellText.cell(.bool(true), usesASCII: false) == "true")
        #expect(CellText.cell(.timestamp(date), usesASCII: true) == "2023-11-14 22:13:20.250")
        #expect(
            CellText.cell(.uuid(uuid), usesASCII: false, maxWidth: 8) == "6ba7b810…")
        #expect(CellText.editable(.bool(false)) == "false")
        #expect(CellText.editable(.uuid(uuid)) == "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
        #expect(!CellText.isNumeric(.bool(true)))
    }

    @Test func theCodeViewSpellsTypedPositionsAsSwift() {
        #expect(
            SwiftCode.positionLiteral([.bool(true), .timestamp(date), .uuid(uuid)])
                == "[.bool(true), .timestamp(Date(timeIntervalSince1970: 1700000000.25)), "
                + #".uuid(UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8")!)]"#)
    }
}
