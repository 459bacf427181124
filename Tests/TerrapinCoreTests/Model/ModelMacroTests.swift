import Foundation
import TerrapinCore
import Testing

// Real models expanded by the compiler plugin: these tests check what the generated code
// does, not how it reads (that is TerrapinMacrosTests' job).

enum MediaKind: String, SQLFieldValue, CaseIterable {
    case audio
    case video
}

@Model(table: "album")
struct Album: Equatable {
    var id: Int?
    @Field(maxLength: 160) var title: String
}

@Model(
    table: "track", ordering: ["name"], uniqueTogether: [["albumId", "name"]],
    indexes: [["composer", "name"]])
struct Track: Equatable {
    var id: Int?
    @Field(maxLength: 200, index: true) var name: String
    @Field(column: "ms") var milliseconds: Int
    var composer: String?
    @ForeignKey(Album.self, onDelete: .cascade) var albumId: Int?
    var kind: MediaKind
    var price: Double
    var isExplicit: Bool
    var artwork: Data?
    @Field(autoNowAdd: true) var createdAt: Date
    @Field(autoNow: true) var updatedAt: Date

    var duration: Double { Double(milliseconds) / 1000 }
    static let something = 1
}

@Model
struct Asset: Equatable {
    @PrimaryKey var uuid: UUID
    var name: String
    @Field(default: "draft") var status: String
}

@Model
struct Employee {
    var id: Int?
    var name: String
    @ForeignKey(Employee.self, onDelete: .setNull) var reportsTo: Int?
}

@Model
struct InvoiceLine {
    var id: Int64
    @Field(unique: true) var code: String
    @Field(default: .integer(1)) var quantity: Int
}

/// A public model: its generated conformance must be usable from other modules.
@Model
public struct PublicNote {
    /// The key.
    public var id: Int?
    /// The text.
    public var text: String
}

/// The schema's table name, through the protocol only.
private func tableName<M: Model>(of _: M.Type) -> String {
    M.schema.tableName
}

@Suite struct ModelMacroTests {
    let created = Date(timeIntervalSince1970: 1_700_000_000)

    var track: Track {
        Track(
            id: nil, name: "Intro", milliseconds: 61_500, composer: nil, albumId: 3,
            kind: .video, price: 0.99, isExplicit: true, artwork: Data([0xca, 0xfe]),
            createdAt: created, updatedAt: created)
    }

