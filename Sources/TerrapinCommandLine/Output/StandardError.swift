#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages for the person at the terminal: progress, timings and errors go to standard
/// error, so standard output carries only data.
enum StandardError {
    /// Writes text as is (no newline added).
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                systemWrite(STDERR_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Writes one line.
    static func line(_ text: String) {
        write(text + "\n")
    }

    /// Whether standard error is a terminal (so `\r` progress lines make sense).
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// `write(2)`, named so it does not clash with the methods called `write`.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
    #else
        return Darwin.write(descriptor, bytes, count)
    #endif
}
