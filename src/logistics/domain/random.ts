/*
 * A small, fast, seeded random number generator (sfc32, seeded through splitmix32) and the
 * distributions the simulation needs. Each simulation run gets its own stream derived from the
 * scenario's seed and the run number, so results do not depend on how runs are spread over threads.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The random stream of run `run` of a simulation seeded with `seed`. */
export function streamFor(seed: number, run: number): Random {
  const mix = splitmix32((Math.imul(seed >>> 0, 0x27d4eb2d) ^ Math.imul(run + 1, 0x165667b1)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** ln(k!) exactly from a table for small k, by Stirling's series beyond. */
const logFactorials: number[] = [0];
for (let k = 1; k < 256; k++) logFactorials[k] = (logFactorials[k - 1] ?? 0) + Math.log(k);
function logFactorial(k: number): number {
  if (k < 256) return logFactorials[k] ?? 0;
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/**
 * A Poisson-distributed count with mean `mean`: Knuth's multiplication method for small means,
 * Hörmann's transformed rejection (PTRS) from a mean of 10, which needs a handful of uniforms
 * whatever the mean.
 */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = random();
    while (product > limit) {
      count += 1;
      product *= random();
    }
    return count;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) return k;
  }
}
