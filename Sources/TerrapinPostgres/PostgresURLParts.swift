import Foundation

/// A PostgreSQL URL cut into its raw (still percent-encoded) parts, the one way both the
/// parser and the redaction read it, so that what the parser takes for a password is
/// exactly what the redaction hides.
///
/// The user information ends at the **last** `@` of the URL: a password with an unencoded
/// `/`, `?`, `#` or `@` is still taken, and hidden, as a whole. (An `@` in an option value
/// must therefore be written `%40`.)
struct PostgresURLParts: Sendable, Hashable {
    /// The scheme as written, before `://`.
    var scheme: String
    /// The user name, raw.
    var user: Substring?
    /// The password, raw (`nil` when there is no `:` in the user information).
    var password: Substring?
    /// The host and port part, raw.
    var hostAndPort: Substring
    /// The path after the first `/` following the host (the database name), raw.
    var path: Substring?
    /// The query string after `?`, raw.
    var query: Substring?

    /// Cuts a URL, or returns `nil` when it has no `scheme://`.
    init?(_ url: String) {
        guard let separator = url.range(of: "://") else { return nil }
        scheme = String(url[..<separator.lowerBound])
        var rest = url[separator.upperBound...]
        if let at = rest.lastIndex(of: "@") {
            let information = rest[..<at]
            if let colon = information.firstIndex(of: ":") {
                user = information[..<colon]
                password = information[information.index(after: colon)...]
            } else {
                user = information
            }
            rest = rest[rest.index(after: at)...]
        }
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        hostAndPort = rest
    }

    /// The options as raw `(name, value)` pairs; empty pairs (`&&`) are skipped, a pair
    /// without `=` has an empty value and `hasValue == false`.
    var options: [(name: Substring, value: Substring, hasValue: Bool)] {
        guard let query else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return (pair[..<equals], pair[pair.index(after: equals)...], true)
            }
            return (pair, "", false)
        }
    }
}

/// Hides passwords in database URLs, for every message, log line and screen.
public enum PostgresURLRedaction {
    /// The URL with the password of its user information and the value of any `password`
    /// option replaced by `***`. Works on any text, parsable or not; text without `://` and
    /// without a `password=` option comes back unchanged.
    ///
    /// ```swift
    /// PostgresURLRedaction.redact("postgres://bob:s3cret@db/shop")  // postgres://bob:***@db/shop
    /// ```
    public static func redact(_ url: String) -> String {
        guard let parts = PostgresURLParts(url), isScheme(parts.scheme) else {
            return redactOptions(hidingUserInformation(url))
        }
        var result = parts.scheme + "://"
        if let user = parts.user {
            result += user
            if parts.password != nil { result += ":***" }
            result += "@"
            result += parts.hostAndPort
        } else {
            result += hidingMistypedPassword(parts.hostAndPort)
        }
        if let path = parts.path { result += "/" + path }
        if let query = parts.query { result += "?" + query }
        // Anything that reads `…password=value`, wherever it ended up.
        return redactOptions(result)
    }

    /// Whether `text` is a URL scheme: a letter, then letters, digits, `+`, `-` or `.`.
    static func isScheme(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII,
            CharacterSet.letters.contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII
                && (CharacterSet.alphanumerics.contains($0) || "+-.".unicodeScalars.contains($0))
        }
    }

    /// For text that is not a well-formed URL (`postgres:/u:pw@h`, `postgres//u:pw@h`,
    /// `postgresql://:pw[::1]`…) but has an `@` or `://`: everything from the first `:` to the
    /// last `@` (without an `@`, to the first `?`) is hidden, user name and host included,
    /// since there is no telling where a password starts or ends.
    static func hidingUserInformation(_ text: String) -> String {
        guard text.contains("@") || text.contains("://") || text.lowercased().hasPrefix("postgres"),
            let colon = text.firstIndex(of: ":")
        else { return text }
        let after = text.index(after: colon)
        let end: String.Index
        if let at = text.lastIndex(of: "@"), at > colon {
            end = at
        } else if let mark = text[after...].firstIndex(of: "?") {
            end = mark
        } else {
            end = text.endIndex
        }
        return text[...colon] + "***" + text[end...]
    }

    /// Without an `@`, `user:password/db` reads as a host and a port: a "port" that is not a
    /// number may be a password whose `@` was forgotten, so it is hidden too.
    static func hidingMistypedPassword(_ hostAndPort: Substring) -> String {
        guard !hostAndPort.hasPrefix("["), let colon = hostAndPort.firstIndex(of: ":") else {
            return String(hostAndPort)
        }
        let port = hostAndPort[hostAndPort.index(after: colon)...]
        if !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return String(hostAndPort)
        }
        return hostAndPort[..<colon] + ":***"
    }

    /// Replaces what follows every `password=` (any case, anywhere in the text) up to the
    /// next `&`, or the end, by `***`.
    static func redactOptions(_ text: String) -> String {
        let key = "password="
        guard text.lowercased().contains(key) else { return text }
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: key, options: .caseInsensitive) {
            result += rest[..<found.upperBound] + "***"
            rest = rest[found.upperBound...]
            rest = rest.firstIndex(of: "&").map { rest[$0...] } ?? ""
        }
        return result + rest
    }
}
