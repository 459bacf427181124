/// The version `terrapin --version` prints.
enum TerrapinVersion {
    /// The current release.
    static let current = "0.1.0"
}
