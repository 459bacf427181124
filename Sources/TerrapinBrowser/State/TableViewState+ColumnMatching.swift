import TerrapinCore

extension TableViewState {
    /// The column a typed name refers to: the exact spelling first, then as the table's
    /// driver matches identifiers (``TableDescription/identifierMatching``: ignoring ASCII
    /// case on SQLite, so `sid` finds a column `SID`; exact on PostgreSQL, which Terrapin
    /// always quotes).
    ///
    /// All of the browser's name matching goes through here.
    ///
    /// - Parameter name: The name as typed.
    /// - Returns: The column's real spelling, or why no single column has that name.
    func resolveColumn(_ name: String) -> Result<String, FilterError> {
        let names = filterableColumnNames
        if names.contains(name) { return .success(name) }
        let matches = names.filter { description.identifierMatching.matches(name, $0) }
        switch matches.count {
        case 1:
            return .success(matches[0])
        case 0:
            return .failure(
                FilterError(
                    message: "No column \"\(name)\" in \(description.name). "
                        + "Columns: \(names.joined(separator: ", "))."))
        default:
            return .failure(
                FilterError(
                    message: "\"\(name)\" names several columns of \(description.name) "
                        + "(\(matches.joined(separator: ", "))): write it as one of them."))
        }
    }

    /// `name` with ASCII letters lowercased and everything else kept, as SQLite folds
    /// identifiers (it does not fold non-ASCII letters); Tab completion matches typed
    /// prefixes with it on every backend.
    static func foldingASCIICase(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    ("A"..."Z").contains(scalar)
                        ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                }))
    }
}
