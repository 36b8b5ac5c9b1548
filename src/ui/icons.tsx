// Small inline icons (no icon font, no extra request). Decorative: the button carries the name.
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
  focusable: 'false',
} as const;

export const EditIcon = () => (
  <svg {...common}>
    <path d="M4 20h4L19 9l-4-4L4 16v4z" />
    <path d="M14 6l4 4" />
  </svg>
);

export const DeleteIcon = () => (
  <svg {...common}>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </svg>
);

export const SnoozeIcon = () => (
  <svg {...common}>
    <circle cx="12" cy="13" r="8" />
    <path d="M12 9v4l2 2M5 3L2 6M19 3l3 3" />
  </svg>
);

export const HandleIcon = () => (
  <svg {...common} strokeWidth={3}>
    <path d="M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01" />
  </svg>
);

// Dates and repeats.
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
