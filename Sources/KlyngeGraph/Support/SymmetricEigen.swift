/// Every eigenvalue and eigenvector of a small dense symmetric matrix, by the cyclic Jacobi
/// method (Golub & Van Loan, *Matrix Computations*, 4th ed., §8.5; the rotation formulas of
/// Press et al., *Numerical Recipes*, §11.1).
///
/// The Rayleigh–Ritz step of `PerronLanczos` uses it on its projected matrix (at most 64 × 64).
/// Jacobi is chosen over Householder + QL for its simplicity and its accuracy: each rotation
/// is orthogonal to working precision, so eigenvalues come out within a few ulps of ‖S‖ and
/// eigenvectors orthonormal to working precision.
///
/// ```swift
/// let (values, vectors) = symmetricEigen([2, 1, 1, 2], order: 2)
/// // values [3, 1]; vectors column-major-by-index: vectors[i * 2 + c] is row i of eigenvector c
/// ```
///
/// - Parameters:
///   - matrix: the m × m matrix, row-major; only its symmetric part is used.
///   - order: m.
/// - Returns: the eigenvalues in decreasing order, and the eigenvectors as the columns of an
///   m × m row-major matrix (`vectors[i * m + c]` is entry i of the c-th eigenvector), in the same
///   order. Ties keep the lower original index first.
/// - Complexity: O(*m*³) time per sweep, about 6–10 sweeps; O(*m*²) extra space.
func symmetricEigen(_ matrix: [Double], order m: Int) -> (values: [Double], vectors: [Double]) {
    precondition(matrix.count == m * m, "symmetricEigen: \(matrix.count) entries for order \(m)")
    var a = [Double](repeating: 0, count: m * m)
    var v = [Double](repeating: 0, count: m * m)
    var frobenius = 0.0
    for i in 0..<m {
        v[i * m + i] = 1
        for j in 0..<m {
            a[i * m + j] = (matrix[i * m + j] + matrix[j * m + i]) / 2
            frobenius += a[i * m + j] * a[i * m + j]
        }
    }
    // An off-diagonal entry below this is rounding noise of the rotations: it is set to zero.
    let negligible = frobenius.squareRoot() * Double.ulpOfOne * 1e-3
    a.withUnsafeMutableBufferPointer { a in
        v.withUnsafeMutableBufferPointer { v in
            guard let a = a.baseAddress, let v = v.baseAddress else { return }
            /// Columns p and q of `x` (row stride `stride`, element step `step`) turned by (c, s).
            func rotate(_ x: UnsafeMutablePointer<Double>, _ p: Int, _ q: Int, step: Int, c: Double, s: Double) {
                var i = 0
                var xp = x + p
                var xq = x + q
                while i < m {
                    let u = xp.pointee
                    let w = xq.pointee
                    xp.pointee = c * u - s * w
                    xq.pointee = s * u + c * w
                    xp += step
                    xq += step
                    i += 1
                }
            }
            for _ in 0..<100 {
                var rotated = false
                var p = 0
                while p < m - 1 {
                    var q = p + 1
                    while q < m {
                        let apq = a[p * m + q]
                        if abs(apq) <= negligible {
                            a[p * m + q] = 0
                            a[q * m + p] = 0
                            q += 1
                            continue
                        }
                        rotated = true
                        let theta = (a[q * m + q] - a[p * m + p]) / (2 * apq)
                        var t = 1 / (abs(theta) + (theta * theta + 1).squareRoot())
                        if theta < 0 { t = -t }
                        let c = 1 / (t * t + 1).squareRoot()
                        let s = t * c
                        rotate(a, p, q, step: m, c: c, s: s)  // columns p and q: A ← A J
                        rotate(a, p * m, q * m, step: 1, c: c, s: s)  // rows p and q: A ← Jᵀ A
                        a[p * m + q] = 0
                        a[q * m + p] = 0
                        rotate(v, p, q, step: m, c: c, s: s)  // V ← V J
                        q += 1
                    }
                    p += 1
                }
                if !rotated { break }
            }
        }
    }
    let order = (0..<m).sorted { a[$0 * m + $0] > a[$1 * m + $1] || (a[$0 * m + $0] == a[$1 * m + $1] && $0 < $1) }
    var values = [Double](repeating: 0, count: m)
    var vectors = [Double](repeating: 0, count: m * m)
    for (c, k) in order.enumerated() {
        values[c] = a[k * m + k]
        for i in 0..<m { vectors[i * m + c] = v[i * m + k] }
    }
    return (values, vectors)
}
