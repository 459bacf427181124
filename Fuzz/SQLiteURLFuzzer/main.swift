// A libFuzzer harness for the SQLite URL parser, `SQLiteConfiguration(url:)`. Not part of the
// package: `Fuzz/run-url-fuzzer.sh` compiles it together with `SQLiteConfiguration.swift` and
// the TerrapinCore sources (for `TerrapinError`) into one module, with
// `-sanitize=fuzzer,address`.
//
// For every input it checks what the seeded fuzz tests in `swift test` check:
// - parsing never traps; it returns a configuration or throws `TerrapinError.invalidURL`
//   naming the input;
// - a parsed configuration has a path, 1 to 64 readers and a non-negative busy timeout.

/// Stops the fuzzer with a message when `condition` does not hold.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// libFuzzer's entry point: one input, as bytes (decoded as UTF-8, invalid bytes replaced).
@_cdecl("LLVMFuzzerTestOneInput")
public func sqliteURLFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let url = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let configuration = try SQLiteConfiguration(url: url)
        require(!configuration.path.isEmpty, "empty path for \(String(reflecting: url))")
        require(
            (1...64).contains(configuration.readerCount),
            "\(configuration.readerCount) readers for \(String(reflecting: url))")
        require(
            configuration.busyTimeoutMilliseconds >= 0,
            "negative busy timeout for \(String(reflecting: url))")
    } catch let error as TerrapinError {
        guard case .invalidURL(let found, let reason) = error else {
            fatalError("\(String(reflecting: url)) threw \(error)")
        }
        require(
            found == url && !reason.isEmpty, "bad error \(error) for \(String(reflecting: url))")
    } catch {
        fatalError("\(String(reflecting: url)) threw \(error)")
    }
    return 0
}
