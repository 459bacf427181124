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
        StandardError.line("terrapin: \(message(for: error))")
        throw ExitCode.failure
    }
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
