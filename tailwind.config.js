import colors from "tailwindcss/colors";

const chartColors = ["blue", "emerald", "amber", "rose", "violet", "slate", "teal", "orange"];
const shades = ["50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"];

/** @type {import('tailwindcss').Config} */
export default {
  content: [
    "./app/**/*.{ts,tsx}",
    "./components/**/*.{ts,tsx}",
    "./node_modules/@tremor/**/*.{js,ts,jsx,tsx}",
  ],
  theme: {
    transparent: "transparent",
    current: "currentColor",
    extend: {
      colors: {
        tremor: {
          brand: {
            faint: colors.sky[50],
            muted: colors.sky[200],
            subtle: colors.sky[400],
            DEFAULT: colors.sky[700],
            emphasis: colors.sky[800],
            inverted: colors.white,
          },
          background: {
            muted: colors.slate[50],
            subtle: colors.slate[100],
            DEFAULT: colors.white,
            emphasis: colors.slate[700],
          },
          border: { DEFAULT: colors.slate[200] },
          ring: { DEFAULT: colors.slate[200] },
          content: {
            subtle: colors.slate[400],
            DEFAULT: colors.slate[600],
            emphasis: colors.slate[700],
            strong: colors.slate[900],
            inverted: colors.white,
          },
        },
      },
      boxShadow: {
        "tremor-input": "0 1px 2px 0 rgb(0 0 0 / 0.05)",
        "tremor-card": "0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)",
        "tremor-dropdown": "0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)",
      },
      borderRadius: {
        "tremor-small": "0.375rem",
        "tremor-default": "0.5rem",
        "tremor-full": "9999px",
      },
      fontSize: {
        "tremor-label": ["0.75rem", { lineHeight: "1rem" }],
        "tremor-default": ["0.875rem", { lineHeight: "1.25rem" }],
        "tremor-title": ["1.125rem", { lineHeight: "1.75rem" }],
        "tremor-metric": ["1.875rem", { lineHeight: "2.25rem" }],
      },
    },
  },
  // Tremor builds chart colour classes at run time, which Tailwind cannot see in the source.
  safelist: ["bg", "text", "border", "ring", "stroke", "fill"].flatMap((prefix) =>
    chartColors.flatMap((color) =>
      shades.flatMap((shade) => [
        `${prefix}-${color}-${shade}`,
        ...(prefix === "bg" || prefix === "text" ? [`hover:${prefix}-${color}-${shade}`] : []),
      ]),
    ),
  ),
};
