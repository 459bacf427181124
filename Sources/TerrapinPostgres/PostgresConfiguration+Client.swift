import Logging
import NIOCore
import NIOSSL
import PostgresNIO

extension PostgresConfiguration {
    /// The settings sent when a session starts: the application name, and the search path,
    /// statement timeout and read-only mode when the URL asks for them.
    var startupParameters: [(String, String)] {
        var parameters = [("application_name", applicationName)]
        if let searchPath {
            let quoted = searchPath.map {
                "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            parameters.append(("search_path", quoted.joined(separator: ", ")))
        }
        if let statementTimeout { parameters.append(("statement_timeout", statementTimeout)) }
        if isReadOnly { parameters.append(("default_transaction_read_only", "on")) }
        return parameters
    }

    /// NIO's TLS settings for ``tlsMode``: no certificate check for `prefer`/`require` (as
    /// libpq), the chain for `verify-ca`, chain and host for `verify-full`.
    var tlsConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable, .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        return tls
    }

    /// The pool's configuration.
    func clientConfiguration() -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresClient.Configuration.TLS
            switch tlsMode {
            case .disable: tls = .disable
            case .allow, .prefer: tls = .prefer(tlsConfiguration)
            case .require, .verifyCA, .verifyFull: tls = .require(tlsConfiguration)
            }
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password,
                database: database, tls: tls)
        case .unixSocket(let path):
            configuration = PostgresClient.Configuration(
                unixSocketPath: path, username: user, password: password, database: database)
        }
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.maximumConnections = poolSize
        // At least one: postgres-nio 1.33.2 opens a new connection on a close only below the
        // minimum, so with 0 a request queued behind a connection the server ended waited
        // forever (seen when the server terminated a busy pool of one).
        configuration.options.minimumConnections = 1
        return configuration
    }

    /// The configuration of one connection outside the pool (the first check, and the
    /// control connection that sends cancellations).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            switch tlsMode {
            case .disable: tls = .disable
            case .allow, .prefer: tls = .prefer(try NIOSSLContext(configuration: tlsConfiguration))
            case .require, .verifyCA, .verifyFull:
                tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            }
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password,
                database: database, tls: tls)
        case .unixSocket(let path):
            configuration = PostgresConnection.Configuration(
                unixSocketPath: path, username: user, password: password, database: database)
        }
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }
}
