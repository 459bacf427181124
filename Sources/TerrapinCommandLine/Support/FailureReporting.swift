import ArgumentParser
import CursesBackend
import Terrapin

/// Runs a command's body, turning any error into one plain line on standard error
/// (`terrapin: …`) and a non-zero exit status, instead of a stack of Swift type names.
///
/// - Parameter body: The command's work.
/// - Throws: `ExitCode.failure` after printing, or the `ExitCode`/`CleanExit` the body threw.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch let exit as CleanExit {
        throw exit
    } catch let error as LookupSyntaxError {
        StandardError.line("terrapin: --filter: \(error.description)")
        StandardError.write(FilterErrorPointer.lines(for: error))
        throw ExitCode.failure
    } catch {
        StandardError.line("terrapin: \(redactingURLs(in: message(for: error)))")
        throw ExitCode.failure
    }
}

/// The message with the password of every URL in it replaced by `***`: a last guard, as
/// every message that names a database URL already uses the redacted form.
func redactingURLs(in message: String) -> String {
    guard message.contains("://") else { return message }
    var result = ""
    var rest = Substring(message)
    while let separator = rest.range(of: "://") {
        // The URL starts after the last space or quote before `://`…
        let start =
            rest[..<separator.lowerBound].lastIndex(where: { $0 == " " || $0 == "\"" })
            .map { rest.index(after: $0) } ?? rest.startIndex
        // …and ends at the next space or quote after it.
        let end =
            rest[separator.upperBound...].firstIndex(where: { $0 == " " || $0 == "\"" })
            ?? rest.endIndex
        result += rest[..<start] + redactedDatabaseURL(String(rest[start..<end]))
        rest = rest[end...]
    }
    return result + rest
}

/// The plain-words message of an error.
func message(for error: any Error) -> String {
    switch error {
    case let failure as CommandFailure: return failure.message
    case let error as TerrapinError: return error.description
    case let error as CursesTerminalError: return error.description
    case is CancellationError: return "cancelled."
    default: return String(describing: error)
    }
}
