// The little linear algebra a calibration step needs: a two-level fractional factorial design,
// least squares by the normal equations, and a small dense solver (Gaussian elimination with
// partial pivoting).

/**
 * A two-level design in n factors, 2^(n−1) runs: every sign combination of the first n − 1
 * factors, the last the product of the others (a half fraction of resolution n, so every main
 * effect is estimated apart from every other for n ≥ 3).
 */
export function halfFraction(n: number): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < 1 << (n - 1); r++) {
    const row: number[] = [];
    let product = 1;
    for (let i = 0; i < n - 1; i++) {
      const s = (r >> i) & 1 ? 1 : -1;
      row.push(s);
      product *= s;
    }
    row.push(product);
    rows.push(row);
  }
  return rows;
}

/** Solves A x = b (A square, not singular); undefined when it is singular. */
export function solve(A: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (!(Math.abs(M[p][c]) > 1e-12)) return undefined;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Least squares: the coefficients of y ≈ X β (each row of X one observation). */
export function leastSquares(X: number[][], y: number[]): number[] | undefined {
  const p = X[0].length;
  const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  X.forEach((row, r) => {
    for (let i = 0; i < p; i++) {
      b[i] += row[i] * y[r];
      for (let j = 0; j < p; j++) A[i][j] += row[i] * row[j];
    }
  });
  return solve(A, b);
}
