import SwiftDiagnostics
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// `@Model` refuses to generate anything when a model is wrong, and says what to fix.
@Suite struct ModelMacroDiagnosticsTests {
    @Test(arguments: ["class", "enum", "actor", "protocol"])
    func modelOnAnythingButAStructIsRefused(keyword: String) {
        assertExpansion(
            """
            @Model
            \(keyword) Thing {
            }
            """,
            expandedSource: """
                \(keyword) Thing {
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    id: MessageID(domain: "TerrapinMacros", id: "modelNotOnStruct"),
                    message: "@Model applies to structs, not to \(keyword) declarations: "
                        + "declare the model as a struct",
                    line: 1, column: 1)
            ]
        )
    }

    @Test func genericStructIsRefused() {
        assertExpansion(
            """
            @Model
            struct Box<Value> {
                var id: Int?
            }
            """,
            expandedSource: """
                struct Box<Value> {
                    var id: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model does not support generic structs: 'Box' needs static stored "
                        + "properties, which Swift does not allow in generic types; remove the "
                        + "generic parameters",
                    line: 2, column: 11)
            ]
        )
    }

    @Test func modelWithoutAKeyIsAskedForOne() {
        assertExpansion(
            """
            @Model
            struct Track {
                var name: String
            }
            """,
            expandedSource: """
                struct Track {
                    var name: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    id: MessageID(domain: "TerrapinMacros", id: "missingPrimaryKey"),
                    message: "@Model 'Track' needs a primary key: add `var id: Int?` or mark a "
                        + "field with @PrimaryKey",
                    line: 1, column: 1)
            ]
        )
    }

    @Test func secondPrimaryKeyIsRefused() {
        assertExpansion(
            """
            @Model
            struct Pair {
                @PrimaryKey var first: Int?
                @PrimaryKey var second: Int?
            }
            """,
            expandedSource: """
                struct Pair {
                    var first: Int?
                    var second: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model 'Pair' has two primary keys, 'first' and 'second': keep "
                        + "@PrimaryKey on one field only",
                    line: 4, column: 5)
            ]
        )
    }

    @Test func idDeclaredWithLetIsRefusedWithAFixIt() {
        assertExpansion(
            """
            @Model
            struct Genre {
                let id: Int?
            }
            """,
            expandedSource: """
                struct Genre {
                    let id: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "primary key 'id' must be declared with 'var', because inserting a "
                        + "row assigns it",
                    line: 3, column: 5, fixIts: [FixItSpec(message: "replace 'let' with 'var'")])
            ],
            fixedSource: """
                @Model
                struct Genre {
                    var id: Int?
                }
                """
        )
    }

    @Test func propertyWithoutATypeIsAskedForOneWithAFixItForLiterals() {
        assertExpansion(
            """
            @Model
            struct Counter {
                var id: Int?
                var count = 0
                var label = makeLabel()
            }
            """,
            expandedSource: """
                struct Counter {
                    var id: Int?
                    var count = 0
                    var label = makeLabel()
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'count' needs an explicit type annotation "
                        + "(`count: <Type>`): @Model reads the column type from it",
                    line: 4, column: 9, fixIts: [FixItSpec(message: "add ': Int'")]),
                DiagnosticSpec(
                    message: "field 'label' needs an explicit type annotation "
                        + "(`label: <Type>`): @Model reads the column type from it",
                    line: 5, column: 9),
            ],
            fixedSource: """
                @Model
                struct Counter {
                    var id: Int?
                    var count: Int = 0
                    var label = makeLabel()
                }
                """
        )
    }

    @Test func letWithAnInitialValueIsRefused() {
        assertExpansion(
            """
            @Model
            struct Setting {
                var id: Int?
                let version: Int = 1
            }
            """,
            expandedSource: """
                struct Setting {
                    var id: Int?
                    let version: Int = 1
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "field 'version' is a 'let' with an initial value, so a row read "
                        + "from the database could not set it: make it 'var', remove the initial "
                        + "value, or make it 'static'",
                    line: 4, column: 9, fixIts: [FixItSpec(message: "replace 'let' with 'var'")])
            ]
        )
    }

    @Test func tuplePatternsAndImplicitlyUnwrappedTypesAreRefused() {
        assertExpansion(
            """
            @Model
            struct Point {
                var id: Int?
                var (x, y): (Double, Double)
                var label: String!
            }
            """,
            expandedSource: """
                struct Point {
                    var id: Int?
                    var (x, y): (Double, Double)
                    var label: String!
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "@Model cannot store '(x, y)' as columns: declare each field as its "
                        + "own property",
                    line: 4, column: 9),
                DiagnosticSpec(
                    message: "field 'label' has the implicitly unwrapped type 'String!': write "
                        + "it as an optional ('?') if the column can be NULL",
                    line: 5, column: 16),
            ]
        )
    }

    @Test func twoFieldsOnOneColumnAreRefused() {
        assertExpansion(
            """
            @Model
            struct Person {
                var id: Int?
                @Field(column: "name") var fullName: String
                var name: String
            }
            """,
            expandedSource: """
                struct Person {
                    var id: Int?
                    var fullName: String
                    var name: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "fields 'fullName' and 'name' both map to column 'name': give one of "
                        + "them another name with @Field(column:)",
                    line: 5, column: 5)
            ]
        )
    }

    @Test func columnGivenByTwoAttributesIsRefused() {
        assertExpansion(
            """
            @Model
            struct Track {
                var id: Int?
                @Field(column: "album") @ForeignKey(Album.self, column: "album_id") var albumId: Int?
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
                    message: "field 'albumId' sets 'column:' in two attributes: set it in one of "
                        + "them",
                    line: 4, column: 29)
            ]
        )
    }

    @Test func orderingMustBeALiteralListOfFieldNames() {
        assertExpansion(
            """
            @Model(ordering: defaultOrdering)
            struct A {
                var id: Int?
            }
            @Model(ordering: ["-nmae", name, "id"])
            struct B {
                var id: Int?
                var name: String
            }
            """,
            expandedSource: """
                struct A {
                    var id: Int?
                }
                struct B {
                    var id: Int?
                    var name: String
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'ordering:' must be an array literal of string literals, such as "
                        + "[\"name\", \"-createdAt\"]",
                    line: 1, column: 18),
                DiagnosticSpec(
                    message: "'ordering:' names 'nmae', which is not a field of this model; known "
                        + "fields: id, name",
                    line: 5, column: 19),
                DiagnosticSpec(
                    message: "'ordering:' must be an array literal of string literals, such as "
                        + "[\"name\", \"-createdAt\"]",
                    line: 5, column: 28),
            ]
        )
    }

    @Test func uniqueTogetherAndIndexesMustBeLiteralGroupsOfFieldNames() {
        assertExpansion(
            """
            @Model(uniqueTogether: [["name", "albumID"], []], indexes: ["name"])
            struct Track {
                var id: Int?
                var name: String
                var albumId: Int?
            }
            """,
            expandedSource: """
                struct Track {
                    var id: Int?
                    var name: String
                    var albumId: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'uniqueTogether:' names 'albumID', which is not a field of this "
                        + "model; known fields: id, name, albumId",
                    line: 1, column: 34),
                DiagnosticSpec(
                    message: "'uniqueTogether:' has an empty group: list at least one field name "
                        + "in each group, or remove the group",
                    line: 1, column: 46),
                DiagnosticSpec(
                    message: "'indexes:' must be an array literal of arrays of field names, such "
                        + "as [[\"albumId\", \"name\"]]",
                    line: 1, column: 61),
            ]
        )
    }

    @Test func tableNameMustBeANonEmptyPlainLiteral() {
        assertExpansion(
            """
            @Model(table: "")
            struct A {
                var id: Int?
            }
            @Model(table: "t_\\(suffix)")
            struct B {
                var id: Int?
            }
            """,
            expandedSource: """
                struct A {
                    var id: Int?
                }
                struct B {
                    var id: Int?
                }
                """,
            diagnostics: [
                DiagnosticSpec(
                    message: "'table:' must not be empty: give a name, or remove the argument to "
                        + "use the default",
                    line: 1, column: 15),
                DiagnosticSpec(
                    message: "'table:' must be a plain string literal such as \"name\" (no "
                        + "interpolation, no raw string)",
                    line: 5, column: 15),
            ]
        )
    }
}
