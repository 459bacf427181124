import Terrapin
import TerrapinPostgresFixture
import Testing

@testable import TerrapinPostgres

@Suite(needsPostgres) struct PostgresIntrospectionTests {
    @Test func describesTablesViewsMaterializedViewsAndPartitionedTables() async throws {
        try await withFreshDatabase { database, _, _ in
            try await database.execute(
                raw: """
                    CREATE TYPE mood AS ENUM ('sad', 'happy');
                    CREATE TABLE artist (id serial PRIMARY KEY, name varchar(120) NOT NULL);
                    CREATE TABLE album (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        artist_id int REFERENCES artist ON DELETE CASCADE,
                        title text NOT NULL DEFAULT 'untitled',
                        tags text[], meta jsonb, feeling mood, price numeric(10,2),
                        title_length int GENERATED ALWAYS AS (length(title)) STORED);
                    CREATE UNIQUE INDEX album_title ON album (title, artist_id);
                    CREATE INDEX album_lower ON album (lower(title));
                    CREATE VIEW album_titles AS SELECT id, title FROM album;
                    CREATE MATERIALIZED VIEW album_count AS SELECT count(*) AS n FROM album;
                    CREATE TABLE events (at date NOT NULL, what text) PARTITION BY RANGE (at);
                    CREATE TABLE events_2024 PARTITION OF events
                        FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                    CREATE SCHEMA hidden;
                    CREATE TABLE hidden.secret (x int);
                    INSERT INTO artist (name) SELECT 'a' || g FROM generate_series(1, 50) g;
                    ANALYZE artist;
                    """)
            let tables = try await database.introspect()
            let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
            #expect(
                Set(byName.keys)
                    == ["artist", "album", "album_titles", "album_count", "events", "events_2024"])
            let album = try #require(byName["album"])
            #expect(album.kind == .table)
            #expect(album.primaryKey == ["id"])
            #expect(album.rowKey == ["id"])
            #expect(
                album.columns.map(\.name) == [
                    "id", "artist_id", "title", "tags", "meta", "feeling", "price", "title_length",
                ])
            let columns = Dictionary(uniqueKeysWithValues: album.columns.map { ($0.name, $0) })
            #expect(columns["title"]?.declaredType == "text")
            #expect(columns["title"]?.isNullable == false)
            #expect(columns["title"]?.defaultSQL == "'untitled'::text")
            #expect(columns["tags"]?.declaredType == "text[]")
            #expect(columns["meta"]?.declaredType == "jsonb")
            #expect(columns["feeling"]?.declaredType == "mood")
            #expect(columns["price"]?.declaredType == "numeric(10,2)")
            #expect(columns["id"]?.isGenerated == true)
            #expect(columns["title_length"]?.isGenerated == true)
            #expect(columns["artist_id"]?.isNullable == true)
            #expect(
                album.foreignKeys == [
                    ForeignKeyDescription(
                        columns: ["artist_id"], referencedTable: "artist",
                        referencedColumns: ["id"], onDelete: "CASCADE")
                ])
            #expect(
                album.indexes.contains(
                    IndexDescription(
                        name: "album_title", columns: ["title", "artist_id"], isUnique: true)))
            #expect(!album.indexes.contains { $0.name == "album_lower" })
            let artist = try #require(byName["artist"])
            #expect(artist.columns.first?.defaultSQL == "nextval('artist_id_seq'::regclass)")
            #expect(artist.columns.last?.declaredType == "character varying(120)")
            #expect(artist.estimatedRowCount == 50)
            #expect(byName["album_titles"]?.kind == .view)
            #expect(byName["album_titles"]?.sql?.contains("FROM album") == true)
            #expect(byName["album_count"]?.kind == .view)
            #expect(byName["events"]?.kind == .table)
            #expect(byName["events"]?.rowKey == [])
            let one = try await database.introspect(table: "album")
            #expect(one == album)
            #expect(try await database.introspect(table: "nope") == nil)
            let schemas = try await database.schemas()
            #expect(schemas.contains { $0.name == "hidden" && !$0.isSearched })
            #expect(schemas.contains { $0.name == "public" && $0.isSearched })
        }
    }

    @Test func searchPathMakesAnotherSchemasTablesVisible() async throws {
        let server = try await PostgresTestServer.shared()
        let url = try await server.makeDatabase()
        try await server.execute(
            "CREATE SCHEMA app; CREATE TABLE app.thing (id int PRIMARY KEY, label text)",
            database: databaseName(of: url))
        let database = try await PostgresDatabase.open(url: url + "?search_path=app")
        let tables = try await database.introspect()
        #expect(tables.map(\.name) == ["thing"])
        try await database.table("thing").insertRow(["id": 1, "label": "x"])
        #expect(try await database.table("thing").count() == 1)
        try await database.close()
    }
}
