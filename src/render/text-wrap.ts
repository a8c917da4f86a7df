// Wraps plain text to a width at spaces (long words are split), for terminal output.

export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of s.split(/\r?\n/)) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (word.length > width) {
        if (line) (lines.push(line), (line = ''));
        lines.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else (lines.push(line), (line = word));
    }
    lines.push(line);
  }
  return lines;
}
