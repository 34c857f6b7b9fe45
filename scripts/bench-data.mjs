// The benchmark's data, deterministic (mulberry32) so every run measures the same workspace.
// Imported by scripts/bench.mjs; run directly (`node scripts/bench-data.mjs`) it writes
// target/bench-year.json and target/bench-1mb.json for the native merge-cost figures
// (tests/merge_cost.rs).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = 'gevinst tiltak turnus natt tilsyn sykefravær overliggere liggedøgn bemanning kvalitet brukere ansatte økonomi innsparing rutine morgenmøte oppgave vedtak helse omsorg hjemmetjeneste institusjon digital sensor plan budsjett'.split(' ');
function generator(seed) {
  const r = rng(seed);
  const hex = (n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r() * 4)]}${hex(3)}-${hex(12)}`;
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const money = () => (Math.floor(r() * 2_000_000_00) / 100).toFixed(2);
  return { r, id, words, money };
}
/** A year of data: `sheets` A3 sheets with full tables, `seminars` seminars with `notesEach` notes. */
export function workspace(seed, sheets, seminars, notesEach, textWords = 12) {
  const { r, id, words, money } = generator(seed);
  const t0 = 1_735_689_600_000; // 2025-01-01
  const ts = () => t0 + Math.floor(r() * 330 * 86_400_000);
  const a3 = Array.from({ length: sheets }, (_, i) => ({
    id: id(), updated: ts(), created: t0, title: `Tiltak ${i + 1}: ${words(3)}`, unit: '3412 Stokkbakken omsorgssenter',
    owner: 'Enhetsleder', method_coach: 'Metodeveileder', next_review: '2026-03-01', phase: 'utfore',
    rationale: words(textWords * 3), current_situation: words(textWords * 3), desired_situation: words(textWords * 2),
    investigation: words(textWords), change_measures: words(textWords * 2), measurement: words(textWords),
    causes: Array.from({ length: 3 }, (_, k) => ({ id: id(), kind: k ? 'root_cause' : 'symptom', text: words(8) })),
    benefits: Array.from({ length: 3 }, () => ({ id: id(), kind: 'economic', description: words(6), owner: 'Leder', indicator: words(2), baseline: '290', target: '15', amount_per_year: money() })),
    measures: Array.from({ length: 5 }, () => ({ id: id(), name: words(4), fte: '1.50', amount: money(), status: 'implemented', status_date: '2025-01-06', follow_up: 'ok', responsible: 'Leder' })),
    budget_lines: Array.from({ length: 2 }, (_, k) => ({ id: id(), label: `Budsjett ${2024 + k}`, budget: money(), actual: money() })),
    indicators: Array.from({ length: 2 }, () => ({
      id: id(), name: words(2), unit: 'count', direction: 'lower_is_better', baseline: '290', target: '15',
      measurements: Array.from({ length: 12 }, (_, m) => ({ id: id(), date: `2025-${String(m + 1).padStart(2, '0')}-28`, value: String(Math.floor(r() * 300)) })),
    })),
  }));
  const sems = Array.from({ length: seminars }, (_, i) => ({ id: id(), updated: ts(), created: t0, title: `Dialogseminar ${i + 1}`, date: '2025-03-20', question: words(20) }));
  const notes = sems.flatMap((s) => Array.from({ length: notesEach }, () => ({ id: id(), updated: ts(), seminar: s.id, potential: words(textWords), benefit: words(textWords / 2) })));
  return { format: 'gevinstverksted', version: 1, kind: 'workspace', workspace: { a3_sheets: a3, seminars: sems, notes } };
}

/** A year of data: 1 000 notes in 20 seminars, 50 A3 sheets. */
export const yearOfData = () => workspace(2026, 50, 20, 50);
/** Five times the year (issue 21's keystroke budget): 200 sheets, 5 000 notes in 100 seminars. */
export const largeWorkspace = () => workspace(2026, 200, 100, 50);
/** About 1 MB of JSON: 75 sheets, 1 500 notes, longer texts. */
export const oneMegabyte = () => workspace(7, 75, 20, 75, 14);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir('target', { recursive: true });
  await writeFile('target/bench-year.json', JSON.stringify(yearOfData()));
  await writeFile('target/bench-1mb.json', JSON.stringify(oneMegabyte()));
  console.log('wrote target/bench-year.json and target/bench-1mb.json');
}
