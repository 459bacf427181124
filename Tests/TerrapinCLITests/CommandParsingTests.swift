import ArgumentParser
import Testing

@testable import TerrapinCommandLine

@Suite struct CommandParsingTests {
    @Test func aPathAloneOpensTheBrowser() throws {
        let command = try TerrapinCommand.parseAsRoot(["music.db"])
        let open = try #require(command as? OpenCommand)
        #expect(open.database == "music.db")
        #expect(!open.readOnly)
        #expect(open.table == nil)
    }

    @Test func openTakesReadOnlyAndTableBeforeOrAfterThePath() throws {
        let after = try #require(
            try TerrapinCommand.parseAsRoot(["music.db", "--read-only", "--table", "track"])
                as? OpenCommand)
        #expect(after.readOnly)
        #expect(after.table == "track")
        let before = try #require(
            try TerrapinCommand.parseAsRoot(["--read-only", "music.db"]) as? OpenCommand)
        #expect(before.readOnly)
        #expect(before.database == "music.db")
    }

    @Test func openCanBeNamedForFilesCalledLikeSubcommands() throws {
        let open = try #require(try TerrapinCommand.parseAsRoot(["open", "demo"]) as? OpenCommand)
        #expect(open.database == "demo")
    }

    @Test func urlsAreTakenAsTheyAre() throws {
        let open = try #require(
            try TerrapinCommand.parseAsRoot(["sqlite:///tmp/a.db?busy_timeout=10"])
                as? OpenCommand)
        #expect(open.database == "sqlite:///tmp/a.db?busy_timeout=10")
    }

    @Test func demoRoutesToTheDemoWithDefaults() throws {
        let demo = try #require(try TerrapinCommand.parseAsRoot(["demo"]) as? DemoCommand)
        #expect(demo.rows == 1_000_000)
        #expect(demo.path == "terrapin-demo.sqlite")
        #expect(!demo.readOnly)
        #expect(!demo.buildOnly)
    }

    @Test func demoTakesRowsPathAndReadOnly() throws {
        let demo = try #require(
            try TerrapinCommand.parseAsRoot([
                "demo", "--rows", "2000", "--path", "/tmp/d.sqlite", "--read-only", "--build-only",
            ]) as? DemoCommand)
        #expect(demo.rows == 2_000)
        #expect(demo.path == "/tmp/d.sqlite")
        #expect(demo.readOnly)
        #expect(demo.buildOnly)
    }

    @Test(arguments: ["0", "-5", "many", "200000000"])
    func demoRejectsBadRowCounts(_ rows: String) {
        #expect(throws: (any Error).self) {
            try TerrapinCommand.parseAsRoot(["demo", "--rows=\(rows)"])
        }
    }

    @Test func queryTakesEveryOption() throws {
        let query = try #require(
            try TerrapinCommand.parseAsRoot([
                "query", "music.db", "track", "--filter", "name__icontains=love",
                "--order-by", "-milliseconds", "--order-by", "name", "--limit", "10",
                "--format", "json",
            ]) as? QueryCommand)
        #expect(query.database == "music.db")
        #expect(query.table == "track")
        #expect(query.filter == "name__icontains=love")
        #expect(query.orderBy == ["-milliseconds", "name"])
        #expect(query.limit == 10)
        #expect(query.format == .json)
    }

    @Test func queryDefaultsToTheTableFormat() throws {
        let query = try #require(
            try TerrapinCommand.parseAsRoot(["query", "music.db", "track"]) as? QueryCommand)
        #expect(query.format == .table)
        #expect(query.orderBy.isEmpty)
        #expect(query.limit == nil)
    }

    @Test(arguments: [
        ["query", "music.db", "track", "--format", "xml"],
        ["query", "music.db", "track", "--limit", "-2"],
        ["query", "music.db", "track", "--limit=-5"],
        ["query", "music.db", "track", "--limit"],
        ["query", "music.db"],
        ["query", "music.db", "track", "--order-by="],
    ])
    func queryRejectsBadArguments(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try TerrapinCommand.parseAsRoot(arguments) }
    }

    @Test func versionIsAvailable() {
        #expect(TerrapinCommand.configuration.version == "0.1.0")
        #expect(throws: (any Error).self) { try TerrapinCommand.parseAsRoot(["--version"]) }
    }

    @Test func helpMentionsEverySubcommand() {
        let help = TerrapinCommand.helpMessage()
        for name in ["open", "demo", "query"] { #expect(help.contains(name)) }
    }
}
