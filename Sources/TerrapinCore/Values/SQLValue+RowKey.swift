extension SQLValue {
    /// A row's key as messages name it: `column=literal` pairs sorted by column, joined by
    /// commas (`id=2`, `album_id=1, track_no=3`, `name='Ann'`).
    ///
    /// ```swift
    /// SQLValue.describe(key: ["id": .integer(2)])  // "id=2"
    /// ```
    public static func describe(key: [String: SQLValue]) -> String {
        key.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.literalDescription)" }
            .joined(separator: ", ")
    }
}
