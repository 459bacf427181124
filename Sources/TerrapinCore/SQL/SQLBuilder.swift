/// Accumulates SQL text and bindings, numbering placeholders for the dialect.
struct SQLBuilder {
    let dialect: any SQLDialect
    var sql = ""
    var bindings: [SQLValue] = []

    init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    var statement: SQLStatement { SQLStatement(sql, bindings) }

    mutating func append(_ text: String) { sql += text }

    /// Adds a binding and returns its placeholder.
    mutating func bindPlaceholder(_ value: SQLValue) -> String {
        bindings.append(value)
        return dialect.placeholder(at: bindings.count)
    }

    /// Appends a predicate; `nested` wraps ORs in parentheses.
    mutating func appendPredicate(_ predicate: QueryPredicate, nested: Bool) throws {
        switch predicate {
        case .condition(let field, let lookup, let operands):
            try appendCondition(column: field, lookup: lookup, operands: operands)
        case .and(let items):
            if items.isEmpty {
                append("1 = 1")
                return
            }
            if items.count == 1 {
                try appendPredicate(items[0], nested: nested)
                return
            }
            for (index, item) in items.enumerated() {
                if index > 0 { append(" AND ") }
                try appendPredicate(item, nested: true)
            }
        case .or(let items):
            if items.isEmpty {
                append("1 = 0")
                return
            }
            if items.count == 1 {
                try appendPredicate(items[0], nested: nested)
                return
            }
            if nested { append("(") }
            for (index, item) in items.enumerated() {
                if index > 0 { append(" OR ") }
                try appendPredicate(item, nested: true)
            }
            if nested { append(")") }
        case .not(let inner):
            // Two-valued NOT, as Django's exclude(): rows where the condition is NULL
            // (a NULL column) count as not matching, so they are kept.
            append("(")
            try appendPredicate(inner, nested: false)
            append(") IS NOT TRUE")
        }
    }

    private mutating func appendCondition(
        column field: String, lookup: Lookup, operands: [SQLValue]
    ) throws {
        let column = dialect.quote(field)
        func single() throws -> SQLValue {
            guard operands.count == 1 else {
                throw TerrapinError.invalidLookupOperand(
                    field: field, lookup: lookup.rawValue,
                    reason: "expects one value, got \(operands.count)")
            }
            return operands[0]
        }
        func text() throws -> String {
            let value = try single()
            switch value {
            case .text(let text): return text
            case .integer, .real: return value.description
            case .timestamp, .uuid: return value.typedText ?? ""
            case .null, .blob, .bool:
                throw TerrapinError.invalidLookupOperand(
                    field: field, lookup: lookup.rawValue,
                    reason: "expects text, got \(value.storageClassName)")
            }
        }
        func pattern(_ kind: PatternKind, ignoringCase: Bool) throws {
            let text = try text()
            let placeholder = dialect.placeholder(at: bindings.count + 1)
            let match = dialect.patternMatch(
                column: column, placeholder: placeholder, text: text, kind: kind,
                ignoringCase: ignoringCase)
            bindings.append(match.value)
            append(match.sql)
        }
        func comparison(_ operation: String) throws {
            let value = try single()
            if value.isNull {
                throw TerrapinError.invalidLookupOperand(
                    field: field, lookup: lookup.rawValue,
                    reason: "cannot compare with NULL; use \(field)__isnull=true")
            }
            append("\(column) \(operation) \(bindPlaceholder(value))")
        }
        switch lookup {
        case .exact:
            let value = try single()
            if case .blob = value {
                let match = dialect.blobEquality(column: column) { bindPlaceholder(value) }
                append(match)
                return
            }
            append(value.isNull ? "\(column) IS NULL" : "\(column) = \(bindPlaceholder(value))")
        case .not:
            let value = try single()
            if case .blob = value {
                // Null-safe, as IS NOT: a NULL column makes the match NULL, which is kept.
                let match = dialect.blobEquality(column: column) { bindPlaceholder(value) }
                append("(\(match)) IS NOT TRUE")
                return
            }
            let notEqual = dialect.nullSafeNotEqualOperator
            append(
                value.isNull
                    ? "\(column) IS NOT NULL" : "\(column) \(notEqual) \(bindPlaceholder(value))")
        case .gt: try comparison(">")
        case .gte: try comparison(">=")
        case .lt: try comparison("<")
        case .lte: try comparison("<=")
        case .iexact: try pattern(.whole, ignoringCase: true)
        case .contains: try pattern(.contains, ignoringCase: false)
        case .icontains: try pattern(.contains, ignoringCase: true)
        case .startswith: try pattern(.prefix, ignoringCase: false)
        case .istartswith: try pattern(.prefix, ignoringCase: true)
        case .endswith: try pattern(.suffix, ignoringCase: false)
        case .iendswith: try pattern(.suffix, ignoringCase: true)
        case .in, .notIn:
            if operands.isEmpty {
                append(lookup == .in ? "1 = 0" : "1 = 1")
                return
            }
            let placeholders = operands.map { bindPlaceholder($0) }.joined(separator: ", ")
            append("\(column) \(lookup == .in ? "IN" : "NOT IN") (\(placeholders))")
        case .range:
            guard operands.count == 2 else {
                throw TerrapinError.invalidLookupOperand(
                    field: field, lookup: lookup.rawValue,
                    reason: "expects two values (low and high), got \(operands.count)")
            }
            append(
                "\(column) BETWEEN \(bindPlaceholder(operands[0])) AND "
                    + bindPlaceholder(operands[1]))
        case .isnull:
            let value = try single()
            let wantsNull = Bool.fromSQLValue(value) ?? true
            append("\(column) \(wantsNull ? "IS NULL" : "IS NOT NULL")")
        }
    }

