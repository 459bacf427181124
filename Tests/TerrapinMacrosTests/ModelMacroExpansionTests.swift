import SwiftSyntaxMacroExpansion
import TerrapinMacros
import Testing

@Suite struct ModelMacroExpansionTests {
    @Test func fullModelExpandsToSchemaDecoderEncoderKeyTimestampsAndColumns() {
        assertExpansion(
            """
            @Model(table: "track", ordering: ["name"], uniqueTogether: [["albumId", "name"]], indexes: [["composer", "name"]])
            public struct Track {
                public var id: Int?
                @Field(maxLength: 200, index: true) public var name: String
                @Field(column: "ms") public var milliseconds: Int
                public var composer: String?
                @ForeignKey(Album.self, onDelete: .cascade) public var albumId: Int?
                public var kind: MediaKind
                @Field(autoNowAdd: true) public var createdAt: Date
                @Field(autoNow: true) public var updatedAt: Date
                public var duration: Double { Double(milliseconds) / 1000 }
                public static let something = 1
            }
            """,
            expandedSource: """
                public struct Track {
                    public var id: Int?
                    public var name: String
                    public var milliseconds: Int
                    public var composer: String?
                    public var albumId: Int?
                    public var kind: MediaKind
                    public var createdAt: Date
                    public var updatedAt: Date
                    public var duration: Double { Double(milliseconds) / 1000 }
                    public static let something = 1
                }

                extension Track: TerrapinCore.Model {
                    public static let schema = TerrapinCore.ModelSchema(
                        modelName: "Track",
                        tableName: "track",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "id", valueType: Int?.self, swiftTypeName: "Int?", primaryKey: .autoIncrement),
                            TerrapinCore.ColumnSchema(fieldName: "name", valueType: String.self, swiftTypeName: "String", maxLength: 200, isIndexed: true),
                            TerrapinCore.ColumnSchema(fieldName: "milliseconds", column: "ms", valueType: Int.self, swiftTypeName: "Int"),
                            TerrapinCore.ColumnSchema(fieldName: "composer", valueType: String?.self, swiftTypeName: "String?"),
                            TerrapinCore.ColumnSchema(fieldName: "albumId", valueType: Int?.self, swiftTypeName: "Int?", isIndexed: true, foreignKey: TerrapinCore.ForeignKeyReference(table: Album.schema.tableName, column: Album.schema.primaryKey.name, onDelete: .cascade)),
                            TerrapinCore.ColumnSchema(fieldName: "kind", valueType: MediaKind.self, swiftTypeName: "MediaKind"),
                            TerrapinCore.ColumnSchema(fieldName: "createdAt", valueType: Date.self, swiftTypeName: "Date", isAutoNowAdd: true),
                            TerrapinCore.ColumnSchema(fieldName: "updatedAt", valueType: Date.self, swiftTypeName: "Date", isAutoNow: true)
                        ],
                        ordering: ["name"],
                        uniqueTogether: [["albumId", "name"]],
                        indexes: [["composer", "name"]]
                    )

                    public init(row: any TerrapinCore.SQLRowReader) throws {
                        self.id = try row.decode(Int?.self, at: 0, model: "Track", field: "id")
                        self.name = try row.decode(String.self, at: 1, model: "Track", field: "name")
                        self.milliseconds = try row.decode(Int.self, at: 2, model: "Track", field: "milliseconds")
                        self.composer = try row.decode(String?.self, at: 3, model: "Track", field: "composer")
                        self.albumId = try row.decode(Int?.self, at: 4, model: "Track", field: "albumId")
                        self.kind = try row.decode(MediaKind.self, at: 5, model: "Track", field: "kind")
                        self.createdAt = try row.decode(Date.self, at: 6, model: "Track", field: "createdAt")
                        self.updatedAt = try row.decode(Date.self, at: 7, model: "Track", field: "updatedAt")
                    }

                    public func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.id.sqlValue,
                            self.name.sqlValue,
                            self.milliseconds.sqlValue,
                            self.composer.sqlValue,
                            self.albumId.sqlValue,
                            self.kind.sqlValue,
                            self.createdAt.sqlValue,
                            self.updatedAt.sqlValue
                        ]
                    }

                    public var primaryKeyValue: TerrapinCore.SQLValue {
                        self.id.sqlValue
                    }

                    public mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = Int?.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "Track", field: "id", column: "id",
                                expected: Swift.String(describing: Int?.self), found: value)
                        }
                        self.id = key
                    }

                    public mutating func applyTimestamps(now: Foundation.Date, isInsert: Swift.Bool) {
                        if isInsert {
                            self.createdAt = now
                        }
                        self.updatedAt = now
                    }

                    public struct Columns: Swift.Sendable {
                        public let id = TerrapinCore.Column<Int?>("id")
                        public let name = TerrapinCore.Column<String>("name")
                        public let milliseconds = TerrapinCore.Column<Int>("milliseconds")
                        public let composer = TerrapinCore.Column<String?>("composer")
                        public let albumId = TerrapinCore.Column<Int?>("albumId")
                        public let kind = TerrapinCore.Column<MediaKind>("kind")
                        public let createdAt = TerrapinCore.Column<Date>("createdAt")
                        public let updatedAt = TerrapinCore.Column<Date>("updatedAt")
                    }

                    public static let columns = Columns()
                }
                """
        )
    }

