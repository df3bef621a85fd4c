export type Tile = { label: string; value: string; change?: string | null };

/** The headline figures of a dashboard, each with its change since the previous snapshot. */
export function DashboardTiles({ tiles, since }: { tiles: Tile[]; since: string | null }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-slate-600">{tile.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{tile.value}</dd>
          {tile.change && since ? (
            <dd className="text-xs text-slate-600">
              {tile.change} since {since}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
