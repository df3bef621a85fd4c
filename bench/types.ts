export type Metric = { metric: string; value: number; unit: string };

export type BenchOptions = {
  families: number;
  /** A folder to generate into once and reuse on later runs, never deleted (sync, scoring). */
  keep?: string;
  /** How long each timed phase of a load lasts, in seconds (load). */
  seconds: number;
};

export type Bench = {
  description: string;
  defaultFamilies: number;
  run: (options: BenchOptions) => Promise<Metric[]>;
};
