import Foundation
import KlyngeGraph
import KlyngeServer
import Testing

/// Query strings over 8 kB, `top` over 1000 and work over the time limit are refused clearly.
@Suite struct LimitsTests {
    @Test func aLongQueryStringIsRefused() async throws {
        let long = String(repeating: "a", count: RequestLimits.maximumQueryBytes)
        try await RunningServer.with(defaultServed) { server in
            let refused = try await server.json("/api/members?q=\(long)")
            #expect(refused.status == 414)
            let message = (refused.value as? [String: Any])?["error"] as? String
            #expect(message == "the query string is \(long.utf8.count + 2) bytes; at most 8192 are accepted")
            let page = try await server.raw("/match?q=\(long)")
            #expect(page.status == 414)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            let fits = try await server.raw("/api/members?q=\(long.dropFirst(2))")
            #expect(fits.status == 200)
        }
    }

    @Test(arguments: [
        "/api/match?for=Bergen&top=1001", "/api/brokers?top=1001", "/api/members?limit=1001", "/api/map.svg?top=1001",
        "/api/map.svg?kind=brokers&top=0",
    ])
    func topOver1000IsRefused(path: String) async throws {
        let answer = try await RunningServer.with(defaultServed) { try await $0.raw(path) }
        #expect(answer.status == 400)
        let value = try JSONSerialization.jsonObject(with: answer.body)
        let message = (value as? [String: Any])?["error"] as? String ?? ""
        #expect(message.hasSuffix(": must be at most 1000") || message.hasSuffix(": must be at least 1"), "\(message)")
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
    func onlyGetAndHeadAreAnswered(method: String) async throws {
        try await RunningServer.with(defaultServed) { server in
            for path in ["/api/match?for=Bergen", "/healthz", "/match", "/no/such/path"] {
                let answer = try await server.raw(path, method: method)
                #expect(answer.status == 405, "\(method) \(path)")
                #expect(answer.headers["allow"] == "GET, HEAD", "\(method) \(path)")
            }
            #expect(try await server.raw("/healthz", method: "HEAD").status == 200)
        }
    }

    @Test func workPastTheTimeLimitIsAnsweredAndCancelled() async throws {
        // A pool of its own: the work below holds its thread until it is cancelled.
        let pool = ComputePool(width: 1)
        let stopped = Locked(false)
        await #expect(throws: TimeLimitExceeded.self) {
            try await withTimeLimit(.milliseconds(100), pool: pool) { control in
                // At most 60 s: a cancellation that never arrives fails the wait below, not the run.
                for _ in 0..<6000 where !control.isCancelled { Thread.sleep(forTimeInterval: 0.01) }
                stopped.withLock { $0 = control.isCancelled }
            }
        }
        #expect(await eventually { stopped.withLock { $0 } }, "the work was not told to stop")
        let quick = try await withTimeLimit(.seconds(5), pool: pool) { _ in 6 * 7 }
        #expect(quick == 42)
        await #expect(throws: ParameterError.self) {
            try await withTimeLimit(.seconds(5), pool: pool) { _ in throw ParameterError("x", "y") }
        }
        #expect(TimeLimitExceeded(limit: .seconds(10)).description.hasPrefix("the request took longer than 10 s"))
    }

    @Test func aRequestWhoseTimeRanOutWhileQueuedNeverStarts() async throws {
        let pool = ComputePool(width: 1)
        let started = Locked(false)
        let release = Locked(false)
        let holding = Locked(false)
        // Holds the pool's one thread until released, however long the test takes to get there
        // (under the Thread Sanitizer on 2 cores, minutes: a cap let the holder go and the queued
        // job run in time). Submitted straight to the pool, not from a child task: on a starved
        // cooperative pool a child task may not run for a minute, and the order of the two
        // submissions is what this test is about.
        pool.submit {
            holding.withLock { $0 = true }
            while !release.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(await eventually(within: 120) { holding.withLock { $0 } })
        await #expect(throws: TimeLimitExceeded.self) {
            try await withTimeLimit(.milliseconds(100), pool: pool) { _ in started.withLock { $0 = true } }
        }
        release.withLock { $0 = true }
        // Jobs start in the order submitted: once this one runs, the expired one has had its turn.
        let after = try await withTimeLimit(.seconds(120), pool: pool) { _ in started.withLock { $0 } }
        #expect(!after, "work queued past its time limit ran anyway")
    }

    @Test func thePoolRunsAtMostItsWidthAtOnce() async throws {
        let pool = ComputePool(width: 2)
        let running = Locked((now: 0, most: 0, done: 0))
        // Submitted straight to the pool (not from child tasks, which a starved cooperative pool
        // may hold back), so eight jobs wait there at once.
        for _ in 0..<8 {
            pool.submit {
                running.withLock {
                    $0.now += 1
                    $0.most = max($0.most, $0.now)
                }
                // Wait (at most 5 s) for a second job to run beside this one; a third never may.
                for _ in 0..<500 where running.withLock({ $0.now }) < 2 { Thread.sleep(forTimeInterval: 0.01) }
                Thread.sleep(forTimeInterval: 0.02)
                running.withLock {
                    $0.now -= 1
                    $0.done += 1
                }
            }
        }
        #expect(await eventually(within: 120) { running.withLock { $0.done } == 8 })
        #expect(running.withLock { $0.most } == 2)
    }
}

/// Whether `condition` holds within `seconds`, asked every 10 ms.
func eventually(within seconds: Double = 30, _ condition: @Sendable () -> Bool) async -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
