// Part of scripts/size-check.mjs (make test, after the release build): the texts only the full
// app shows (`LeaderTexts` in src/i18n, issue 19) must not be in the participant entry's wasm.
// They are left out because nothing the participant entry calls reads them; one call from a
// participant screen (or from code such a screen reaches) links all of them again, about 10 KB
// gzipped, and nothing else would notice. So a few distinctive bokmål texts of the A3 sheet,
// the programme page, the status report and Samle are looked for, byte for byte, in both
// entries' wasm: missing from the participant entry, present in the full app (which shows that
// the search finds them at all). Run alone: `node scripts/leader-texts-check.mjs [dist]`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Leader-only texts (nb), each written nowhere else in the app or its example data. */
export const LEADER_TEXTS = [
  '2. Nåsituasjonen', // a3.field_labels.current_situation: an A3 sheet's field label
  'Overordnet målsetting', // programme.overall_goal: a heading on the programme page
  'Statusrapport {title} pr. {date}', // report.title: the status report's title
  'Innsamlede gruppesvar', // collect.groups_title: a heading in Samle
];

/** The wasm file `page` loads, as bytes. */
async function wasmOf(dir, page) {
  const html = await readFile(join(dir, page), 'utf8');
  const wasm = html.match(/['"]\.?\/([^'"\/]+_bg\.wasm)['"]/);
  if (!wasm) throw new Error(`${page} names no wasm file`);
  return { file: wasm[1], bytes: await readFile(join(dir, wasm[1])) };
}

/** The problems found (an empty list when the check passes). */
export async function leaderTextsCheck(dir) {
  const participant = await wasmOf(dir, 'deltaker.html');
  const full = await wasmOf(dir, 'index.html');
  const problems = [];
  for (const text of LEADER_TEXTS) {
    const bytes = Buffer.from(text, 'utf8');
    if (participant.bytes.includes(bytes)) problems.push(`"${text}" is in the participant entry (${participant.file})`);
    if (!full.bytes.includes(bytes)) problems.push(`"${text}" is not in the full app (${full.file}): pick another text`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = await leaderTextsCheck(process.argv[2] ?? 'dist');
  for (const p of problems) console.error(`leader texts: ${p}`);
  if (problems.length > 0) {
    console.error('leader-texts-check: FAILED');
    process.exit(1);
  }
  console.log(`leader texts: none of ${LEADER_TEXTS.length} in the participant entry, all in the full app`);
}
