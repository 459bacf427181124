/// Lookup text: Tortoise/Django lookups written as text, as the browser's `/` filter bar and
/// the command line's `--filter` accept them.
extension QueryPredicate {
    /// Parses lookup text such as `name__icontains="love song" milliseconds__gt=300000 |
    /// genre=Jazz` into a predicate.
    ///
    /// Conditions are `key=value`, where the key is a field name with an optional lookup
    /// suffix (`name__icontains`), or a name in backticks for odd column names
    /// (`` `First Name`__istartswith=b ``; a doubled backtick stands for one). Instead of `=`,
    /// a key without a suffix may take a shortcut: `!=` (`not`), `>` (`gt`), `>=` (`gte`),
    /// `<` (`lt`), `<=` (`lte`).
    ///
    /// Values: quoted text with `\"`, `\'`, `\\`, `\n`, `\t`, `\r` escapes (always text, so
    /// `"123"` stays text); numbers (`-12`, `3.5`, `1e3`); `null`; `true` and `false` (stored
    /// as 1 and 0); blobs as `x'0aff'`; and any other bare word, up to white space or one of
    /// `|&()[],`, as text. Lists are `[1, 2, 3]` or `1,2,3`: `in` and `not_in` take a list (or
    /// one value), `range` two values. `field=null` means `IS NULL` and `field!=null`
    /// `IS NOT NULL`; both become `isnull` conditions.
    ///
    /// Conditions combine with `|` or `or`, `&` or `and` or plain juxtaposition, `!`, `~` or
    /// `not`, and parentheses; AND binds tighter than OR, so `a=1 b=2 | c=3` is
    /// `(a=1 AND b=2) OR c=3`. Keywords are case-insensitive. Chains of one operator come out
    /// flat (`.and([a, b, c])`); parenthesised groups stay nested.
    ///
    /// ```swift
    /// let predicate = try QueryPredicate.parse(
    ///     lookupText: #"name__icontains="love song" milliseconds__gt=300000 | genre=Jazz"#)
    /// // .or([.and([name icontains "love song", milliseconds gt 300000]), genre exact "Jazz"])
    /// ```
    ///
    /// - Parameter lookupText: The text to parse.
    /// - Returns: The predicate, or `nil` when the text is empty or only white space (no
    ///   filter: every row matches).
    /// - Throws: ``LookupSyntaxError`` (a typed throw) with the `Character` offset of the
    ///   problem, what was expected there and what was found.
    public static func parse(lookupText: String) throws(LookupSyntaxError) -> QueryPredicate? {
        var parser = LookupTextParser(lookupText)
        return try parser.parse()
    }

    /// The predicate as canonical lookup text, which ``parse(lookupText:)`` reads back as an
    /// equal predicate.
    ///
    /// Text values are double-quoted, field names that are not plain identifiers are put in
    /// backticks, lists are written `[1, 2]`, `isnull` as `field__isnull=true`, reals so that
    /// they read back exactly, blobs as `x'0aff'`. Parentheses appear only where needed.
    ///
    /// A few predicates have no exact text form, and read back as an equivalent but different
    /// value: `exact` or `not` with a `NULL` operand (read back as `isnull`), groups of one
    /// item (read back as the item), NaN (written `null`, as SQLite stores it). Empty groups
    /// (`.and([])`, `.or([])`), empty field names and operand counts a lookup does not take
    /// are written but do not parse.
    ///
    /// ```swift
    /// let predicate: QueryPredicate = .or([
    ///     .condition(field: "name", lookup: .icontains, operands: ["love song"]),
    ///     .condition(field: "First Name", lookup: .exact, operands: [nil]),
    /// ])
    /// predicate.lookupText  // name__icontains="love song" | `First Name`__isnull=true
    /// ```
    public var lookupText: String {
        LookupTextFormatter.format(self)
    }

    /// A field name as lookup text: the name itself when it is a plain identifier, else in
    /// backticks; for completing column names in a filter bar.
    ///
    /// ```swift
    /// QueryPredicate.lookupTextFieldName("First Name")  // `First Name`
    /// QueryPredicate.lookupTextFieldName("città")  // città
    /// ```
    ///
    /// - Parameter field: The field or column name.
    /// - Returns: The name as it should be written before a lookup suffix or `=`.
    public static func lookupTextFieldName(_ field: String) -> String {
        LookupTextFormatter.fieldName(field)
    }
}
