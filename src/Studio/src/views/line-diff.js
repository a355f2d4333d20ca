/**
 * A line diff of two texts by longest common subsequence: [{ kind: ' ' | '+' | '-', text }].
 * Process files are a few hundred lines, so the quadratic table is small; larger inputs fall back to
 * "everything removed, everything added" rather than freezing the tab.
 */
export function lineDiff(before, after) {
  const a = before.replace(/\r\n/g, '\n').split('\n');
  const b = after.replace(/\r\n/g, '\n').split('\n');
  if (a.length * b.length > 4_000_000) {
    return [...a.map((text) => ({ kind: '-', text })), ...b.map((text) => ({ kind: '+', text }))];
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: ' ', text: a[i++] });
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      lines.push({ kind: '-', text: a[i++] });
    } else {
      lines.push({ kind: '+', text: b[j++] });
    }
  }
  while (i < a.length) lines.push({ kind: '-', text: a[i++] });
  while (j < b.length) lines.push({ kind: '+', text: b[j++] });
  return lines;
}
