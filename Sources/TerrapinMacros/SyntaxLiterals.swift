import SwiftSyntax

extension ExprSyntax {
    /// The value of a plain string literal (`"name"`), or `nil` for anything else, including
    /// interpolations, raw strings and multi-line strings.
    ///
    /// Escapes are kept as written, so the text can be put back between quotes unchanged.
    var plainStringLiteral: String? {
        guard let literal = self.as(StringLiteralExprSyntax.self),
            literal.openingPounds == nil,
            literal.openingQuote.tokenKind == .stringQuote
        else { return nil }
        var text = ""
        for segment in literal.segments {
            guard let part = segment.as(StringSegmentSyntax.self) else { return nil }
            text += part.content.text
        }
        return text
    }

    /// The value of `true` or `false`, or `nil` for anything else.
    var booleanLiteral: Bool? {
        guard let literal = self.as(BooleanLiteralExprSyntax.self) else { return nil }
        return literal.literal.tokenKind == .keyword(.true)
    }

    /// Whether this is the `nil` literal.
    var isNilLiteral: Bool { self.is(NilLiteralExprSyntax.self) }

    /// The elements of an array literal, or `nil` when this is not one.
    var arrayLiteralElements: [ExprSyntax]? {
        guard let array = self.as(ArrayExprSyntax.self) else { return nil }
        return array.elements.map(\.expression)
    }
}

extension TokenSyntax {
    /// The identifier without the backticks that make a keyword usable as a name.
    var unescapedIdentifier: String {
        let text = self.text
        guard text.count >= 2, text.hasPrefix("`"), text.hasSuffix("`") else { return text }
        return String(text.dropFirst().dropLast())
    }
}