    @Test func uuidKeyedModelHasAnAssignedKeyAndNoTimestampSetter() {
        assertExpansion(
            """
            @Model
            struct Asset {
                @PrimaryKey(column: "asset_uuid") var uuid: UUID
                @Field(unique: true, default: "draft") var status: String
            }
            """,
            expandedSource: """
                struct Asset {
                    var uuid: UUID
                    var status: String
                }

                extension Asset: TerrapinCore.Model {
                    static let schema = TerrapinCore.ModelSchema(
                        modelName: "Asset",
                        tableName: "asset",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "uuid", column: "asset_uuid", valueType: UUID.self, swiftTypeName: "UUID", primaryKey: .assigned),
                            TerrapinCore.ColumnSchema(fieldName: "status", valueType: String.self, swiftTypeName: "String", isUnique: true, defaultValue: "draft")
                        ]
                    )

                    init(row: any TerrapinCore.SQLRowReader) throws {
                        self.uuid = try row.decode(UUID.self, at: 0, model: "Asset", field: "uuid")
                        self.status = try row.decode(String.self, at: 1, model: "Asset", field: "status")
                    }

                    func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.uuid.sqlValue,
                            self.status.sqlValue
                        ]
                    }

                    var primaryKeyValue: TerrapinCore.SQLValue {
                        self.uuid.sqlValue
                    }

                    mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = UUID.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "Asset", field: "uuid", column: "asset_uuid",
                                expected: Swift.String(describing: UUID.self), found: value)
                        }
                        self.uuid = key
                    }

                    struct Columns: Swift.Sendable {
                        let uuid = TerrapinCore.Column<UUID>("uuid")
                        let status = TerrapinCore.Column<String>("status")
                    }

                    static let columns = Columns()
                }
                """
        )
    }

