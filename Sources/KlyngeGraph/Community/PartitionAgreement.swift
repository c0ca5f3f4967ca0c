#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Agreement between two labelings of the same items (two partitions, e.g. two
/// community detections, or found communities against known groups).
///
/// Labels are any integers; only equality matters, so renaming the labels of
/// either labeling leaves both scores unchanged. Both scores are symmetric.
public enum PartitionAgreement {
    /// Normalised mutual information with arithmetic-mean normalisation:
    /// `NMI = I(A; B) / ((H(A) + H(B)) / 2)`, natural logarithms, from the
    /// contingency table of the two labelings.
    ///
    /// Matches `sklearn.metrics.normalized_mutual_info_score(a, b)` (default
    /// `average_method="arithmetic"`), special cases included: 1 when both
    /// labelings have a single label or are empty, 0 when the mutual information
    /// is 0 (so one label against several gives 0). Strehl & Ghosh 2002,
    /// doi:10.1162/153244303321897735; Danon et al. 2005,
    /// doi:10.1088/1742-5468/2005/09/P09008.
    ///
    /// Example: `[0, 0, 1, 1]` against `[0, 0, 1, 2]` gives I = ln 2,
    /// H = ln 2 and 1.5 ln 2, NMI = 0.8.
    ///
    /// ```swift
    /// let found = [0, 0, 1, 1]
    /// let known = [0, 0, 1, 2]
    /// let nmi = PartitionAgreement.normalizedMutualInformation(found, known)  // 0.8
    /// ```
    ///
    /// - Precondition: `a.count == b.count`.
    /// - Returns: a value in [0, 1]; 1 for identical partitions.
    /// - Complexity: O(*n* log *n*) time (sorting the non-empty table cells),
    ///   O(*n*) extra space.
    public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count, "labelings have \(a.count) and \(b.count) items")
        let table = ContingencyTable(a, b)
        if (table.rowSums.count == 1 && table.columnSums.count == 1) || a.isEmpty { return 1 }
        // Either labeling with a single label has zero entropy, hence zero information.
        if table.rowSums.count == 1 || table.columnSums.count == 1 { return 0 }
        let n = Double(a.count)
        let logN = log(n)
        var terms: [Double] = []
        terms.reserveCapacity(table.cells.count)
        for cell in table.cells {
            let nij = Double(cell.count)
            let p = nij / n
            // −log(a_i b_j) + 2 log n, with the product taken exactly in integers first.
            let outer = Double(table.rowSums[cell.row] * table.columnSums[cell.column])
            let term = p * (log(nij) - logN) + p * (-log(outer) + logN + logN)
            terms.append(abs(term) < Double.ulpOfOne ? 0 : term)
        }
        let mi = max(0, terms.reduce(0, +))
        if mi == 0 { return 0 }
        let normaliser = (entropy(table.rowSums, n) + entropy(table.columnSums, n)) / 2
        return mi / normaliser
    }

    /// Adjusted Rand index: the Rand index (share of item pairs on which the two
    /// labelings agree, together or apart) corrected for chance so that random
    /// labelings score about 0, from the pair-confusion counts:
    /// `ARI = 2 (TP·TN − FN·FP) / ((TP + FN)(FN + TN) + (TP + FP)(FP + TN))`.
    ///
    /// Matches `sklearn.metrics.adjusted_rand_score(a, b)`, special case included:
    /// 1 when no pair is split differently (identical partitions, fewer than two
    /// items). Counts are exact 128-bit integers, as sklearn's Python integers.
    /// Hubert & Arabie 1985, doi:10.1007/BF01908075.
    ///
    /// Example: `[0, 0, 1, 1]` against `[0, 0, 1, 2]`, counting ordered pairs:
    /// TP = 2, FN = 2 (together only in `a`), FP = 0, TN = 8,
    /// ARI = 2·16 / (4·10 + 2·8) = 4/7 ≈ 0.571.
    ///
    /// ```swift
    /// let found = [0, 0, 1, 1]
    /// let known = [0, 0, 1, 2]
    /// let ari = PartitionAgreement.adjustedRandIndex(found, known)  // 4/7 ≈ 0.571
    /// ```
    ///
    /// - Precondition: `a.count == b.count`.
    /// - Returns: a value in [−1, 1]; 1 for identical partitions.
    /// - Complexity: O(*n* log *n*) time, O(*n*) extra space.
    public static func adjustedRandIndex(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count, "labelings have \(a.count) and \(b.count) items")
        let table = ContingencyTable(a, b)
        let n = Int128(a.count)
        var sumSquares: Int128 = 0
        for cell in table.cells { sumSquares += Int128(cell.count) * Int128(cell.count) }
        var rowSquares: Int128 = 0
        var columnSquares: Int128 = 0
        for s in table.rowSums { rowSquares += Int128(s) * Int128(s) }
        for s in table.columnSums { columnSquares += Int128(s) * Int128(s) }
        // Ordered pairs of distinct items: together in both, only in b, only in a, in neither.
        let tp = sumSquares - n
        let fp = columnSquares - sumSquares
        let fn = rowSquares - sumSquares
        let tn = n * n - fp - fn - sumSquares
        if fn == 0 && fp == 0 { return 1 }
        let numerator = Double(tp * tn - fn * fp)
        let denominator = Double((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
        return 2 * numerator / denominator
    }

    /// `−Σ p_i ln p_i` for the label counts `counts` summing to `n`, as sklearn's
    /// `_entropy` (0 for a single label).
    private static func entropy(_ counts: [Int], _ n: Double) -> Double {
        if counts.count <= 1 { return 0 }
        let logN = log(n)
        var h = 0.0
        for c in counts {
            let x = Double(c)
            h += (x / n) * (log(x) - logN)
        }
        return -h
    }
}

/// The non-empty cells of the contingency table of two labelings, rows and
/// columns indexed by the sorted distinct labels, cells in row-major order
/// (the order of sklearn's sparse table), with the row and column totals.
struct ContingencyTable {
    var cells: [(row: Int, column: Int, count: Int)] = []
    var rowSums: [Int] = []
    var columnSums: [Int] = []

    init(_ a: [Int], _ b: [Int]) {
        let rows = Self.sortedIndices(a)
        let columns = Self.sortedIndices(b)
        rowSums = [Int](repeating: 0, count: rows.count)
        columnSums = [Int](repeating: 0, count: columns.count)
        var keys = [Int](repeating: 0, count: a.count)
        for i in a.indices {
            let r = rows.index[i]
            let c = columns.index[i]
            rowSums[r] += 1
            columnSums[c] += 1
            keys[i] = r * columns.count + c
        }
        keys.sort()
        var i = 0
        while i < keys.count {
            var j = i + 1
            while j < keys.count && keys[j] == keys[i] { j += 1 }
            cells.append((keys[i] / columns.count, keys[i] % columns.count, j - i))
            i = j
        }
    }

    /// The rank of each label among the sorted distinct labels, and their number.
    private static func sortedIndices(_ labels: [Int]) -> (index: [Int], count: Int) {
        let distinct = Array(Set(labels)).sorted()
        var rank: [Int: Int] = [:]
        rank.reserveCapacity(distinct.count)
        for (r, l) in distinct.enumerated() { rank[l] = r }
        return (labels.map { rank[$0]! }, distinct.count)
    }
}
