// Maximum-weight bipartite matching (Hungarian method, O(n²·m)): which rows to pair with which columns so that
// the sum of the chosen weights is largest. Pairs of weight ≤ 0 are never chosen. Used to pair the lines of a
// shredded column with their continuations as a whole instead of best pair first.

/**
 * For weights[r][c] (rows × columns; NaN or ≤ 0: no pair), the column chosen for each row, or -1. Ties go to the
 * lower column, so the result is deterministic.
 */
export function maxWeightMatching(weights: Float64Array[], columns: number): Int32Array {
  const rows = weights.length
  const n = Math.max(rows, columns)
  // Minimising cost = -weight over an n × n matrix padded with zeros (zero = "left unpaired").
  const cost = (r: number, c: number) => {
    if (r >= rows || c >= columns) return 0
    const w = weights[r][c]
    return w > 0 ? -w : 0
  }
  const u = new Float64Array(n + 1)
  const v = new Float64Array(n + 1)
  const rowOf = new Int32Array(n + 1) // column j (1-based) → row (1-based), 0 = free
  const way = new Int32Array(n + 1)
  const minv = new Float64Array(n + 1)
  const used = new Uint8Array(n + 1)
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i
    let j0 = 0
    minv.fill(Infinity)
    used.fill(0)
    do {
      used[j0] = 1
      const i0 = rowOf[j0]
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j]
        if (cur < minv[j]) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j] < delta) {
          delta = minv[j]
          j1 = j
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta
          v[j] -= delta
        } else minv[j] -= delta
      }
      j0 = j1
    } while (rowOf[j0] !== 0)
    do {
      const j1 = way[j0]
      rowOf[j0] = rowOf[j1]
      j0 = j1
    } while (j0 !== 0)
  }
  const chosen = new Int32Array(rows).fill(-1)
  for (let j = 1; j <= n; j++) {
    const r = rowOf[j] - 1
    if (r >= 0 && r < rows && j - 1 < columns && weights[r][j - 1] > 0) chosen[r] = j - 1
  }
  return chosen
}
