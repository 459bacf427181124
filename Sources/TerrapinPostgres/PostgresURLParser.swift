import Foundation
import TerrapinCore

/// Turns a `postgres://` URL into a ``PostgresConfiguration``; every failure is
/// ``TerrapinError/invalidURL(url:reason:)`` carrying the redacted URL and a reason that
/// quotes no part of the user information.
struct PostgresURLParser {
    /// The URL as given.
    let url: String
    /// Where the user name defaults come from (`USER`).
    var environment: [String: String] = [:]

    /// The URL with its password hidden, for errors.
    private var redacted: String { PostgresURLRedaction.redact(url) }

    private func invalid(_ reason: String) -> TerrapinError {
        .invalidURL(url: redacted, reason: reason)
    }

    /// Parses the URL (the password from the environment is added by the caller).
    func parse() throws -> PostgresConfiguration {
        guard let parts = PostgresURLParts(url) else {
            throw invalid("expected postgres://user:password@host:port/database")
        }
        let scheme = parts.scheme.lowercased()
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw invalid("the scheme is not postgres or postgresql")
        }
        if url.contains("\u{0}") { throw invalid("it contains a NUL character") }
        var user = try parts.user.map { try decode($0, what: "the user name") }
        var password = try parts.password.map { try decode($0, what: "the password") }
        var (host, port) = try hostAndPort(parts.hostAndPort)
        var database = try parts.path.map { try decode($0, what: "the database name") }
        var configuration = PostgresConfiguration(host: "localhost", user: "")
        for option in parts.options {
            let name = try decode(option.name, what: "an option name").lowercased()
            guard !name.isEmpty else {
                throw invalid("an option has no name; write name=value, e.g. ?sslmode=require")
            }
            let value = try decode(option.value, what: "the value of \(name)")
            func missing(_ expected: String) -> TerrapinError {
                invalid("the option \(name) has no value; expected \(expected)")
            }
            func wrong(_ expected: String) -> TerrapinError {
                // Values are quoted, except a password's.
                invalid("\(name)=\(value.debugDescription): expected \(expected)")
            }
            switch name {
            case "host":
                guard !value.isEmpty else { throw missing("a host name or a socket directory") }
                host = value
            case "port":
                guard let number = Int(value), (1...65_535).contains(number) else {
                    throw option.hasValue && !value.isEmpty
                        ? wrong("a port from 1 to 65535") : missing("a port from 1 to 65535")
                }
                port = number
            case "user":
                guard !value.isEmpty else { throw missing("a role name") }
                user = value
            case "password":
                password = value
            case "dbname":
                guard !value.isEmpty else { throw missing("a database name") }
                database = value
            case "sslmode":
                guard let mode = PostgresConfiguration.TLSMode(rawValue: value.lowercased())
                else {
                    let known = PostgresConfiguration.TLSMode.allCases.map(\.rawValue)
                    throw value.isEmpty
                        ? missing(known.joined(separator: ", "))
                        : wrong(known.joined(separator: ", "))
                }
                configuration.tlsMode = mode
            case "search_path", "schema", "currentschema":
                let schemas = value.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard !schemas.isEmpty, !schemas.contains(where: \.isEmpty) else {
                    throw value.isEmpty
                        ? missing("schema names separated by commas")
                        : wrong("schema names separated by commas")
                }
                configuration.searchPath = schemas
            case "pool":
                guard let size = Int(value), (1...100).contains(size) else {
                    throw value.isEmpty
                        ? missing("a count from 1 to 100") : wrong("a count from 1 to 100")
                }
                configuration.poolSize = size
            case "connect_timeout":
                guard let seconds = Int(value), (1...3600).contains(seconds) else {
                    throw value.isEmpty
                        ? missing("seconds from 1 to 3600") : wrong("seconds from 1 to 3600")
                }
                configuration.connectTimeoutSeconds = seconds
            case "statement_timeout":
                guard Self.isDuration(value) else {
                    throw value.isEmpty
                        ? missing("milliseconds, or a number with ms, s, min, h or d")
                        : wrong("milliseconds, or a number with ms, s, min, h or d")
                }
                configuration.statementTimeout = value
            case "application_name":
                guard value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
                else { throw wrong("printable text") }
                configuration.applicationName = value
            case "mode":
                switch value.lowercased() {
                case "ro": configuration.isReadOnly = true
                case "rw": configuration.isReadOnly = false
                default: throw value.isEmpty ? missing("ro or rw") : wrong("ro or rw")
                }
            default:
                throw invalid(
                    "unknown option \(name.debugDescription); known: host, port, user, "
                        + "password, dbname, sslmode, search_path (or schema), pool, "
                        + "connect_timeout, statement_timeout, application_name, mode")
            }
        }
        configuration.user =
            user.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        configuration.password = password
        configuration.database = database.flatMap { $0.isEmpty ? nil : $0 }
        configuration.endpoint = try endpoint(host: host, port: port ?? 5432)
        configuration.redactedURL = redacted
        return configuration
    }

    /// The host (decoded; a socket directory when it starts with `/`) and the port, if
    /// written.
    private func hostAndPort(_ raw: Substring) throws -> (host: String, port: Int?) {
        if raw.contains(",") {
            throw invalid("several hosts are not supported; give one host")
        }
        var hostPart = raw
        var portPart: Substring?
        if raw.hasPrefix("[") {
            guard let close = raw.firstIndex(of: "]") else {
                throw invalid("an IPv6 address opened with [ is not closed with ]")
            }
            hostPart = raw[raw.index(after: raw.startIndex)..<close]
            let after = raw[raw.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else {
                    throw invalid("expected :port after the IPv6 address")
                }
                portPart = after.dropFirst()
            }
        } else if let colon = raw.lastIndex(of: ":") {
            hostPart = raw[..<colon]
            portPart = raw[raw.index(after: colon)...]
        }
        var port: Int?
        if let portPart {
            guard portPart.allSatisfy(\.isASCII), let number = Int(portPart),
                (1...65_535).contains(number)
            else {
                throw invalid(
                    "the port is not a number from 1 to 65535 (a password with / ? # or @ in "
                        + "it must be percent-encoded)")
            }
            port = number
        }
        let host = try decode(hostPart, what: "the host")
        return (host, port)
    }

    /// A TCP endpoint, or the socket file in a directory.
    private func endpoint(host: String, port: Int) throws -> PostgresConfiguration.Endpoint {
        guard host.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
            throw invalid("the host contains spaces or control characters")
        }
        if host.isEmpty {
            return .unixSocket(path: Self.defaultSocketDirectory + "/.s.PGSQL.\(port)")
        }
        if host.hasPrefix("/") {
            let name = (host as NSString).lastPathComponent
            if name.hasPrefix(".s.PGSQL.") { return .unixSocket(path: host) }
            let directory = host.hasSuffix("/") && host.count > 1 ? String(host.dropLast()) : host
            return .unixSocket(path: directory + "/.s.PGSQL.\(port)")
        }
        return .tcp(host: host, port: port)
    }

    /// libpq's default socket directory: Debian's `/var/run/postgresql`, else `/tmp`.
    static var defaultSocketDirectory: String {
        FileManager.default.fileExists(atPath: "/var/run/postgresql")
            ? "/var/run/postgresql" : "/tmp"
    }

    /// Whether `value` is a `statement_timeout` PostgreSQL accepts: digits, optionally
    /// followed by `ms`, `s`, `min`, `h` or `d`.
    static func isDuration(_ value: String) -> Bool {
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 12 else { return false }
        return ["", "ms", "s", "min", "h", "d"].contains(String(value.dropFirst(digits.count)))
    }

    /// Percent-decodes a part; NUL and broken escapes are refused.
    private func decode(_ raw: Substring, what: String) throws -> String {
        guard raw.contains("%") else { return String(raw) }
        guard let decoded = String(raw).removingPercentEncoding else {
            throw invalid("\(what) has a broken percent escape (write % as %25)")
        }
        if decoded.contains("\u{0}") { throw invalid("\(what) contains a NUL character") }
        return decoded
    }
}