    @Test func selfReferencingForeignKeysWriteTheTableAndKeyColumnOut() {
        assertExpansion(
            """
            @Model(table: "staff")
            struct Employee {
                @PrimaryKey(column: "employee_id") var number: Int64?
                @ForeignKey(Employee.self) var reportsTo: Int64?
                @ForeignKey(Self.self, column: "mentor_id", onDelete: .setNull, index: false) var mentor: Int64?
            }
            """,
            expandedSource: """
                struct Employee {
                    var number: Int64?
                    var reportsTo: Int64?
                    var mentor: Int64?
                }

                extension Employee: TerrapinCore.Model {
                    static let schema = TerrapinCore.ModelSchema(
                        modelName: "Employee",
                        tableName: "staff",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "number", column: "employee_id", valueType: Int64?.self, swiftTypeName: "Int64?", primaryKey: .autoIncrement),
                            TerrapinCore.ColumnSchema(fieldName: "reportsTo", valueType: Int64?.self, swiftTypeName: "Int64?", isIndexed: true, foreignKey: TerrapinCore.ForeignKeyReference(table: "staff", column: "employee_id")),
                            TerrapinCore.ColumnSchema(fieldName: "mentor", column: "mentor_id", valueType: Int64?.self, swiftTypeName: "Int64?", foreignKey: TerrapinCore.ForeignKeyReference(table: "staff", column: "employee_id", onDelete: .setNull))
                        ]
                    )

                    init(row: any TerrapinCore.SQLRowReader) throws {
                        self.number = try row.decode(Int64?.self, at: 0, model: "Employee", field: "number")
                        self.reportsTo = try row.decode(Int64?.self, at: 1, model: "Employee", field: "reportsTo")
                        self.mentor = try row.decode(Int64?.self, at: 2, model: "Employee", field: "mentor")
                    }

                    func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.number.sqlValue,
                            self.reportsTo.sqlValue,
                            self.mentor.sqlValue
                        ]
                    }

                    var primaryKeyValue: TerrapinCore.SQLValue {
                        self.number.sqlValue
                    }

                    mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = Int64?.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "Employee", field: "number", column: "employee_id",
                                expected: Swift.String(describing: Int64?.self), found: value)
                        }
                        self.number = key
                    }

                    struct Columns: Swift.Sendable {
                        let number = TerrapinCore.Column<Int64?>("number")
                        let reportsTo = TerrapinCore.Column<Int64?>("reportsTo")
                        let mentor = TerrapinCore.Column<Int64?>("mentor")
                    }

                    static let columns = Columns()
                }
                """
        )
    }

    @Test(arguments: [
        ("public", "public "), ("package", "package "), ("internal", ""), ("fileprivate", ""),
        ("private", ""),
    ])
    func generatedMembersMatchTheStructsAccessLevel(keyword: String, modifier: String) {
        assertExpansion(
            """
            @Model
            \(keyword) struct Note {
                var id: Int?
            }
            """,
            expandedSource: """
                \(keyword) struct Note {
                    var id: Int?
                }

                extension Note: TerrapinCore.Model {
                    \(modifier)static let schema = TerrapinCore.ModelSchema(
                        modelName: "Note",
                        tableName: "note",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "id", valueType: Int?.self, swiftTypeName: "Int?", primaryKey: .autoIncrement)
                        ]
                    )

                    \(modifier)init(row: any TerrapinCore.SQLRowReader) throws {
                        self.id = try row.decode(Int?.self, at: 0, model: "Note", field: "id")
                    }

                    \(modifier)func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.id.sqlValue
                        ]
                    }

                    \(modifier)var primaryKeyValue: TerrapinCore.SQLValue {
                        self.id.sqlValue
                    }

                    \(modifier)mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = Int?.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "Note", field: "id", column: "id",
                                expected: Swift.String(describing: Int?.self), found: value)
                        }
                        self.id = key
                    }

                    \(modifier)struct Columns: Swift.Sendable {
                        \(modifier)let id = TerrapinCore.Column<Int?>("id")
                    }

                    \(modifier)static let columns = Columns()
                }
                """
        )
    }

