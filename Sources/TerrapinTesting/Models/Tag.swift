import Foundation
import TerrapinCore

/// A tag whose key is a UUID the application assigns.
@Model
public struct Tag: Sendable, Equatable {
    /// The key, chosen by the application.
    @PrimaryKey public var code: UUID
    /// The label.
    public var label: String

    /// Creates a tag.
    public init(code: UUID, label: String) {
        self.code = code
        self.label = label
    }
}
