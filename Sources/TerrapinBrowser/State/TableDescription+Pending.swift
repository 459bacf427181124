import TerrapinCore

// Stand-ins until the core's introspection reports these (removed when it does).
extension TableDescription {
    var isStrict: Bool { false }
}

extension ColumnDescription {
    var isGenerated: Bool { false }
}

extension QuerySet {
    /// Stand-in for the core's offset page (removed when it lands).
    func fetchPage(size: Int, offset: Int) async throws -> Page<Record> {
        let rows = try await limit(size + 1).offset(offset).all()
        return Page(
            rows: Array(rows.prefix(size)), firstPosition: nil, lastPosition: nil,
            hasMore: rows.count > size)
    }
}
