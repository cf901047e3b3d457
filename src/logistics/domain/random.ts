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

/** A Poisson-distributed count with mean `mean` (Knuth's method in chunks, so that exp() never underflows). */
export function poisson(random: Random, mean: number): number {
  let count = 0;
  let left = mean;
  while (left > 0) {
    const chunk = Math.min(left, 30);
    left -= chunk;
    const limit = Math.exp(-chunk);
    let product = random();
    while (product > limit) {
      count += 1;
      product *= random();
    }
  }
  return count;
}
