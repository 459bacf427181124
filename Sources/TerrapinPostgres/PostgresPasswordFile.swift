import Foundation

/// libpq's password file (`~/.pgpass`, or `PGPASSFILE`): lines of
/// `host:port:database:user:password`, where `*` matches anything and `\` escapes `:` and
/// `\`. The first matching line wins. As libpq does, a file that others can read
/// (group or world permission bits set) is ignored.
struct PostgresPasswordFile {
    /// The file's path.
    let path: String

    /// The password for the configuration's host, port, database and user, if a line
    /// matches. A unix socket matches `localhost` or its directory.
    func password(for configuration: PostgresConfiguration) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        return Self.password(in: text, for: configuration)
    }

    /// The first matching line's password in `text`.
    static func password(in text: String, for configuration: PostgresConfiguration) -> String? {
        let hosts: [String]
        let port: String
        switch configuration.endpoint {
        case .tcp(let host, let number):
            hosts = [host]
            port = String(number)
        case .unixSocket(let path):
            let directory = (path as NSString).deletingLastPathComponent
            hosts = ["localhost", directory]
            port = String((path as NSString).pathExtension)
        }
        let database = configuration.database ?? configuration.user
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            let fields = fieldsOf(line)
            guard fields.count == 5 else { continue }
            func matches(_ field: String, _ values: [String]) -> Bool {
                field == "*" || values.contains(field)
            }
            if matches(fields[0], hosts), matches(fields[1], [port]),
                matches(fields[2], [database]), matches(fields[3], [configuration.user])
            {
                return fields[4]
            }
        }
        return nil
    }

    /// Splits a line at unescaped `:`, removing the escapes.
    static func fieldsOf(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
