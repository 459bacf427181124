import TerrapinCore

/// The Swift ORM code that reads the view on screen (what `c` shows).
enum SwiftCode {
    /// The code for a view as dynamic rows.
    static func describe(_ request: QueryRequest, pageSize: Int) -> String {
        var lines = ["let page = try await database.table(\(literal(request.table.name)))"]
        if let predicate = request.predicate {
            lines.append("    .filter(parsing: \(literal(predicate.lookupText)))")
        }
        if !request.ordering.isEmpty {
            let terms = request.ordering.map { literal($0.description) }.joined(separator: ", ")
            lines.append("    .orderBy(\(terms))")
        }
        lines.append("    .fetchPage(size: \(pageSize))")
        return lines.joined(separator: "\n")
    }

    /// A Swift string literal (raw when the text holds quotes or backslashes).
    static func literal(_ text: String) -> String {
        if text.contains("\"") || text.contains("\\") { return "#\"" + text + "\"#" }
        return "\"" + text + "\""
    }
}
