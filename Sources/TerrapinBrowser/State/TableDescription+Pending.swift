import TerrapinCore

// Stand-ins until the core's introspection reports these (removed when it does).
extension TableDescription {
    var isStrict: Bool { false }
}

extension ColumnDescription {
    var isGenerated: Bool { false }
}
