// Icons for dates and repeats (decorative: the text or the button name carries the meaning).
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const SkipIcon = () => (
  <svg {...common}>
    <path d="M5 5l9 7-9 7V5zM19 5v14" />
  </svg>
);

export const RepeatIcon = () => (
  <svg {...common} width={14} height={14}>
    <path d="M17 2l3 3-3 3M4 11V9a4 4 0 0 1 4-4h12M7 22l-3-3 3-3M20 13v2a4 4 0 0 1-4 4H4" />
  </svg>
);

export const OverdueIcon = () => (
  <svg {...common} width={14} height={14}>
    <path d="M12 3l10 18H2L12 3zM12 10v5M12 18h.01" />
  </svg>
);
