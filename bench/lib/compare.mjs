/** Where two texts first differ, with a little context either side (for check messages). */
export function firstDifference(a, b, context = 60) {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return `at character ${i}:\n    subject: …${a.slice(from, i + context)}…\n    floor:   …${b.slice(from, i + context)}…`;
}
