// The look of the PDF in one place: page geometry, colours and text styles.
import type { FaceName } from './fonts.ts';

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = { top: 78, bottom: 70, left: 64, right: 64 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Colours chosen for at least 4.5:1 contrast on white wherever they carry text. */
export const COLOUR = {
  ink: '#1c2430',
  muted: '#4f5b6a',
  accent: '#1d4e89',
  accentDark: '#163a66',
  accentLight: '#c9d9ee',
  accentPale: '#eef3fa',
  rule: '#d3dae3',
  grid: '#e3e8ee',
  headerFill: '#e9eff6',
  zebra: '#f6f8fb',
  late: '#a8231a',
  lateFill: '#fbe9e7',
  done: '#2c6e49',
  doneFill: '#d4eadb',
  suggestion: '#6a5200',
  suggestionFill: '#fbf3d6',
  grey: '#6b7280',
  greyFill: '#e5e7eb',
  white: '#ffffff',
} as const;

export interface TextStyle {
  face: FaceName;
  size: number;
  /** Distance from one line's top to the next. */
  leading: number;
  colour: string;
}

const s = (face: FaceName, size: number, leading: number, colour: string): TextStyle => ({ face, size, leading, colour });

/** Body text is at least 10 pt, and nothing a reader must read is below 8 pt (the smallest style here). */
export const STYLE = {
  body: s('regular', 10, 14.2, COLOUR.ink),
  bodyMuted: s('regular', 10, 14.2, COLOUR.muted),
  bodyLate: s('bold', 10, 14.2, COLOUR.late),
  lead: s('regular', 10.5, 15, COLOUR.ink),
  small: s('regular', 8, 10.8, COLOUR.muted),
  smallInk: s('regular', 8, 10.8, COLOUR.ink),
  smallItalic: s('italic', 8, 10.8, COLOUR.muted),
  smallBold: s('bold', 8, 10.8, COLOUR.ink),
  smallLate: s('bold', 8, 10.8, COLOUR.late),
  h1: s('bold', 17, 22, COLOUR.accentDark),
  h2: s('bold', 11.5, 15.5, COLOUR.ink),
  h3: s('bold', 10, 14.2, COLOUR.ink),
  h3Accent: s('bold', 10, 14.2, COLOUR.accent),
  h3Muted: s('bold', 10, 14.2, COLOUR.muted),
  cell: s('regular', 8.5, 11.4, COLOUR.ink),
  cellBold: s('bold', 8.5, 11.4, COLOUR.ink),
  cellLate: s('bold', 8.5, 11.4, COLOUR.late),
  cellMuted: s('regular', 8, 10.6, COLOUR.muted),
  cellItalic: s('italic', 8, 10.6, COLOUR.muted),
  cellSuggestion: s('bold', 8, 10.6, COLOUR.suggestion),
  cellHead: s('bold', 8, 10.8, COLOUR.accentDark),
  chart: s('regular', 8, 10.4, COLOUR.ink),
  chartBold: s('bold', 8, 10.4, COLOUR.ink),
  chartSmall: s('regular', 8, 10, COLOUR.muted),
  link: s('regular', 10, 14.2, COLOUR.accent),
  smallLink: s('regular', 8, 10.8, COLOUR.accent),
  running: s('regular', 8, 10.5, COLOUR.muted),
  coverKicker: s('bold', 10, 14, COLOUR.accent),
  coverTitle: s('bold', 28, 34, COLOUR.accentDark),
  coverOrg: s('regular', 20, 26, COLOUR.ink),
  coverStatus: s('bold', 13, 17, COLOUR.accent),
  figure: s('bold', 20, 24, COLOUR.accentDark),
} as const;
