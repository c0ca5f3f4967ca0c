import ArgumentParser
import KlyngeEcosystem
import KlyngeRender
import KlyngeReports

// Option values are the library's own enums: ArgumentParser parses them by raw
// value and lists `allCases` in the help. The conformances live here, in the CLI,
// because only the CLI knows ArgumentParser.
extension OutputFormat: ExpressibleByArgument {}
extension CollaborationWeighting: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension MapOptions.ColorBy: ExpressibleByArgument {
    public init?(argument: String) {
        guard let grouping = MemberGrouping.named(argument) else { return nil }
        self = grouping
    }
}
extension MapOptions.SizeBy: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension MapOptions.Labels: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `--years FROM-TO` or `--years YEAR`.
struct YearRange: ExpressibleByArgument {
    let range: ClosedRange<Int>
    init?(argument: String) {
        let parts = argument.split(separator: "-").map { Int($0) }
        switch parts.count {
        case 1:
            guard let y = parts[0] else { return nil }
            range = y...y
        case 2:
            guard let a = parts[0], let b = parts[1], a <= b else { return nil }
            range = a...b
        default: return nil
        }
    }
}
