/// How `klynge serve` listens: the address and port, the token that guards anything but
/// loopback, and the threads that answer requests.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless the user says otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 lets the system choose a free one (tests).
    public var port = 8080
    /// Required by every request (bearer token or the cookie `/login?token=` sets) when set.
    public var token: String?
    /// Event-loop threads answering connections (default: one per core).
    public var threads: Int?
    public init() {}

    /// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost): the only hosts
    /// `klynge serve` binds without a token.
    ///
    /// ```swift
    /// var c = ServerConfiguration()
    /// c.host = "0.0.0.0"
    /// c.isLoopback  // false: needs --token
    /// ```
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
