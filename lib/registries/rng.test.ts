import { describe, expect, it } from "vitest";
import { hash, Stream } from "./rng";

describe("counter-based random streams", () => {
  it("gives the same draws for the same keys and different draws for other keys", () => {
    const a = Array.from(
      { length: 5 },
      (
        (s) => () =>
          s.next()
      )(new Stream(1, 2, 3)),
    );
    const b = Array.from(
      { length: 5 },
      (
        (s) => () =>
          s.next()
      )(new Stream(1, 2, 3)),
    );
    const c = Array.from(
      { length: 5 },
      (
        (s) => () =>
          s.next()
      )(new Stream(1, 2, 4)),
    );

    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(hash(1, 2)).not.toBe(hash(2, 1));
  });

  it("draws uniform numbers whose mean and spread look uniform", () => {
    const stream = new Stream(42, 0);
    const draws = Array.from({ length: 100_000 }, () => stream.uniform());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const low = draws.filter((x) => x < 0.1).length / draws.length;

    expect(mean).toBeCloseTo(0.5, 2);
    expect(low).toBeCloseTo(0.1, 2);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it("draws exponential waiting times with the requested rate", () => {
    const stream = new Stream(7, 1);
    const waits = Array.from({ length: 50_000 }, () => stream.exponential(4));
    const mean = waits.reduce((s, x) => s + x, 0) / waits.length;

    expect(mean).toBeCloseTo(0.25, 2);
  });
});
