import TerrapinCore

extension BrowserState {
    /// Enter in the record view: opens the table `column`'s foreign key refers to, filtered
    /// to the referenced row, or says why there is nothing to follow (and stays).
    mutating func followReference(of column: String, in record: RecordViewState)
        -> [BrowserEffect]
    {
        let problem: String
        switch referenceStatus(of: column, in: record) {
        case .notForeignKey:
            problem = "\(column) is not a foreign key."
        case .null:
            problem = "\(column) is NULL: it refers to no row."
        case .noTable(let referenced):
            problem = "\(column) refers to \(referenced), which this database does not have."
        case .missing(let referenced):
            problem = "\(keyText(of: column, in: record)): no such row in \(referenced)."
        case .loading, .found:
            guard let view = table,
                let request = referenceRequest(for: column, row: record.row, in: view.description)
            else { return [] }
            rememberViewForBack()
            return openTable(request.table, predicate: request.predicate)
        }
        message = StatusMessage(text: problem, isError: false)
        mode = .record(record)
        return []
    }

    /// What is known about the row that `column` of the record's row refers to.
    func referenceStatus(of column: String, in record: RecordViewState) -> ReferenceStatus {
        guard let view = table, let foreignKey = view.description.foreignKey(for: column) else {
            return .notForeignKey
        }
        let referenced = foreignKey.referencedTable
        if foreignKey.columns.contains(where: { record.row[$0]?.isNull ?? true }) {
            return .null(table: referenced)
        }
        guard referenceRequest(for: column, row: record.row, in: view.description) != nil else {
            return .noTable(referenced)
        }
        // The references are keyed by the foreign key's first column (see referenceRequests).
        if let row = foreignKey.columns.first.flatMap({ record.references[$0] }) {
            return .found(table: referenced, row)
        }
        return record.hasLoadedReferences
            ? .missing(table: referenced) : .loading(table: referenced)
    }

    /// The key's columns and values as `AlbumId = 99`, for messages about the referenced row.
    func keyText(of column: String, in record: RecordViewState) -> String {
        let columns = table?.description.foreignKey(for: column)?.columns ?? [column]
        return columns.map { "\($0) = \(record.row[$0]?.description ?? "NULL")" }
            .joined(separator: ", ")
    }
}
