// A counter-based generator: every draw is a hash of (seed, keys, counter), so any family's or
// event's numbers can be computed without drawing the ones before it. That is what makes a
// snapshot a pure function of (seed, families, date) and lets workers split families freely.

const GOLDEN = 0x9e3779b9;

export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;

  return h >>> 0;
}

/** Hash of up to four unsigned integers; order matters. */
export function hash(a: number, b = 0, c = 0, d = 0): number {
  let h = mix32(a + GOLDEN);
  h = mix32(h ^ (b + Math.imul(GOLDEN, 2)));
  h = mix32(h ^ (c + Math.imul(GOLDEN, 3)));
  h = mix32(h ^ (d + Math.imul(GOLDEN, 5)));

  return h;
}

/** A uniform number in [0, 1) from a hash. */
export function unit(h: number): number {
  return h / 4294967296;
}

/** A stream of draws keyed by (seed, a, b, c); draw i is hash(key, i). */
export class Stream {
  private readonly key: number;
  private counter = 0;

  constructor(seed: number, a: number, b = 0, c = 0) {
    this.key = hash(seed, a, b, c);
  }

  next(): number {
    this.counter += 1;

    return mix32(this.key ^ Math.imul(this.counter, GOLDEN));
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.next() / 4294967296;
  }

  chance(probability: number): boolean {
    return this.uniform() < probability;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.uniform() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.uniform() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");

    return item;
  }

  /** Index drawn with the given (not necessarily normalised) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;

    let target = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return i;
    }

    return weights.length - 1;
  }

  /** Standard normal draw (Box-Muller, one value per call). */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();

    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Waiting time of a Poisson process with `rate` events per unit of time. */
  exponential(rate: number): number {
    return -Math.log(1 - this.uniform()) / rate;
  }
}

/** Index into a cumulative weight table for a uniform draw. */
export function searchCumulative(cumulative: Float64Array, u: number): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = u * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }

  return low;
}
