export type Metric = { metric: string; value: number; unit: string };

export type BenchOptions = {
  families: number;
  /** A folder to generate into once and reuse on later runs, never deleted (sync, scoring). */
  keep?: string;
};

export type Bench = {
  description: string;
  defaultFamilies: number;
  run: (options: BenchOptions) => Promise<Metric[]>;
};
