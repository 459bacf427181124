import TerrapinCore

/// The Swift ORM code that reads the view on screen (what `c` shows).
enum SwiftCode {
    /// The code for a view as dynamic rows.
    static func describe(_ request: QueryRequest, anchor: PageAnchor = .first, pageSize: Int)
        -> String
    {
        var lines = ["let page = try await database.table(\(literal(request.table.name)))"]
        if let predicate = request.predicate {
            lines.append("    .filter(parsing: \(literal(predicate.lookupText)))")
        }
        if !request.ordering.isEmpty {
            let terms = request.ordering.map { literal($0.description) }.joined(separator: ", ")
            lines.append("    .orderBy(\(terms))")
        }
        switch anchor {
        case .first: lines.append("    .fetchPage(size: \(pageSize))")
        case .after(let position):
            lines.append("    .fetchPage(size: \(pageSize), after: \(positionLiteral(position)))")
        case .before(let position):
            lines.append("    .fetchPage(size: \(pageSize), before: \(positionLiteral(position)))")
        case .last: lines.append("    .fetchPage(size: \(pageSize), before: nil)")
        case .offset(let row): lines.append("    .fetchPage(size: \(pageSize), offset: \(row))")
        }
        return lines.joined(separator: "\n")
    }

    /// A keyset position as a Swift array of `SQLValue`s.
    static func positionLiteral(_ position: [SQLValue]) -> String {
        let values = position.map { value -> String in
            switch value {
            case .null: ".null"
            case .integer(let number): ".integer(\(number))"
            case .real(let number): ".real(\(number))"
            case .text(let text): ".text(\(literal(text)))"
            case .blob(let data): ".blob(Data(\(Array(data.prefix(64)))))"
            case .bool(let flag): ".bool(\(flag))"
            case .timestamp(let date):
                ".timestamp(Date(timeIntervalSince1970: \(date.timeIntervalSince1970)))"
            case .uuid(let uuid): ".uuid(UUID(uuidString: \(literal(uuid.uuidString)))!)"
            }
        }
        return "[" + values.joined(separator: ", ") + "]"
    }

    /// A Swift string literal (raw when the text holds quotes or backslashes).
    static func literal(_ text: String) -> String {
        if text.contains("\"") || text.contains("\\") { return "#\"" + text + "\"#" }
        return "\"" + text + "\""
    }
}
