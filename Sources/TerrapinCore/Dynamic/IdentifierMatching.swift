/// How a database matches the names of tables and columns: what a driver supplies with the
/// tables it describes, so a name typed in a filter, an ordering or a foreign key finds the
/// column the database itself would use.
///
/// SQLite ignores ASCII case in identifiers (`id` names a column declared `ID`); PostgreSQL
/// folds unquoted names and matches quoted ones exactly, and Terrapin always quotes, so it
/// matches exactly there.
///
/// ```swift
/// IdentifierMatching.caseInsensitive.resolve("id", among: ["ID", "idseq"])  // "ID"
/// ```
public enum IdentifierMatching: String, Sendable, Hashable {
    /// Names must be equal (PostgreSQL, with quoted identifiers).
    case exact
    /// Names may differ in ASCII letter case, as SQLite's do; other characters must be equal
    /// (`É` and `é` are different names, as in SQLite).
    case caseInsensitive

    /// Whether `name` names the identifier `identifier`.
    public func matches(_ name: String, _ identifier: String) -> Bool {
        switch self {
        case .exact: return name == identifier
        case .caseInsensitive: return Self.equalIgnoringASCIICase(name, identifier)
        }
    }

    /// The identifier among `candidates` that `name` names, with its real spelling: an exact
    /// match first, else (when case is ignored) the first that differs only in ASCII case.
    public func resolve(_ name: String, among candidates: some Sequence<String>) -> String? {
        var folded: String?
        for candidate in candidates {
            if candidate == name { return candidate }
            if folded == nil, self == .caseInsensitive,
                Self.equalIgnoringASCIICase(name, candidate)
            {
                folded = candidate
            }
        }
        return folded
    }

    /// Byte-wise equality with `A`–`Z` folded to `a`–`z`, as SQLite's `sqlite3StrICmp`.
    static func equalIgnoringASCIICase(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8
        let right = rhs.utf8
        guard left.count == right.count else { return false }
        func folded(_ byte: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        }
        return zip(left, right).allSatisfy { folded($0) == folded($1) }
    }
}
