/**
 * Maximum-likelihood fit of a conditional logit: P(class k | x) ∝ exp(w · f_k(x) + b_k), shared
 * feature weights w and one bias per class, by Newton's method with a small L2 penalty. Newton on
 * a few dozen parameters is exact and deterministic (no learning rate, no random init).
 */
export interface LogitSample {
  /** Feature vector per class. */
  perClass: number[][];
  /** Index of the true class. */
  label: number;
}

export interface LogitFit {
  weights: number[];
  bias: number[];
  iterations: number;
  logLikelihood: number;
}

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / p;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

export function fitConditionalLogit(
  samples: LogitSample[],
  classes: number,
  features: number,
  options: { l2?: number; maxIterations?: number } = {},
): LogitFit {
  const l2 = options.l2 ?? 1e-3 * samples.length;
  const dim = features + classes;
  const theta = new Array<number>(dim).fill(0);
  const psi = (f: number[], k: number): number[] => {
    const v = new Array<number>(dim).fill(0);
    for (let j = 0; j < features; j++) v[j] = f[j]!;
    v[features + k] = 1;
    return v;
  };
  const objective = (t: number[]): number => {
    let ll = 0;
    for (const s of samples) {
      const logits = s.perClass.map((f, k) => logitOf(f, k, t));
      const max = Math.max(...logits);
      const total = logits.reduce((a, l) => a + Math.exp(l - max), 0);
      ll += logits[s.label]! - max - Math.log(total);
    }
    return ll - (l2 / 2) * t.reduce((a, x) => a + x * x, 0);
  };
  const logitOf = (f: number[], k: number, t: number[]): number => {
    let l = t[features + k]!;
    for (let j = 0; j < features; j++) l += f[j]! * t[j]!;
    return l;
  };
  let current = objective(theta);
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 100); iterations++) {
    const gradient = theta.map((t) => -l2 * t);
    const hessian = Array.from({ length: dim }, (_, i) =>
      Array.from({ length: dim }, (_, j) => (i === j ? l2 : 0)),
    );
    for (const s of samples) {
      const vectors = s.perClass.map((f, k) => psi(f, k));
      const logits = s.perClass.map((f, k) => logitOf(f, k, theta));
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const p = exps.map((e) => e / total);
      const mean = new Array<number>(dim).fill(0);
      for (let k = 0; k < classes; k++) for (let j = 0; j < dim; j++) mean[j]! += p[k]! * vectors[k]![j]!;
      for (let j = 0; j < dim; j++) gradient[j]! += vectors[s.label]![j]! - mean[j]!;
      for (let k = 0; k < classes; k++) {
        const v = vectors[k]!;
        if (p[k]! < 1e-12) continue;
        for (let i = 0; i < dim; i++) {
          const di = v[i]! - mean[i]!;
          if (di === 0) continue;
          for (let j = 0; j < dim; j++) hessian[i]![j]! += p[k]! * di * (v[j]! - mean[j]!);
        }
      }
    }
    const step = solve(hessian, gradient);
    // Backtracking: a full Newton step can overshoot while the model is far from the optimum.
    let alpha = 1;
    let next = theta.map((t, j) => t + alpha * step[j]!);
    let value = objective(next);
    while (value < current && alpha > 1e-4) {
      alpha /= 2;
      next = theta.map((t, j) => t + alpha * step[j]!);
      value = objective(next);
    }
    if (value < current) break;
    const gain = value - current;
    for (let j = 0; j < dim; j++) theta[j] = next[j]!;
    current = value;
    if (gain < 1e-6) break;
  }
  const logLikelihood = current;
  return { weights: theta.slice(0, features), bias: theta.slice(features), iterations, logLikelihood };
}
