import Testing

@testable import TerrapinCommandLine

@Suite struct DatabaseLocationTests {
    @Test func plainPathsAreSQLiteFilesEvenWithQuestionMarks() {
        #expect(DatabaseLocation("music.db") == .path("music.db"))
        #expect(DatabaseLocation("/data/what?.db") == .path("/data/what?.db"))
    }

    @Test func schemesMakeURLs() {
        #expect(DatabaseLocation("sqlite://a.db") == .url("sqlite://a.db"))
        #expect(DatabaseLocation("sqlite:a.db") == .url("sqlite:a.db"))
        #expect(DatabaseLocation("postgres://u@h/db") == .url("postgres://u@h/db"))
    }

    @Test func readOnlyAddsTheModeOption() {
        #expect(DatabaseLocation.url("sqlite://a.db", readOnly: true) == "sqlite://a.db?mode=ro")
        #expect(
            DatabaseLocation.url("sqlite://a.db?readers=2", readOnly: true)
                == "sqlite://a.db?readers=2&mode=ro")
        #expect(DatabaseLocation.url("sqlite://a.db", readOnly: false) == "sqlite://a.db")
    }
}
