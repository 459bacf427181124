import Foundation
import NIOCore
import NIOPosix
import PostgresNIO
import TerrapinCore

/// Turns postgres-nio's errors into ``TerrapinError`` in plain words, keeping PostgreSQL's
/// own detail: the SQLSTATE, the constraint, the column and the table.
///
/// No message it makes contains a password: connection failures name the host, the port,
/// the role and the database only.
enum PostgresErrorMapping {
    /// What a failure happened to: the statement, or opening a connection.
    struct Situation: Sendable {
        /// The SQL that failed (`nil` while connecting).
        var sql: String?
        /// The configuration, for connection failures.
        var configuration: PostgresConfiguration
    }

    /// The error to throw for `error`: postgres-nio's and NIO's errors become
    /// ``TerrapinError``; any other error (``TerrapinError``, `CancellationError`, an error
    /// a transaction's body threw) passes as it is.
    static func map(_ error: any Error, _ situation: Situation) -> any Error {
        guard let error = error as? PSQLError else {
            return isNetworkError(error) ? connectionFailure(describe(error), situation) : error
        }
        switch error.code {
        case .server:
            guard let info = error.serverInfo else { break }
            return serverError(info, situation)
        case .queryCancelled:
            return CancellationError()
        case .sslUnsupported:
            return connectionFailure(
                "the server does not offer TLS, but sslmode="
                    + situation.configuration.tlsMode.rawValue
                    + " asks for it; use sslmode=prefer or sslmode=disable", situation)
        case .authMechanismRequiresPassword:
            return connectionFailure(
                "the server asks for a password for role \"\(situation.configuration.user)\", "
                    + "and none was given (put it in the URL, PGPASSWORD or ~/.pgpass)",
                situation)
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            let reason = error.underlying.map(describe) ?? "the server closed the connection"
            return connectionFailure(reason, situation)
        case .clientClosedConnection, .poolClosed:
            return TerrapinError.cannotOpen(
                path: situation.configuration.redactedURL,
                reason: "the database was closed")
        default:
            break
        }
        return TerrapinError.database(
            code: "client", message: "PostgreSQL client error: \(error.code)", sql: situation.sql)
    }

    /// A failure to reach or log in to the server.
    static func connectionFailure(_ reason: String, _ situation: Situation) -> TerrapinError {
        .cannotOpen(path: place(situation.configuration), reason: reason)
    }

    /// `role@host:port/database`, for messages (never the password).
    static func place(_ configuration: PostgresConfiguration) -> String {
        let server: String
        switch configuration.endpoint {
        case .tcp(let host, let port): server = "\(host):\(port)"
        case .unixSocket(let path): server = path
        }
        return
            "PostgreSQL \(configuration.user)@\(server)/\(configuration.database ?? configuration.user)"
    }

    /// Whether `error` comes from the network or TLS layer.
    static func isNetworkError(_ error: any Error) -> Bool {
        error is IOError || error is ChannelError || error is NIOSSLError
            || error is BoringSSLError || error is NIOConnectionError || error is SocketAddressError
    }

