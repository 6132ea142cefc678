/**
 * Floor and subject take turns, ABBA: F S S F F S… so neither always runs first on a warmer
 * (or more fragmented) machine. Returns every repetition's result for each side.
 */
export async function interleaved(reps, runFloor, runSubject, log = () => {}) {
  const floor = [];
  const subject = [];
  for (let i = 0; i < reps; i++) {
    const order = i % 2 === 0 ? ['floor', 'subject'] : ['subject', 'floor'];
    for (const side of order) {
      const result = side === 'floor' ? await runFloor(i) : await runSubject(i);
      (side === 'floor' ? floor : subject).push(result);
      log(`  rep ${i + 1}/${reps} ${side}: ${brief(result)}`);
    }
  }
  return { floor, subject };
}

function brief(result) {
  return Object.entries(result)
    .filter(([, v]) => typeof v === 'number')
    .slice(0, 4)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(2)}`)
    .join(' ');
}

/**
 * More than two sides taking turns: each repetition runs every side once, the order rotated by
 * one per repetition (A B C, B C A, C A B …), so no side always runs first or last. Returns
 * every repetition's result for each side, by name.
 */
export async function interleavedSides(reps, sides, log = () => {}) {
  const names = Object.keys(sides);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < reps; i++) {
    const order = names.map((_, k) => names[(k + i) % names.length]);
    for (const name of order) {
      const result = await sides[name](i);
      results[name].push(result);
      log(`  rep ${i + 1}/${reps} ${name}: ${brief(result)}`);
    }
  }
  return results;
}
