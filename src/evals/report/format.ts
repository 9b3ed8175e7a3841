export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** XML 1.0 forbids most control characters even when escaped. */
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

export function signed(n: number, digits = 3): string {
  const s = n.toFixed(digits);
  return n > 0 ? `+${s}` : n === 0 ? (0).toFixed(digits) : s;
}

/** Pads to a display width, counting characters (not bytes). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const length = [...text].length;
  if (length >= width) return text;
  return align === 'left' ? text + ' '.repeat(width - length) : ' '.repeat(width - length) + text;
}

/** A plain text table: a header rule and aligned columns. */
export function table(headers: string[], rows: string[][], align: Array<'left' | 'right'> = []): string {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], align[i] ?? 'left')).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
