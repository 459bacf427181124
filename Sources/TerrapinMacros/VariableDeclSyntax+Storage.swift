import SwiftSyntax

extension VariableDeclSyntax {
    /// Whether the property belongs to the type (`static` or `class`), not to an instance.
    var isTypeProperty: Bool {
        modifiers.contains { modifier in
            [.keyword(.static), .keyword(.class)].contains(modifier.name.tokenKind)
        }
    }

    /// Whether the property is `lazy`.
    var isLazy: Bool {
        modifiers.contains { $0.name.tokenKind == .keyword(.lazy) }
    }

    /// Whether the property is declared with `let`.
    var isLet: Bool { bindingSpecifier.tokenKind == .keyword(.let) }

    /// Whether any of the declared properties is computed.
    var isComputed: Bool { bindings.contains(where: \.isComputed) }

    /// The name of the first declared property, for messages.
    var firstName: String {
        bindings.first?.pattern.trimmedDescription ?? "property"
    }
}

extension PatternBindingSyntax {
    /// Whether the binding has a getter (or `init`/`_read`/`_modify` accessors), so stores
    /// nothing; observers (`willSet`, `didSet`) leave a property stored.
    var isComputed: Bool {
        guard let accessorBlock else { return false }
        switch accessorBlock.accessors {
        case .getter:
            return true
        case .accessors(let accessors):
            return accessors.contains { accessor in
                let observers: [TokenKind] = [.keyword(.willSet), .keyword(.didSet)]
                return !observers.contains(accessor.accessorSpecifier.tokenKind)
            }
        }
    }
}
