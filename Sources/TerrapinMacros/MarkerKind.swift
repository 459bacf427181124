import SwiftSyntax

/// The attributes that mark a field of a `@Model` struct and carry its options.
enum MarkerKind: String, CaseIterable {
    /// `@Field(column:maxLength:unique:index:default:autoNow:autoNowAdd:)`.
    case field = "Field"
    /// `@PrimaryKey(column:autoIncrement:)`.
    case primaryKey = "PrimaryKey"
    /// `@ForeignKey(_:column:onDelete:index:)`.
    case foreignKey = "ForeignKey"

    /// The kind of a marker attribute, or `nil` for any other attribute. Module-qualified
    /// names (`@TerrapinCore.Field`) are recognised too.
    init?(attribute: AttributeSyntax) {
        guard let name = attribute.simpleName else { return nil }
        self.init(rawValue: name)
    }
}

extension AttributeSyntax {
    /// The attribute's name without a module prefix or generic arguments.
    var simpleName: String? {
        let type = attributeName
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            return identifier.name.text
        }
        if let member = type.as(MemberTypeSyntax.self) {
            return member.name.text
        }
        return nil
    }

    /// The arguments as written, or none.
    var labeledArguments: [LabeledExprSyntax] {
        guard case .argumentList(let list) = arguments else { return [] }
        return Array(list)
    }
}

extension AttributeListSyntax {
    /// The attributes that are Terrapin markers, with their kinds.
    var markers: [(kind: MarkerKind, attribute: AttributeSyntax)] {
        compactMap { element in
            guard case .attribute(let attribute) = element,
                let kind = MarkerKind(attribute: attribute)
            else { return nil }
            return (kind, attribute)
        }
    }

    /// Whether the list holds an attribute with the given simple name.
    func contains(attributeNamed name: String) -> Bool {
        contains { element in
            guard case .attribute(let attribute) = element else { return false }
            return attribute.simpleName == name
        }
    }
}