    /// Appends the condition "the row comes after `values` in `ordering`", handling NULLs in
    /// the dialect's sort order, as a row-value comparison where that is exact (so indexes
    /// are used) and as an expanded OR chain elsewhere.
    mutating func appendKeyset(ordering: [OrderTerm], after values: [SQLValue]) throws {
        guard ordering.count == values.count, !ordering.isEmpty else {
            throw TerrapinError.invalidLookupOperand(
                field: ordering.map(\.field).joined(separator: ","), lookup: "keyset",
                reason: "needs one value per ordering column")
        }
        func nullsComeAfter(_ term: OrderTerm) -> Bool {
            term.isDescending == dialect.sortsNullsFirstAscending
        }
        let sameDirection = ordering.allSatisfy { $0.isDescending == ordering[0].isDescending }
        if sameDirection, !values.contains(where: \.isNull), !nullsComeAfter(ordering[0]) {
            let columns = ordering.map { dialect.quote($0.field) }
            let operation = ordering[0].isDescending ? "<" : ">"
            if columns.count == 1 {
                append("\(columns[0]) \(operation) \(bindPlaceholder(values[0]))")
            } else {
                let placeholders = values.map { bindPlaceholder($0) }.joined(separator: ", ")
                append(
                    "(\(columns.joined(separator: ", "))) \(operation) (\(placeholders))")
            }
            return
        }
        var disjuncts: [String] = []
        for index in ordering.indices {
            let term = ordering[index]
            let column = dialect.quote(term.field)
            if values[index].isNull, nullsComeAfter(term) { continue }
            var parts: [String] = []
            for previous in 0..<index {
                let previousColumn = dialect.quote(ordering[previous].field)
                parts.append(
                    values[previous].isNull
                        ? "\(previousColumn) IS NULL"
                        : "\(previousColumn) = \(bindPlaceholder(values[previous]))")
            }
            let operation = term.isDescending ? "<" : ">"
            if values[index].isNull {
                parts.append("\(column) IS NOT NULL")
            } else if nullsComeAfter(term) {
                parts.append(
                    "(\(column) \(operation) \(bindPlaceholder(values[index])) OR \(column) IS NULL)"
                )
            } else {
                parts.append("\(column) \(operation) \(bindPlaceholder(values[index]))")
            }
            disjuncts.append(parts.joined(separator: " AND "))
        }
        if disjuncts.isEmpty {
            append("1 = 0")
        } else {
            append("(" + disjuncts.map { "(\($0))" }.joined(separator: " OR ") + ")")
        }
    }
}
