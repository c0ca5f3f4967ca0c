import Foundation
import ZIPFoundation

/// Reads the parts of a workbook's archive, turning every failure into an ``InputError`` that
/// names the file and the part. Not Sendable (the archive is a file handle): used while opening.
struct PartReader {
    let archive: Archive
    let file: String

    /// The main workbook part, from the package relationships (`_rels/.rels`), else `xl/workbook.xml`.
    func mainPart() throws(InputError) -> String {
        if archive["_rels/.rels"] != nil,
            let rels = try? read(RelationshipsPart(), at: "_rels/.rels").relationships,
            let main = rels.first(where: { $0.type?.hasSuffix("/officeDocument") ?? false })
        {
            return Self.resolve(main.target, from: "")
        }
        guard archive["xl/workbook.xml"] != nil else {
            throw InputError(file: file, message: "not an Excel workbook (the archive has no xl/workbook.xml)")
        }
        return "xl/workbook.xml"
    }

    /// The relationships of part `path` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`):
    /// id → target part path.
    func relationships(of path: String) throws(InputError) -> [String: String] {
        var out: [String: String] = [:]
        for r in try relationshipList(of: path) { out[r.id] = Self.resolve(r.target, from: Self.folder(of: path)) }
        return out
    }

    /// The relationships of part `path` by the last word of their type (`styles`, `sharedStrings`).
    func relationshipTargets(of path: String) throws(InputError) -> [String: String] {
        var out: [String: String] = [:]
        for r in try relationshipList(of: path) {
            guard let kind = r.type?.split(separator: "/").last else { continue }
            out[String(kind)] = Self.resolve(r.target, from: Self.folder(of: path))
        }
        return out
    }

    private func relationshipList(of path: String) throws(InputError) -> [RelationshipsPart.Relationship] {
        let folder = Self.folder(of: path)
        let name = String(path.dropFirst(folder.count))
        return try read(RelationshipsPart(), at: folder + "_rels/" + name + ".rels").relationships
    }

    /// Part `path` read into `content` (one streaming pass), which it returns.
    func read<T: PartContent>(_ content: T, at path: String) throws(InputError) -> T {
        let data = try data(at: path)
        do {
            try PartParser.parse(data, into: content)
        } catch {
            throw InputError(file: file, message: "part \(path) cannot be read as XML (\(error))")
        }
        return content
    }

    /// The bytes of part `path`, checked to be UTF-8 text: every part Klynge reads is XML, which
    /// Excel, LibreOffice and openpyxl write in UTF-8, and FoundationXML's parser crashes on an
    /// element or attribute name that is not valid UTF-8 (found by fuzzing, `make fuzz`).
    func data(at path: String) throws(InputError) -> Data {
        guard let entry = archive[path] else {
            throw InputError(file: file, message: "not a complete Excel workbook (the part \(path) is missing)")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw InputError(file: file, message: "the part \(path) cannot be unpacked (\(error))")
        }
        if String(validating: data, as: UTF8.self) == nil {
            let valid = data.withUnsafeBytes { Self.validUTF8Prefix(of: $0) }
            throw InputError(
                file: file,
                message: "the part \(path) is not UTF-8 text (at byte \(valid + 1)); "
                    + "open the file in Excel and save it again as 'Excel Workbook (.xlsx)'"
            )
        }
        return data
    }

    /// The length of the longest prefix of `bytes` that is valid UTF-8.
    /// - Complexity: O(`bytes.count`).
    static func validUTF8Prefix(of bytes: UnsafeRawBufferPointer) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    /// The folder of `path` with a trailing `/` (`xl/` for `xl/workbook.xml`), empty at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship target as an archive path: absolute (`/xl/worksheets/sheet1.xml`) or
    /// relative to `folder`, with `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for p in joined.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }
}
