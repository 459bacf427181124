import CursesBackend
import Testing

@testable import TerrapinCommandLine

/// The terminal-type check that runs before curses takes the screen (issue 7, item 12). It
/// looks the types up in the machine's real terminfo database, as the browser does.
/// Serialized: the lookup goes through terminfo's one global current terminal.
@Suite(.serialized) struct TerminalTypeCheckTests {
    @Test func aDumbTerminalIsRefusedBecauseItCannotMoveTheCursor() {
        #expect(throws: CursesTerminalError.cannotAddressCursor(term: "dumb")) {
            try TerminalTypeCheck.check(term: "dumb")
        }
    }

    @Test func vt100AndXtermCanBeDriven() throws {
        try TerminalTypeCheck.check(term: "vt100")
        try TerminalTypeCheck.check(term: "xterm-256color")
    }

    @Test func aTypeTerminfoDoesNotKnowIsRefusedByName() {
        #expect(throws: CursesTerminalError.unknownTerminalType(term: "no-such-terminal-42")) {
            try TerminalTypeCheck.check(term: "no-such-terminal-42")
        }
    }

    @Test func theGenericUnknownEntryIsRefusedAsUnknown() {
        #expect(throws: CursesTerminalError.unknownTerminalType(term: "unknown")) {
            try TerminalTypeCheck.check(term: "unknown")
        }
    }

    @Test func anUnsetOrEmptyTermIsRefused() {
        #expect(throws: CursesTerminalError.unknownTerminalType(term: nil)) {
            try TerminalTypeCheck.check(term: nil)
        }
        #expect(throws: CursesTerminalError.unknownTerminalType(term: nil)) {
            try TerminalTypeCheck.check(term: "")
        }
    }

    @Test func theMessagesAreOneLineNamingTermAndWhatToSet() {
        let errors: [CursesTerminalError] = [
            .cannotAddressCursor(term: "dumb"), .unknownTerminalType(term: "foo"),
            .unknownTerminalType(term: nil), .noTerminfoDatabase(term: "xterm"),
        ]
        for error in errors {
            let text = message(for: error)
            #expect(!text.contains("\n"))
            #expect(text.contains("TERM"))
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        }
        #expect(
            message(for: CursesTerminalError.cannotAddressCursor(term: "dumb")).contains(
                "TERM='dumb'"))
        #expect(
            message(for: CursesTerminalError.cannotAddressCursor(term: "dumb")).contains(
                "xterm-256color"))
    }
}
