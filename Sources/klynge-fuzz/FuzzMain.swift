import Foundation

/// `klynge-fuzz TARGET [FILE|FOLDER…]` replays inputs: every file named (or every file of a folder
/// named) is fed to the target once — how the tests run the committed corpus and the inputs of
/// earlier findings (`Tests/Fuzz/`).
///
/// Built for fuzzing (`make fuzz`: `-sanitize=fuzzer,address -DKLYNGE_FUZZ`), `main` hands the
/// command line to libFuzzer's driver instead, which calls `LLVMFuzzerTestOneInput` below for the
/// target named by the environment variable `KLYNGE_FUZZ_TARGET`.
///
/// ```
/// KLYNGE_FUZZ_TARGET=members .build-fuzz/debug/klynge-fuzz -max_total_time=30 corpus/ Tests/Fuzz/corpus/members
/// .build/debug/klynge-fuzz members Tests/Fuzz/corpus/members     # replay, no fuzzing
/// ```
@main
struct FuzzMain {
    static func main() {
        #if KLYNGE_FUZZ
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        var args = CommandLine.arguments
        guard args.count >= 2, let target = FuzzTarget(rawValue: args[1]) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: klynge-fuzz \(names) [FILE|FOLDER…]\n".utf8))
            exit(64)
        }
        args.remove(at: 1)
        exit(replay(target, paths: Array(args.dropFirst())))
        #endif
    }

    /// Feeds each file (folders: each file in them, sorted) to `target` once; prints how many.
    static func replay(_ target: FuzzTarget, paths: [String]) -> Int32 {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("klynge-fuzz: no such file: \(path)\n".utf8))
                return 66
            }
            if isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files { target.run(FileManager.default.contents(atPath: file) ?? Data()) }
        print("\(target.rawValue): \(files.count) inputs replayed")
        return 0
    }
}

#if KLYNGE_FUZZ
/// The target `KLYNGE_FUZZ_TARGET` names, read once.
let fuzzedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["KLYNGE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set KLYNGE_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

/// libFuzzer's driver (compiler-rt FuzzerDriver.cpp): the fuzzing loop over `callback`, reading
/// libFuzzer's options and corpus folders from the command line. Called from `main` because
/// SwiftPM gives an executable target its own `main`, which keeps libFuzzer's from linking.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// libFuzzer's entry point: one input for the target `KLYNGE_FUZZ_TARGET` names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzedTarget.run(data.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}
#endif
