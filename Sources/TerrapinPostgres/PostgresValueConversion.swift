import Foundation
import NIOCore
import PostgresNIO
import TerrapinCore

/// The one place where PostgreSQL values and ``SQLValue`` meet: cells of a result row become
/// values, and values become bindings.
///
/// Reading (postgres-nio asks for every result column in binary):
///
/// | PostgreSQL type | value |
/// |---|---|
/// | `int2`, `int4`, `int8`, `oid` | ``SQLValue/integer(_:)`` |
/// | `float4`, `float8` | ``SQLValue/real(_:)`` (a `float4` through its shortest text, so `0.1` stays `0.1`) |
/// | `bool` | ``SQLValue/bool(_:)`` |
/// | `uuid` | ``SQLValue/uuid(_:)`` |
/// | `bytea` | ``SQLValue/blob(_:)`` |
/// | `numeric` | ``SQLValue/text(_:)``, exact, never through `Double` |
/// | everything else (`timestamptz` too, in the session's time zone) | ``SQLValue/text(_:)`` in PostgreSQL's own text form (``PostgresTextForm``) |
/// | an unknown type (an extension's) | its bytes as text when they are UTF-8 without NUL, else a blob |
///
/// Binding: ``SQLValue/text(_:)`` and ``SQLValue/integer(_:)`` go as text of an unspecified
/// type (OID 0), so the server reads them as the type the statement needs there (`uuid`,
/// `timestamptz`, `numeric`, an enum, an array, `json`, and `boolean` from `0`/`1`, which is
/// how the core encodes `Bool` today); reals go as `float8`, blobs as `bytea`, `NULL` untyped.
enum PostgresValueConversion {
    /// Converts one cell.
    static func value(of cell: PostgresCell, context: PostgresTextForm.Context) -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        if cell.format == .text {
            return .text(bytes.readString(length: bytes.readableBytes) ?? "")
        }
        switch cell.dataType {
        case .int2:
            return bytes.readInteger(as: Int16.self).map { .integer(Int64($0)) } ?? fallback(cell)
        case .int4:
            return bytes.readInteger(as: Int32.self).map { .integer(Int64($0)) } ?? fallback(cell)
        case .int8:
            return bytes.readInteger(as: Int64.self).map { .integer($0) } ?? fallback(cell)
        case .oid, .regproc:
            return bytes.readInteger(as: UInt32.self).map { .integer(Int64($0)) }
                ?? fallback(cell)
        case .float8:
            return bytes.readInteger(as: UInt64.self).map { .real(Double(bitPattern: $0)) }
                ?? fallback(cell)
        case .float4:
            guard let bits = bytes.readInteger(as: UInt32.self) else { return fallback(cell) }
            let float = Float(bitPattern: bits)
            return .real(Double(String(float)) ?? Double(float))
        case .bool:
            return bytes.readInteger(as: UInt8.self).map { .bool($0 != 0) } ?? fallback(cell)
        case .uuid:
            guard bytes.readableBytes == 16, let b = bytes.readBytes(length: 16) else {
                return fallback(cell)
            }
            return .uuid(
                UUID(
                    uuid: (
                        b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
                        b[12], b[13], b[14], b[15]
                    )))
        case .bytea:
            return .blob(Data(bytes.readableBytesView))
        default:
            if let text = PostgresTextForm.text(
                of: bytes, type: cell.dataType.rawValue, context: context)
            {
                return .text(text)
            }
            return fallback(cell)
        }
    }

    /// An unknown type's bytes: text when they are UTF-8 without NUL (enums, `citext`, most
    /// extension types whose binary form is their text), else a blob.
    static func fallback(_ cell: PostgresCell) -> SQLValue {
        guard let bytes = cell.bytes else { return .null }
        let view = bytes.readableBytesView
        if !view.contains(0), let text = String(validating: view, as: UTF8.self) {
            return .text(text)
        }
        return .blob(Data(view))
    }

    /// The bindings for `values`, in order.
    static func bindings(for values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { append(value, to: &bindings) }
        return bindings
    }

    /// Appends one value (see the type's table).
    static func append(_ value: SQLValue, to bindings: inout PostgresBindings) {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let number): bindings.append(UntypedText(String(number)))
        case .real(let number): bindings.append(number)
        case .text(let text): bindings.append(UntypedText(text))
        case .blob(let data): bindings.append(ByteBuffer(bytes: data))
        // Typed values: booleans and UUIDs by their types; timestamps as UTC text the server
        // parses as the column's type (timestamptz keeps the instant).
        case .bool(let flag): bindings.append(flag)
        case .uuid(let uuid): bindings.append(uuid)
        case .timestamp: bindings.append(UntypedText((value.typedText ?? "") + "+00"))
        }
    }
}

/// Text sent with an unspecified type (OID 0) in text format: the server infers the type
/// from where the parameter is used and parses the text as that type's input.
struct UntypedText: PostgresDynamicTypeEncodable, Sendable {
    /// The text.
    let text: String

    /// Wraps a text.
    init(_ text: String) { self.text = text }

    /// OID 0: unspecified.
    var psqlType: PostgresDataType { .null }
    /// Text format, so the inferred type's input function reads it.
    var psqlFormat: PostgresFormat { .text }

    /// Writes the UTF-8 bytes.
    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(text)
    }
}
