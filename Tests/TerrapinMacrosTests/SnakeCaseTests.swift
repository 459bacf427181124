import Testing

@testable import TerrapinMacros

@Suite struct SnakeCaseTests {
    @Test(arguments: [
        ("Track", "track"), ("InvoiceLine", "invoice_line"), ("HTTPRequest", "http_request"),
        ("UserID", "user_id"), ("Track2Album", "track2_album"), ("already_snake", "already_snake"),
        ("URLSessionTask", "url_session_task"),
    ])
    func typeNamesBecomeSnakeCaseTableNames(typeName: String, tableName: String) {
        #expect(snakeCased(typeName) == tableName)
    }
}