    /// Plain words for network and TLS errors.
    static func describe(_ error: any Error) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED:
                return "nothing accepts connections there (connection refused): check that the "
                    + "server runs and listens on this port"
            case ENOENT:
                return "there is no socket file there: check that the server runs, and its "
                    + "socket directory and port"
            case EACCES: return "permission denied on the socket"
            case ETIMEDOUT: return "the connection timed out"
            case EHOSTUNREACH, ENETUNREACH: return "the host cannot be reached"
            default: return "\(error)"
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return "no answer within the connect timeout"
        }
        if let error = error as? NIOSSLError {
            return "TLS failed (\(error)); check sslmode and the server's certificate"
        }
        if let error = error as? BoringSSLError {
            return "TLS failed (\(error)); check sslmode and the server's certificate"
        }
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return describe(first.error) }
            if error.dnsAAAAError != nil || error.dnsAError != nil {
                return "the host name \(error.host) cannot be resolved"
            }
            return "cannot connect to \(error.host):\(error.port)"
        }
        if let error = error as? SocketAddressError {
            return "the host cannot be resolved (\(error))"
        }
        if let error = error as? PSQLError { return "\(error.code)" }
        return String(describing: error)
    }

    /// A `TerrapinError` for an error the server reported.
    static func serverError(_ info: PSQLError.ServerInfo, _ situation: Situation) -> any Error {
        let state = info[.sqlState] ?? "XX000"
        let message = info[.message] ?? "unknown error"
        let table = info[.tableName] ?? ""
        let column = info[.columnName]
        let constraint = info[.constraintName]
        let detail = info[.detail]
        let configuration = situation.configuration
        switch state {
        case "23505":
            return TerrapinError.constraintViolated(
                kind: .unique, table: table, columns: keyColumns(in: detail),
                message: withDetail(message, detail))
        case "23502":
            return TerrapinError.constraintViolated(
                kind: .notNull, table: table, columns: column.map { [$0] } ?? [],
                message: message)
        case "23503":
            let isReferenced = detail?.contains("is still referenced") ?? false
            // A row others still refer to: the server names the referring table; the
            // caller fills in the table it was writing.
            return TerrapinError.constraintViolated(
                kind: .foreignKey, table: isReferenced ? "" : table,
                columns: isReferenced ? [] : keyColumns(in: detail),
                message: withDetail(message, detail))
        case "23514":
            return TerrapinError.constraintViolated(
                kind: .check, table: table, columns: [], message: constraint ?? message)
        case "23P01":
            return TerrapinError.constraintViolated(
                kind: .other, table: table, columns: [], message: withDetail(message, detail))
        case "57014":
            if message.contains("statement timeout") {
                return database(
                    state,
                    "the statement ran longer than statement_timeout"
                        + (configuration.statementTimeout.map { " (\($0))" } ?? "")
                        + " and the server cancelled it; narrow the query, or raise "
                        + "statement_timeout in the URL", situation.sql)
            }
            return CancellationError()
        case "25006":
            return TerrapinError.readOnly(
                reason: configuration.isReadOnly
                    ? "the session was opened with mode=ro" : "the server said: \(message)")
        case "42501":
            let sql = situation.sql?.trimmingCharacters(in: .whitespaces).uppercased() ?? ""
            let isWrite = ["INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE"].contains {
                sql.hasPrefix($0)
            }
            if isWrite {
                return TerrapinError.readOnly(
                    reason: "role \"\(configuration.user)\" may not write here (\(message))")
            }
            return database(
                state,
                "\(message): role \"\(configuration.user)\" lacks the privilege", situation.sql)
        case "40001":
            return database(
                state,
                "\(message): another transaction changed the same rows; nothing was written, "
                    + "run it again", situation.sql)
        case "40P01":
            return database(
                state,
                "\(message): two transactions waited for each other; this one was rolled "
                    + "back, run it again", situation.sql)
        case "28P01", "28000":
            return connectionFailure(
                "the server refused the login of role \"\(configuration.user)\" (\(message), "
                    + "SQLSTATE \(state)); check the user name and the password (URL, "
                    + "PGPASSWORD or ~/.pgpass)",
                situation)
        case "3D000":
            return connectionFailure(
                "there is no database \"\(configuration.database ?? configuration.user)\" on "
                    + "this server (\(message), SQLSTATE \(state))", situation)
        case "53300":
            return connectionFailure(
                "the server has no free connection slots (\(message)); lower pool in the URL "
                    + "or close other clients", situation)
        case "57P01", "57P02", "57P03":
            return connectionFailure(
                "the server is shutting down or starting up (\(message)); retry once it is "
                    + "up", situation)
        default:
            return database(state, withDetail(message, detail), situation.sql)
        }
    }

    /// ``TerrapinError/database(code:message:sql:)`` for a SQLSTATE. The core's code is an
    /// `Int` today: it gets PostgreSQL's own packing of the five characters (`MAKE_SQLSTATE`,
    /// six bits each), and the message starts with the SQLSTATE itself.
    static func database(_ state: String, _ message: String, _ sql: String?) -> TerrapinError {
        .database(code: state, message: "[SQLSTATE \(state)] \(message)", sql: sql)
    }

    /// PostgreSQL's `MAKE_SQLSTATE`: `(c - '0') & 0x3F` per character, six bits each, the
    /// first character lowest.
    static func packed(_ state: String) -> Int {
        var code = 0
        for (index, byte) in state.utf8.prefix(5).enumerated() {
            code |= (Int(byte) &- 48) & 0x3F << (6 * index)
        }
        return code
    }

    /// The columns of a `Key (a, b)=(…)` detail.
    static func keyColumns(in detail: String?) -> [String] {
        guard let detail, let open = detail.range(of: "Key ("),
            let close = detail.range(of: ")=", range: open.upperBound..<detail.endIndex)
        else { return [] }
        return detail[open.upperBound..<close.lowerBound].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
        }
    }

    private static func withDetail(_ message: String, _ detail: String?) -> String {
        guard let detail, !detail.isEmpty else { return message }
        return "\(message) (\(detail))"
    }
}
