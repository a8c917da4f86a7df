// A size against its limit, in figures that differ whenever the size is over it: megabytes with one decimal where
// they tell the two apart, bytes where they would both read "2,0 MB".
import type { Lang } from '../core/model.ts';
import { numberFormat } from './number-format.ts';

const MB = 1024 * 1024;

export function sizeFigures(lang: Lang, size: number, max: number): string {
  const mb = numberFormat(lang, 1);
  const bytes = numberFormat(lang);
  const most = lang === 'sv' ? 'högst' : 'at most';
  const unit = lang === 'sv' ? 'byte' : 'bytes';
  if (mb.format(size / MB) !== mb.format(max / MB)) return `${mb.format(size / MB)} MB; ${most} ${numberFormat(lang).format(max / MB)} MB`;
  return `${bytes.format(size)} ${unit}; ${most} ${bytes.format(max)} ${unit} (${numberFormat(lang).format(max / MB)} MB)`;
}
