import SwiftDiagnostics
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// `@Field`, `@PrimaryKey` and `@ForeignKey` generate nothing, but check their own arguments
/// and placement; `@Model` then generates nothing either, so each problem is reported once.
@Suite struct MarkerMacroDiagnosticsTests {
    @Test(arguments: ["0", "-1", "limit"])
    func maxLengthMustBeAPositiveIntegerLiteral(value: String) {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @Field(maxLength: \(value)) var name: String
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var name: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    id: MessageID(domain: "TerrapinMacros", id: "invalidMaxLength"),
                    message: "'maxLength:' must be a positive integer literal, not '\(value)'; "
                        + "remove it for unlimited text",
                    line: 4, column: 23)
            ]
        )
    }

    @Test func fieldOnComputedStaticOrLazyPropertiesIsRefused() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                var milliseconds: Int
                @Field var duration: Double { Double(milliseconds) / 1000 }
                @Field static var shared: Int = 1
                @Field lazy var cache: [Int] = []
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var milliseconds: Int
                    var duration: Double { Double(milliseconds) / 1000 }
                    static var shared: Int = 1
                    lazy var cache: [Int] = []
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    id: MessageID(domain: "TerrapinMacros", id: "markerMisplaced"),
                    message: "@Field applies to stored instance properties of a @Model struct; "
                        + "'duration' is computed: remove @Field, or store the value",
                    line: 5, column: 5),
                DiagnosticSpec(
                    message: "@Field applies to stored instance properties of a @Model struct; "
                        + "'shared' is static: remove @Field, or make it an instance property",
                    line: 6, column: 5),
                DiagnosticSpec(
                    message: "@Field applies to stored instance properties of a @Model struct; "
                        + "'cache' is lazy: remove @Field, or remove 'lazy'",
                    line: 7, column: 5),
            ]
        )
    }

    @Test func markerOnAFunctionIsRefused() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @PrimaryKey func key() -> Int { 1 }
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    func key() -> Int { 1 }
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@PrimaryKey applies to stored instance properties of a @Model "
                        + "struct; remove it from this declaration, which is not a property",
                    line: 4, column: 5)
            ]
        )
    }

    @Test func markerOutsideAModelIsReported() {
        assertExpansion(
            """
            struct Plain {
                @Field(maxLength: 10) var name: String
            }
            """,
            expandedSource: """
                struct Plain {
                    var name: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Field has no effect outside a @Model struct: add @Model to the "
                        + "struct, or remove @Field",
                    line: 2, column: 5)
            ]
        )
    }

    @Test func namesAndFlagsMustBeLiterals() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @Field(column: "") var a: String
                @Field(column: prefix + "b") var b: String
                @Field(unique: isUnique) var c: String
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var a: String
                    var b: String
                    var c: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'column:' must not be empty: give a name, or remove the argument "
                        + "to use the default",
                    line: 4, column: 20),
                DiagnosticSpec(
                    message: "'column:' must be a plain string literal such as \"name\" (no "
                        + "interpolation, no raw string)",
                    line: 5, column: 20),
                DiagnosticSpec(
                    message: "'unique:' must be the literal 'true' or 'false'",
                    line: 6, column: 20),
            ]
        )
    }

    @Test func timestampsNeedOneOptionAndADateField() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @Field(autoNow: true, autoNowAdd: true) var stamped: Date
                @Field(autoNowAdd: true) var created: String
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var stamped: Date
                    var created: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'stamped' cannot be both autoNow and autoNowAdd: use "
                        + "autoNowAdd for a creation time, autoNow for a modification time",
                    line: 4, column: 5),
                DiagnosticSpec(
                    message: "autoNow and autoNowAdd apply to Date fields, but 'created' is "
                        + "'String': change its type to Date or Date?, or remove the option",
                    line: 5, column: 5),
            ]
        )
    }

    @Test func optionsOnADeclarationOfSeveralPropertiesAreRefused() {
        assertExpansion(
            """
            @Model
            struct Point {
                var id: Int?
                @Field(index: true) var x, y: Double
            }
            """,
            expandedSource: """
                struct Point {
                    var id: Int?
                    var x, y: Double
                }
                """,
            diagnostics: [
                // The test expander refuses before @Field runs (the compiler runs @Field, which
                // reports "@Field applies to one property: ..."); @Model generates nothing.
                DiagnosticSpec(
                    message: "peer macro can only be applied to a single variable",
                    line: 4, column: 5)
            ]
        )
    }

    @Test func primaryKeyDeclaredWithLetIsRefusedWithAFixIt() {
        assertExpansion(
            """
            @Model
            struct Country {
                @PrimaryKey let code: String
            }
            """,
            expandedSource: """
                struct Country {
                    let code: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "primary key 'code' must be declared with 'var', because inserting "
                        + "a row assigns it",
                    line: 3, column: 17, fixIts: [FixItSpec(message: "replace 'let' with 'var'")])
            ],
            fixedSource: """
                @Model
                struct Country {
                    @PrimaryKey var code: String
                }
                """
        )
    }

    @Test func autoIncrementOnANonIntegerKeyIsRefusedWithAFixIt() {
        assertExpansion(
            """
            @Model
            struct Asset {
                @PrimaryKey(autoIncrement: true) var uuid: UUID
            }
            """,
            expandedSource: """
                struct Asset {
                    var uuid: UUID
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    id: MessageID(domain: "TerrapinMacros", id: "autoIncrementNotInteger"),
                    message: "primary key 'uuid' of type 'UUID' cannot auto-increment: only Int "
                        + "and Int64 keys can; use `@PrimaryKey(autoIncrement: false)` for keys "
                        + "the application assigns",
                    line: 3, column: 32, fixIts: [FixItSpec(message: "use 'autoIncrement: false'")])
            ],
            fixedSource: """
                @Model
                struct Asset {
                    @PrimaryKey(autoIncrement: false) var uuid: UUID
                }
                """
        )
    }

    @Test func foreignKeyNeedsAModelType() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @ForeignKey(albumType) var albumId: Int?
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var albumId: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@ForeignKey needs the referenced model as `Model.self` (for example "
                        + "`@ForeignKey(Album.self)`), not 'albumType'",
                    line: 4, column: 17)
            ]
        )
    }
}
