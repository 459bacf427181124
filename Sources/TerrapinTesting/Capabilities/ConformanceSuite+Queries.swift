import Foundation
import TerrapinCore
import Testing

extension ConformanceSuite {
    /// The three predicate forms (typed closure, `Q` lookups, lookup text) find the same rows.
    public func threePredicateFormsFindTheSameRows() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let typed = try await Track.query(on: database)
                .filter { $0.milliseconds > 300_000 && $0.name.icontains("o") }.all()
            let lookups = try await Track.query(on: database)
                .filter(Q("milliseconds__gt", 300_000) & Q("name__icontains", "o")).all()
            let text = try await Track.query(on: database)
                .filter(parsing: "milliseconds__gt=300000 name__icontains=o").all()
            #expect(typed.map(\.name) == ["Bohemian Rhapsody", "So What"])
            #expect(lookups.map(\.name) == typed.map(\.name))
            #expect(text.map(\.name) == typed.map(\.name))
        }
    }

    /// Every lookup, each checked against the rows it must find.
    public func everyLookupFindsItsRows() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let cases: [(String, any SQLFieldValue, [String])] = [
                ("name", "So What", ["So What"]),
                ("name__exact", "So What", ["So What"]),
                (
                    "composer__not", "Mercury",
                    ["Blue in Green", "Love Song", "So What", "Ärger 日本"]
                ),
                ("name__iexact", "so what", ["So What"]),
                ("name__contains", "in", ["Blue in Green"]),
                ("name__contains", "IN", []),
                ("name__icontains", "IN", ["Blue in Green"]),
                ("name__startswith", "B", ["Blue in Green", "Bohemian Rhapsody"]),
                ("name__startswith", "b", []),
                ("name__istartswith", "b", ["Blue in Green", "Bohemian Rhapsody"]),
                ("name__endswith", "Song", ["Love Song"]),
                ("name__iendswith", "SONG", ["Love Song"]),
                ("name__contains", "%", []),
                ("name__contains", "_", []),
                ("milliseconds__gt", 354_000, ["So What"]),
                ("milliseconds__gte", 354_000, ["Bohemian Rhapsody", "So What"]),
                ("milliseconds__lt", 200_000, ["Ärger 日本"]),
                ("milliseconds__lte", 200_000, ["Love Song", "Ärger 日本"]),
                ("composer__isnull", true, ["Love Song", "Ärger 日本"]),
                ("composer__isnull", false, ["Blue in Green", "Bohemian Rhapsody", "So What"]),
                ("genre", Genre.classical, ["Ärger 日本"]),
            ]
            for (lookup, value, names) in cases {
                // Compared sorted here, not by the database's collation.
                let found = try await Track.query(on: database).filter(lookup, value).all()
                #expect(found.map(\.name).sorted() == names.sorted(), "\(lookup)=\(value)")
            }
            let query = Track.query(on: database).orderBy("milliseconds")
            #expect(
                try await query.filter(Q("milliseconds__in", [1_000, 562_000])).all().map(\.name)
                    == ["Ärger 日本", "So What"])
            #expect(
                try await query.filter(Q("genre__not_in", ["rock", "jazz"])).all().map(\.name)
                    == ["Ärger 日本"])
            #expect(
                try await query.filter(Q("milliseconds__range", [200_000, 337_000])).all().map(
                    \.name) == ["Love Song", "Blue in Green"])
            #expect(
                try await query.filter(parsing: "milliseconds__in=1000,562000").count() == 2)
        }
    }

    /// `|` groups, `exclude` (which keeps rows whose condition is NULL) and NULL lookups.
    public func orGroupsExcludeAndNullLookupsWork() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let query = Track.query(on: database)
            let jazzOrShort = try await query.filter(
                parsing: #"genre=jazz | milliseconds__lt=250000"#
            ).orderBy("milliseconds").all()
            #expect(
                jazzOrShort.map(\.name) == ["Ärger 日本", "Love Song", "Blue in Green", "So What"])
            #expect(try await query.filter { $0.composer == nil }.count() == 2)
            #expect(try await query.exclude(Q("composer", "Mercury")).count() == 4)
            #expect(try await query.filter("name__contains", "love").count() == 0)
            #expect(try await query.filter("name__contains", "日本").count() == 1)
        }
    }

    /// Ordering, offset and limit, `first`, `distinct` and `exists`.
    public func orderingLimitOffsetFirstAndDistinct() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let query = Track.query(on: database)
            let page = try await query.orderBy("-milliseconds").offset(1).limit(2).all()
            #expect(page.map(\.name) == ["Bohemian Rhapsody", "Blue in Green"])
            #expect(
                try await query.orderBy { [$0.milliseconds.ascending] }.first()?.name
                    == "Ärger 日本")
            #expect(try await query.offset(3).all().count == 2)
            #expect(try await query.all().map(\.name).first == "Blue in Green")  // by name
            let genres = try await query.distinct().orderBy("genre").valuesList("genre")
            #expect(genres == [["classical"], ["jazz"], ["rock"]])
            #expect(try await query.filter("genre", Genre.jazz).exists())
            #expect(try await !query.filter("genre", "pop").exists())
        }
    }

    /// `get` throws when no row or several rows match; `getOrNil` returns `nil`.
    public func getThrowsForNoneAndForSeveral() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            await #expect(throws: TerrapinError.notFound(model: "Track", filter: #"name="Nope""#)) {
                try await Track.get(Q("name", "Nope"), on: database)
            }
            await #expect {
                try await Track.get(Q("genre", "rock"), on: database)
            } throws: { error in
                guard case TerrapinError.multipleFound(let model, _, let count) = error else {
                    return false
                }
                return model == "Track" && count == 2
            }
            #expect(try await Track.query(on: database).filter("name", "Nope").getOrNil() == nil)
        }
    }

    /// A query set's `update` and `delete` report how many rows they changed.
    public func querySetUpdateAndDeleteReportRowCounts() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let query = Track.query(on: database)
            let updated = try await query.filter("composer__isnull", true).update([
                "composer": "Unknown"
            ])
            #expect(updated == 2)
            #expect(try await query.filter("composer", "Unknown").count() == 2)
            #expect(try await query.filter("genre", Genre.jazz).delete() == 2)
            #expect(try await query.count() == 3)
        }
    }

    /// `values`, `Model.raw` and `Database.raw`, with `?` placeholders bound, never spliced.
    public func valuesAndRawSQLUseBoundParameters() async throws {
        try await withMusicDatabase { database in
            try await seedTracks(database)
            let values = try await Track.query(on: database).filter("genre", Genre.jazz)
                .orderBy("name").values("name", "milliseconds")
            #expect(
                values == [
                    ["name": "Blue in Green", "milliseconds": 337_000],
                    ["name": "So What", "milliseconds": 562_000],
                ])
            let hostile = "x'; DROP TABLE track; --"
            let raw = try await Track.raw(
                "SELECT * FROM track WHERE name = ? OR ms > ?", [.text(hostile), 500_000],
                on: database)
            #expect(raw.map(\.name) == ["So What"])
            let rows = try await database.raw(
                "SELECT count(*) AS n FROM track WHERE name <> ? AND name <> '?'", [.text(hostile)])
            #expect(rows.first?["n"] == 5)
        }
    }
}
