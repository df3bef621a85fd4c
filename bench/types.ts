export type Metric = { metric: string; value: number; unit: string };

export type Bench = {
  description: string;
  defaultFamilies: number;
  run: (options: { families: number }) => Promise<Metric[]>;
};
