/// The text of a dataset file as UTF-8 bytes, whatever encoding it was written in, and
/// what that encoding was (for the note a reader gives when it is not UTF-8).
package struct DecodedText: Sendable {
    /// The encoding found.
    package var encoding: TextEncoding
    /// The text as UTF-8, without byte-order mark.
    package var utf8: [UInt8]
}

/// Finds the encoding of a file's bytes and turns them into UTF-8:
///
/// 1. a byte-order mark decides: EF BB BF is UTF-8, FF FE UTF-16 little-endian,
///    FE FF UTF-16 big-endian (the mark is dropped);
/// 2. without one, a NUL byte means the file is not text (binary data such as an Excel
///    workbook renamed `.csv`, or UTF-16 without a mark): one error that says what was found
///    and how to export from Excel;
/// 3. bytes that are valid UTF-8 are UTF-8;
/// 4. otherwise the file is Windows-1252 (which covers ISO-8859-1's printable text), unless it
///    holds at least as many valid UTF-8 multi-byte sequences as invalid bytes: then it is a
///    UTF-8 file with a few broken lines (a mix of encodings), and the first of them is an
///    error, rather than every `ø` read as `Ã¸`.
///
/// Errors carry the line of the first bad byte where there is one.
///
/// ```swift
/// let bytes: [UInt8] = [0x4E, 0x61, 0x76, 0x6E, 0x3B, 0x42, 0xF8, 0x0A]  // "Navn;Bø\n" in Windows-1252
/// let text = try TextDecoding.decode(bytes, file: "members.csv")
/// print(text.encoding, String(decoding: text.utf8, as: UTF8.self))  // Windows-1252 Navn;Bø
/// ```
///
/// - Complexity: O(n) time for n bytes; one pass to check UTF-8 (eight ASCII bytes at a
///   time), one more to convert when the file is not UTF-8.
package enum TextDecoding {
    /// How to write a file Klynge reads without conversion, said in every encoding error.
    package static let excelAdvice = "in Excel: File → Save As → \"CSV UTF-8 (comma delimited) (*.csv)\""

    /// The text of `bytes` as UTF-8 (see the type's rules); problems are reported under `file`.
    ///
    /// ```swift
    /// let text = try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x69, 0x64], file: "members.csv")
    /// print(text.encoding, text.utf8.count)  // UTF-8 2
    /// ```
    ///
    /// - Throws: one ``DatasetProblem`` when the bytes fit no encoding Klynge reads.
    /// - Complexity: O(n) for n bytes.
    package static func decode(_ bytes: [UInt8], file: String) throws(DatasetProblem) -> DecodedText {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(
                encoding: .utf16LittleEndian,
                utf8: try utf16(bytes.dropFirst(2), bigEndian: false, file: file)
            )
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(
                encoding: .utf16BigEndian,
                utf8: try utf16(bytes.dropFirst(2), bigEndian: true, file: file)
            )
        }
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasMark ? Array(bytes.dropFirst(3)) : bytes
        let scan = body.withUnsafeBufferPointer { UTF8Scan($0) }
        if scan.hasNUL {
            throw DatasetProblem(file: file, message: "not a text file (\(binaryKind(bytes))); \(excelAdvice)")
        }
        guard let bad = scan.firstInvalid else { return DecodedText(encoding: .utf8, utf8: body) }
        if hasMark || scan.multibyte >= scan.invalid {
            let why = hasMark ? "the file starts with a UTF-8 byte-order mark" : "the rest of the file is UTF-8"
            throw DatasetProblem(
                file: file,
                line: line(of: bad, in: body),
                message: "malformed UTF-8 (\(why); save it again as UTF-8, \(excelAdvice))"
            )
        }
        return DecodedText(encoding: .windows1252, utf8: try windows1252(body, file: file))
    }

    /// What a file with NUL bytes looks like, for the error.
    private static func binaryKind(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "found a zip archive, as an Excel workbook (.xlsx) is"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "found an Office document, as an Excel 97–2003 workbook (.xls) is"
        }
        return "found NUL bytes: binary data, or UTF-16 text without a byte-order mark"
    }

    /// The 1-based line of byte `offset`: line breaks before it (LF, CR LF or a lone CR) plus one.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
            i += 1
        }
        return line
    }

    // MARK: - Windows-1252

    /// Unicode scalars of the bytes 0x80–0x9F in Windows-1252 (0 = not assigned: 81, 8D, 8F, 90,
    /// 9D). The other bytes are the scalar of the same value (ISO-8859-1).
    private static let high: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8], file: String) throws(DatasetProblem) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for (i, b) in bytes.enumerated() {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar = b < 0xA0 ? UInt32(high[Int(b - 0x80)]) : UInt32(b)
            guard scalar != 0 else {
                throw DatasetProblem(
                    file: file,
                    line: line(of: i, in: bytes),
                    message: "byte 0x\(String(b, radix: 16, uppercase: true)) is neither UTF-8 nor Windows-1252 text; "
                        + "save the file as UTF-8, \(excelAdvice)"
                )
            }
            out.append(contentsOf: Unicode.Scalar(scalar)!.utf8)
        }
        return out
    }

    // MARK: - UTF-16

    private static func utf16(
        _ bytes: ArraySlice<UInt8>,
        bigEndian: Bool,
        file: String
    ) throws(DatasetProblem) -> [UInt8] {
        let name = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
        guard bytes.count % 2 == 0 else {
            throw DatasetProblem(file: file, message: "malformed \(name) (an odd number of bytes); \(excelAdvice)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count + units.count / 4)
        var line = 1
        var previousCR = false
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" && !previousCR || s == "\r" { line += 1 }
                previousCR = s == "\r"
                out.append(contentsOf: s.utf8)
            case .emptyInput: break loop
            case .error:
                throw DatasetProblem(
                    file: file,
                    line: line,
                    message: "malformed \(name) (an unpaired surrogate); \(excelAdvice)"
                )
            }
        }
        return out
    }
}

/// One pass over bytes as UTF-8 (Unicode Table 3-7): the first invalid byte, how many bytes
/// start no valid sequence, how many valid multi-byte sequences there are, and whether there
/// is a NUL byte. ASCII runs are skipped eight bytes at a time.
///
/// - Complexity: O(n).
struct UTF8Scan {
    private(set) var firstInvalid: Int?
    private(set) var invalid = 0
    private(set) var multibyte = 0
    private(set) var hasNUL = false

    init(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                if word & highs == 0 {
                    if (word &- ones) & ~word & highs != 0 { hasNUL = true }
                    i += 8
                    continue
                }
            }
            let b = p[i]
            if b < 0x80 {
                if b == 0 { hasNUL = true }
                i += 1
                continue
            }
            let length = Self.sequenceLength(p, i)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = i }
                invalid += 1
                i += 1
            } else {
                multibyte += 1
                i += length
            }
        }
    }

    /// The length of the valid multi-byte sequence starting at `i`, or 0.
    @inline(__always)
    private static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        let n = p.count
        func continuation(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && (lo...hi).contains(p[i + k])
        }
        switch b {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
