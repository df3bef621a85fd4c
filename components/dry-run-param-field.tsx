import type { ParamField } from "@/lib/services/override-form";

const KIND: Record<ParamField["type"], string> = {
  UInt32: "a whole number",
  Float64: "a number",
  "Array(Float64)": "numbers separated by /",
};

type Props = { field: ParamField; value: string; error?: string; onChange: (v: string) => void };

/** One parameter of a rule: empty keeps its default, shown as the placeholder. */
export function DryRunParamField({ field, value, error, onChange }: Props) {
  const errorId = `param-${field.name}-error`;

  return (
    <label className="block text-sm">
      <span>{field.description}</span>
      <span className="ml-2 text-xs text-slate-500">
        {field.name}, {KIND[field.type]}
      </span>
      <input
        name={field.name}
        value={value}
        placeholder={field.defaultText}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={
          "mt-1 w-full rounded-md border px-2 py-1 tabular-nums " +
          (error ? "border-red-600" : "border-slate-300")
        }
      />
      {error ? (
        <span id={errorId} className="mt-1 block text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </label>
  );
}
