/// How `klynge serve` listens: the address and port, and the token that guards anything but
/// loopback.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless the user says otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 lets the system choose a free one (tests).
    public var port = 8080
    /// Required by every request (bearer token or the cookie `/login?token=` sets) when set.
    public var token: String?
    public init() {}
}