    @Test func storedPropertiesOfEveryShapeBecomeFieldsAndTheRestAreSkipped() {
        assertExpansion(
            """
            @Model
            struct HTTPRequest {
                var id: String
                var `default`: Bool
                var x, y: Double
                let fixed: Int
                var observed: Int = 0 {
                    didSet { print(observed) }
                }
                lazy var cache: [Int] = []
                var computed: Int {
                    get { 1 }
                    set {}
                }
            }
            """,
            expandedSource: """
                struct HTTPRequest {
                    var id: String
                    var `default`: Bool
                    var x, y: Double
                    let fixed: Int
                    var observed: Int = 0 {
                        didSet { print(observed) }
                    }
                    lazy var cache: [Int] = []
                    var computed: Int {
                        get { 1 }
                        set {}
                    }
                }

                extension HTTPRequest: TerrapinCore.Model {
                    static let schema = TerrapinCore.ModelSchema(
                        modelName: "HTTPRequest",
                        tableName: "http_request",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "id", valueType: String.self, swiftTypeName: "String", primaryKey: .assigned),
                            TerrapinCore.ColumnSchema(fieldName: "default", valueType: Bool.self, swiftTypeName: "Bool"),
                            TerrapinCore.ColumnSchema(fieldName: "x", valueType: Double.self, swiftTypeName: "Double"),
                            TerrapinCore.ColumnSchema(fieldName: "y", valueType: Double.self, swiftTypeName: "Double"),
                            TerrapinCore.ColumnSchema(fieldName: "fixed", valueType: Int.self, swiftTypeName: "Int"),
                            TerrapinCore.ColumnSchema(fieldName: "observed", valueType: Int.self, swiftTypeName: "Int")
                        ]
                    )

                    init(row: any TerrapinCore.SQLRowReader) throws {
                        self.id = try row.decode(String.self, at: 0, model: "HTTPRequest", field: "id")
                        self.`default` = try row.decode(Bool.self, at: 1, model: "HTTPRequest", field: "default")
                        self.x = try row.decode(Double.self, at: 2, model: "HTTPRequest", field: "x")
                        self.y = try row.decode(Double.self, at: 3, model: "HTTPRequest", field: "y")
                        self.fixed = try row.decode(Int.self, at: 4, model: "HTTPRequest", field: "fixed")
                        self.observed = try row.decode(Int.self, at: 5, model: "HTTPRequest", field: "observed")
                    }

                    func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.id.sqlValue,
                            self.`default`.sqlValue,
                            self.x.sqlValue,
                            self.y.sqlValue,
                            self.fixed.sqlValue,
                            self.observed.sqlValue
                        ]
                    }

                    var primaryKeyValue: TerrapinCore.SQLValue {
                        self.id.sqlValue
                    }

                    mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = String.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "HTTPRequest", field: "id", column: "id",
                                expected: Swift.String(describing: String.self), found: value)
                        }
                        self.id = key
                    }

                    struct Columns: Swift.Sendable {
                        let id = TerrapinCore.Column<String>("id")
                        let `default` = TerrapinCore.Column<Bool>("default")
                        let x = TerrapinCore.Column<Double>("x")
                        let y = TerrapinCore.Column<Double>("y")
                        let fixed = TerrapinCore.Column<Int>("fixed")
                        let observed = TerrapinCore.Column<Int>("observed")
                    }

                    static let columns = Columns()
                }
                """
        )
    }

    @Test func structThatAlreadyConformsGetsMembersWithoutARepeatedConformance() {
        // The compiler passes no conformances to add when the struct declares `Model` itself.
        let macros = terrapinMacros.merging(
            ["Model": MacroSpec(type: ModelMacro.self, conformances: [])]
        ) { _, new in new }
        assertExpansion(
            """
            @Model
            struct Tag: Model {
                var id: Int?
            }
            """,
            expandedSource: """
                struct Tag: Model {
                    var id: Int?
                }

                extension Tag {
                    static let schema = TerrapinCore.ModelSchema(
                        modelName: "Tag",
                        tableName: "tag",
                        columns: [
                            TerrapinCore.ColumnSchema(fieldName: "id", valueType: Int?.self, swiftTypeName: "Int?", primaryKey: .autoIncrement)
                        ]
                    )

                    init(row: any TerrapinCore.SQLRowReader) throws {
                        self.id = try row.decode(Int?.self, at: 0, model: "Tag", field: "id")
                    }

                    func encodedValues() -> [TerrapinCore.SQLValue] {
                        [
                            self.id.sqlValue
                        ]
                    }

                    var primaryKeyValue: TerrapinCore.SQLValue {
                        self.id.sqlValue
                    }

                    mutating func assignPrimaryKey(_ value: TerrapinCore.SQLValue) throws {
                        guard let key = Int?.fromSQLValue(value) else {
                            throw TerrapinCore.TerrapinError.decodingFailed(
                                model: "Tag", field: "id", column: "id",
                                expected: Swift.String(describing: Int?.self), found: value)
                        }
                        self.id = key
                    }

                    struct Columns: Swift.Sendable {
                        let id = TerrapinCore.Column<Int?>("id")
                    }

                    static let columns = Columns()
                }
                """,
            macros: macros
        )
    }
}
