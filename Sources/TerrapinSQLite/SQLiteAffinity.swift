/// SQLite's type affinity: how a column of a table that is not `STRICT` converts the values
/// it is given, decided from the declared type by the rules of
/// [Datatypes In SQLite, 3.1](https://sqlite.org/datatype3.html#determination_of_column_affinity),
/// in this order.
///
/// A column of any affinity still stores a value it cannot convert as it is (text `'abc'` in
/// an `INTEGER` column stays text).
public enum SQLiteAffinity: String, Sendable, Hashable, CaseIterable {
    /// The declared type contains `INT`: numeric text becomes an integer.
    case integer
    /// It contains `CHAR`, `CLOB` or `TEXT`: numbers become text.
    case text
    /// It contains `BLOB`, or there is none: values are stored as given.
    case blob
    /// It contains `REAL`, `FLOA` or `DOUB`: numbers become reals.
    case real
    /// Anything else (`NUMERIC`, `DECIMAL`, `BOOLEAN`, `DATE`, `JSON`, …): numeric text
    /// becomes an integer or a real.
    case numeric

    /// The affinity of a declared type.
    public init(declaredType: String) {
        let type = declaredType.uppercased()
        if type.contains("INT") {
            self = .integer
        } else if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
            self = .text
        } else if type.contains("BLOB") || type.isEmpty {
            self = .blob
        } else if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
            self = .real
        } else {
            self = .numeric
        }
    }
}
