#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writing to a file descriptor (standard output by default), so printing a
/// million rows makes a few thousand `write(2)` calls rather than a million.
struct OutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Creates a stream.
    /// - Parameters:
    ///   - descriptor: Where to write.
    ///   - capacity: Bytes gathered before a write.
    init(descriptor: Int32 = STDOUT_FILENO, capacity: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Queues text, writing when the buffer is full.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes everything queued. A reader that went away (`| head`) ends the process with
    /// SIGPIPE, as for any Unix filter.
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
