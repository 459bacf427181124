// A libFuzzer harness for the lookup text parser, formatter and completion. Not part of the
// package: `Fuzz/run-lookup-fuzzer.sh` compiles it together with the TerrapinCore sources it
// needs, with `-sanitize=fuzzer,address`, so it lives in the same module as the parser.
//
// For every input it checks what the seeded fuzz tests in `swift test` check:
// - parsing never crashes; it returns a predicate, `nil`, or an error inside the input;
// - a parsed predicate's canonical text parses back to an equal predicate;
// - completion never crashes and its range ends at the cursor.

/// Stops the fuzzer with a message when `condition` does not hold.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// libFuzzer's entry point: one input, as bytes (decoded as UTF-8, invalid bytes replaced).
@_cdecl("LLVMFuzzerTestOneInput")
public func lookupTextFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let count = text.count
    do {
        if let predicate = try QueryPredicate.parse(lookupText: text) {
            let canonical = predicate.lookupText
            do {
                let reparsed = try QueryPredicate.parse(lookupText: canonical)
                let shown = String(describing: reparsed)
                require(
                    reparsed == predicate,
                    "round trip changed \(String(reflecting: text)): "
                        + "\(String(reflecting: canonical)) parsed as \(shown)")
            } catch {
                fatalError(
                    "canonical text \(String(reflecting: canonical)) of \(String(reflecting: text))"
                        + " does not parse: \(error)")
            }
        }
    } catch {
        require(
            (0...count).contains(error.position),
            "error position \(error.position) outside 0...\(count) for \(String(reflecting: text))")
    }
    for cursor in [0, count / 2, count] {
        let context = QueryPredicate.completionContext(in: text, cursor: cursor)
        require(
            context.range.upperBound == cursor && context.range.lowerBound >= 0,
            "completion range \(context.range) at \(cursor) in \(String(reflecting: text))")
    }
    return 0
}
