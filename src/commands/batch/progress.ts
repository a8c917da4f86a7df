// Progress of a batch run on stderr: a redrawn bar on a terminal, an occasional plain line in logs, nothing with --quiet.
import type { Output } from '../../context.ts';
import type { Lang } from '../../core/model.ts';
import { batchText, formatCount } from '../../i18n/batch.ts';
import { formatDecimal } from '../../i18n/report.ts';

export type ProgressMode = 'bar' | 'lines' | 'off';

const CLEAR = '\r\x1b[2K';
/** Redraw at most this often: a terminal cannot show more, and writes cost time. */
const FRAME_MS = 100;
/** In logs (CI), a line this often is a sign of life without flooding the log. */
const LINE_MS = 5000;

export interface ProgressState {
  phase: 'checking' | 'rendering';
  done: number;
  total: number;
  failed: number;
  /** Plans already done when the phase began: the rate counts only this phase's work. */
  doneAtStart: number;
  elapsedMs: number;
}

/** The bar's text for a width; pure, so it is tested without a terminal. */
export function progressLine(s: ProgressState, width: number, lang: Lang): string {
  const t = batchText[lang].progress;
  const rate = s.elapsedMs > 0 ? ((s.done - s.doneAtStart) * 1000) / s.elapsedMs : 0;
  const left = rate > 0 ? (s.total - s.done) / rate : undefined;
  const parts = [`${s.done}/${s.total}`];
  if (s.done > s.doneAtStart && s.elapsedMs >= 500) parts.push(t.rate(rate >= 10 ? formatCount(Math.round(rate), lang) : formatDecimal(rate, lang)));
  if (left !== undefined && s.done < s.total && s.elapsedMs >= 1000) parts.push(t.eta(t.seconds(left)));
  if (s.failed) parts.push(t.failed(s.failed));
  const label = s.phase === 'checking' ? t.checking : t.rendering;
  const tail = parts.join('  ');
  const barWidth = Math.max(0, Math.min(30, width - label.length - tail.length - 6));
  if (barWidth < 5) return `${label} ${tail}`.slice(0, Math.max(0, width - 1));
  const filled = s.total === 0 ? barWidth : Math.round((barWidth * s.done) / s.total);
  return `${label} ${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${tail}`;
}

export class Progress {
  private state: ProgressState;
  private started: number;
  private lastDraw: number;
  private drawn = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly out: Output,
    private readonly mode: ProgressMode,
    private readonly lang: Lang,
    total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = this.now();
    this.lastDraw = mode === 'lines' ? this.started : 0;
    this.state = { phase: 'checking', done: 0, total, failed: 0, doneAtStart: 0, elapsedMs: 0 };
    // The main thread mostly waits for workers, so a timer keeps the rate and time left moving.
    if (mode === 'bar') {
      this.timer = setInterval(() => this.draw(true), 500);
      this.timer.unref();
    }
  }

  phase(phase: ProgressState['phase'], done: number): void {
    this.state.phase = phase;
    this.state.done = done;
    this.state.doneAtStart = done;
    this.started = this.now();
    this.draw(true);
  }

  update(done: number, failed: number): void {
    this.state.done = done;
    this.state.failed = failed;
    this.draw(false);
  }

  /** Prints a message above the bar: clears the bar, writes, and draws it again. */
  log(text: string): void {
    if (this.mode === 'bar' && this.drawn) this.out.write(CLEAR);
    this.out.write(text.endsWith('\n') ? text : `${text}\n`);
    this.drawn = false;
    if (this.mode === 'bar') this.draw(true);
  }

  /** Removes the bar, so the summary starts on a clean line. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.mode === 'bar' && this.drawn) this.out.write(CLEAR);
    this.drawn = false;
  }

  private draw(force: boolean): void {
    const now = this.now();
    this.state.elapsedMs = now - this.started;
    if (this.mode === 'bar') {
      if (!force && now - this.lastDraw < FRAME_MS) return;
      this.lastDraw = now;
      const width = this.out.columns && this.out.columns > 20 ? this.out.columns : 80;
      this.out.write(CLEAR + progressLine(this.state, width - 1, this.lang));
      this.drawn = true;
    } else if (this.mode === 'lines' && this.state.phase === 'rendering') {
      if (now - this.lastDraw < LINE_MS || this.state.done === this.state.total) return;
      this.lastDraw = now;
      this.out.write(`${batchText[this.lang].progress.line(this.state.done, this.state.total, this.state.failed)}\n`);
    }
  }
}