    @Test func schemaListsStoredPropertiesAsColumnsInDeclarationOrder() {
        let schema = Track.schema
        #expect(schema.modelName == "Track")
        #expect(schema.tableName == "track")
        #expect(
            schema.columns.map(\.fieldName) == [
                "id", "name", "milliseconds", "composer", "albumId", "kind", "price",
                "isExplicit", "artwork", "createdAt", "updatedAt",
            ])
        #expect(schema.columns[2].name == "ms")
        #expect(schema.column(named: "duration") == nil)
        #expect(schema.column(named: "something") == nil)
    }

    @Test func schemaCarriesTypesAndNullability() {
        let columns = Track.schema.columns
        #expect(
            columns.map(\.type) == [
                .integer, .text, .integer, .text, .integer, .text, .real, .boolean, .blob,
                .timestamp, .timestamp,
            ])
        #expect(
            columns.filter(\.isNullable).map(\.fieldName) == ["composer", "albumId", "artwork"])
        #expect(
            columns.map(\.swiftTypeName).prefix(5) == ["Int?", "String", "Int", "String?", "Int?"])
    }

    @Test func schemaCarriesFieldOptions() throws {
        let schema = Track.schema
        #expect(schema.primaryKey.fieldName == "id")
        #expect(schema.primaryKey.primaryKey == .autoIncrement)
        #expect(schema.primaryKey.isNullable == false)
        let name = try #require(schema.column(named: "name"))
        #expect(name.maxLength == 200)
        #expect(name.isIndexed)
        #expect(schema.column(named: "composer")?.isIndexed == false)
        #expect(schema.column(named: "createdAt")?.isAutoNowAdd == true)
        #expect(schema.column(named: "createdAt")?.isAutoNow == false)
        #expect(schema.column(named: "updatedAt")?.isAutoNow == true)
        #expect(schema.ordering == ["name"])
        #expect(schema.uniqueTogether == [["albumId", "name"]])
        #expect(schema.indexes == [["composer", "name"]])
    }

    @Test func enumFieldsOfferTheirCasesAsAllowedValues() {
        let kind = Track.schema.column(named: "kind")
        #expect(kind?.allowedValues == [.text("audio"), .text("video")])
        #expect(Track.schema.column(named: "name")?.allowedValues == nil)
    }

    @Test func foreignKeyReferencesTheOtherModelsTableAndKeyAndIsIndexed() throws {
        let albumId = try #require(Track.schema.column(named: "albumId"))
        #expect(
            albumId.foreignKey
                == ForeignKeyReference(table: "album", column: "id", onDelete: .cascade))
        #expect(albumId.isIndexed)
    }

    @Test func selfReferencingForeignKeyNamesTheModelsOwnTable() {
        let reportsTo = Employee.schema.column(named: "reportsTo")
        #expect(
            reportsTo?.foreignKey
                == ForeignKeyReference(table: "employee", column: "id", onDelete: .setNull))
    }

    @Test func defaultTableNameIsTheTypeNameInSnakeCase() {
        #expect(InvoiceLine.schema.tableName == "invoice_line")
        #expect(Employee.schema.tableName == "employee")
        #expect(tableName(of: PublicNote.self) == "public_note")
    }

    @Test func keyMarkedWithPrimaryKeyOfANonIntegerTypeIsAssigned() {
        let schema = Asset.schema
        #expect(schema.primaryKeyIndex == 0)
        #expect(schema.primaryKey.name == "uuid")
        #expect(schema.primaryKey.primaryKey == .assigned)
        #expect(schema.primaryKey.type == .uuid)
        #expect(schema.column(named: "status")?.defaultValue == .text("draft"))
    }

    @Test func int64IdAutoIncrementsAndOptionsPassThrough() {
        let schema = InvoiceLine.schema
        #expect(schema.primaryKey.primaryKey == .autoIncrement)
        #expect(schema.column(named: "code")?.isUnique == true)
        #expect(schema.column(named: "quantity")?.defaultValue == .integer(1))
    }

    @Test func encodedValuesFollowColumnOrder() {
        #expect(
            track.encodedValues() == [
                .null, .text("Intro"), .integer(61_500), .null, .integer(3), .text("video"),
                .real(0.99), .bool(true), .blob(Data([0xca, 0xfe])),
                .timestamp(Date(timeIntervalSince1970: 1_700_000_000)),
                .timestamp(Date(timeIntervalSince1970: 1_700_000_000)),
            ])
    }

    @Test func encodedValuesDecodeBackToTheSameValue() throws {
        var original = track
        original.id = 7
        original.composer = "Miles"
        let row = ArrayRowReader(
            names: Track.schema.columns.map(\.name), values: original.encodedValues())
        #expect(try Track(row: row) == original)

        let asset = Asset(uuid: UUID(), name: "logo", status: "published")
        let assetRow = ArrayRowReader(names: [], values: asset.encodedValues())
        #expect(try Asset(row: assetRow) == asset)
    }

    @Test func assigningTheKeyStoresTheDatabasesValue() throws {
        var value = track
        #expect(value.primaryKeyValue == .null)
        #expect(value.isUnsaved)
        try value.assignPrimaryKey(.integer(42))
        #expect(value.id == 42)
        #expect(value.primaryKeyValue == .integer(42))
        #expect(!value.isUnsaved)
    }

    @Test func assigningAKeyOfTheWrongTypeThrowsNamingTheField() {
        var value = track
        #expect(
            throws: TerrapinError.decodingFailed(
                model: "Track", field: "id", column: "id", expected: "Optional<Int>",
                found: .text("abc"))
        ) {
            try value.assignPrimaryKey(.text("abc"))
        }
        #expect(value.id == nil)
    }

    @Test func assignedKeysReadTheirOwnType() throws {
        let uuid = UUID()
        var asset = Asset(uuid: UUID(), name: "logo", status: "draft")
        try asset.assignPrimaryKey(.text(uuid.uuidString))
        #expect(asset.uuid == uuid)
        #expect(asset.primaryKeyValue == .uuid(uuid))
        #expect(!asset.isUnsaved)
    }

    @Test func timestampsSetCreationOnlyOnInsertAndModificationAlways() {
        var value = track
        let insertTime = Date(timeIntervalSince1970: 1_800_000_000)
        value.applyTimestamps(now: insertTime, isInsert: true)
        #expect(value.createdAt == insertTime)
        #expect(value.updatedAt == insertTime)

        let updateTime = Date(timeIntervalSince1970: 1_900_000_000)
        value.applyTimestamps(now: updateTime, isInsert: false)
        #expect(value.createdAt == insertTime)
        #expect(value.updatedAt == updateTime)
    }

    @Test func modelsWithoutTimestampFieldsAreLeftAlone() {
        var asset = Asset(uuid: UUID(), name: "logo", status: "draft")
        let before = asset
        asset.applyTimestamps(now: Date(), isInsert: true)
        #expect(asset == before)
    }

    @Test func typedColumnsBuildPredicatesOnFieldNames() {
        let columns = Track.columns
        #expect(
            (columns.milliseconds > 5)
                == .condition(field: "milliseconds", lookup: .gt, operands: [.integer(5)]))
        #expect(
            (columns.kind == .video)
                == .condition(field: "kind", lookup: .exact, operands: [.text("video")]))
        #expect(
            (columns.composer == nil)
                == .condition(field: "composer", lookup: .isnull, operands: [.integer(1)]))
        #expect(
            columns.name.icontains("love")
                == .condition(field: "name", lookup: .icontains, operands: [.text("love")]))
        #expect(columns.createdAt.descending == OrderTerm("createdAt", descending: true))
        #expect(Asset.columns.uuid.fieldName == "uuid")
    }

    @Test func decodingAWrongTypedValueThrowsNamingModelFieldAndValue() {
        var values = track.encodedValues()
        values[2] = .text("long")
        let row = ArrayRowReader(names: Track.schema.columns.map(\.name), values: values)
        #expect(
            throws: TerrapinError.decodingFailed(
                model: "Track", field: "milliseconds", column: "ms", expected: "Int",
                found: .text("long"))
        ) {
            try Track(row: row)
        }
    }

    @Test func decodingAnUnknownEnumCaseThrows() {
        var values = track.encodedValues()
        values[5] = .text("podcast")
        let row = ArrayRowReader(names: Track.schema.columns.map(\.name), values: values)
        #expect(
            throws: TerrapinError.decodingFailed(
                model: "Track", field: "kind", column: "kind", expected: "MediaKind",
                found: .text("podcast"))
        ) {
            try Track(row: row)
        }
    }
}

