import SwiftSyntax

extension TypeSyntax {
    /// The type inside `Optional`: `Int?` and `Optional<Int>` give `Int`; other types give
    /// themselves.
    var unwrappingOptional: TypeSyntax {
        if let optional = self.as(OptionalTypeSyntax.self) {
            return optional.wrappedType
        }
        if let generic = genericOptionalArgument {
            return generic
        }
        return self
    }

    /// Whether the type is `T!`, which a column type cannot be.
    var isImplicitlyUnwrappedOptional: Bool {
        self.is(ImplicitlyUnwrappedOptionalTypeSyntax.self)
    }

    /// The name of the type without `Optional` and without a `Swift.` or `Foundation.` module
    /// prefix, for recognising well-known types.
    var unwrappedWellKnownName: String {
        let name = unwrappingOptional.trimmedDescription
        for prefix in ["Swift.", "Foundation."] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// Whether the database can assign values of this type by counting up.
    var isAutoIncrementable: Bool {
        ["Int", "Int64"].contains(unwrappedWellKnownName)
    }

    /// Whether the type is `Date` or `Date?`, which `autoNow` and `autoNowAdd` need.
    var isDate: Bool { unwrappedWellKnownName == "Date" }

    private var genericOptionalArgument: TypeSyntax? {
        let name: TokenSyntax
        let arguments: GenericArgumentClauseSyntax?
        if let identifier = self.as(IdentifierTypeSyntax.self) {
            name = identifier.name
            arguments = identifier.genericArgumentClause
        } else if let member = self.as(MemberTypeSyntax.self),
            member.baseType.trimmedDescription == "Swift"
        {
            name = member.name
            arguments = member.genericArgumentClause
        } else {
            return nil
        }
        guard name.text == "Optional", let arguments, arguments.arguments.count == 1,
            let argument = arguments.arguments.first
        else { return nil }
        if case .type(let type) = argument.argument {
            return type
        }
        return nil
    }
}
