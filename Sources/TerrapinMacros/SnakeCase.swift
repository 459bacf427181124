/// Converts a Swift type name to the default table name: `InvoiceLine` → `invoice_line`,
/// `HTTPRequest` → `http_request`, `Track` → `track`.
///
/// A word boundary is an uppercase letter after a lowercase letter or digit, or the last
/// uppercase letter of an acronym when a lowercase letter follows it.
func snakeCased(_ name: String) -> String {
    let characters = Array(name)
    var result = ""
    for (index, character) in characters.enumerated() {
        if character.isUppercase, index > 0 {
            let previous = characters[index - 1]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let endsAcronym = previous.isUppercase && (next?.isLowercase ?? false)
            if previous.isLowercase || previous.isNumber || endsAcronym {
                result += "_"
            }
        }
        result += character.lowercased()
    }
    return result
}