extension ModelMacroTests {
    /// The generated members plugged into the rest of the core.
    @Suite struct Integration {
        @Test func typedFiltersUseTheGeneratedColumnsAndTheDefaultOrdering() {
            let query = Track.filter { $0.milliseconds > 300_000 && $0.name.icontains("love") }
            #expect(
                query.predicate
                    == .and([
                        .condition(
                            field: "milliseconds", lookup: .gt, operands: [.integer(300_000)]),
                        .condition(field: "name", lookup: .icontains, operands: [.text("love")]),
                    ]))
            #expect(query.ordering == [OrderTerm("name")])
        }

        @Test func generatedSchemaBecomesATableWithItsKeysAndConstraints() {
            let sql = SchemaGenerator(dialect: SQLiteDialect()).statements(for: Track.schema)
                .joined(separator: "\n")
            #expect(sql.contains(#"CREATE TABLE IF NOT EXISTS "track""#))
            #expect(sql.contains(#""id" INTEGER PRIMARY KEY"#))
            #expect(sql.contains(#""name" VARCHAR(200) NOT NULL"#))
            #expect(sql.contains(#""ms" INTEGER NOT NULL"#))
            #expect(sql.contains(#""composer" TEXT,"#))
            #expect(sql.contains(#"UNIQUE ("albumId", "name")"#))
            #expect(
                sql.contains(
                    #"FOREIGN KEY ("albumId") REFERENCES "album" ("id") ON DELETE CASCADE"#))
            #expect(sql.contains(#"ON "track" ("composer", "name")"#))
        }
    }
}
