// Issue 22: a programme's status report holds each gevinst against its gevinstrealiseringsplan on
// the report date ("i rute" / "bak plan" / "ikke målt"), and a gevinst that two sheets of the
// programme claim (the same indicator and unit, overlapping periods) is flagged as possible
// double counting, on the programme page and in the report. The data comes in as a file.
import { test, expect, open, expectAccessible, storedWorkspace } from './fixtures';
import { writeFile } from 'node:fs/promises';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const PROGRAMME = id(0xc1);
const TITLE = 'Omstillingsprosess helse og velferd';
const SHEET_1 = 'Stokkbakken omsorgssenter: færre overliggere';
const SHEET_2 = 'Breidablikktunet omsorgssenter: raskere hjem';
const NOW = 1_750_000_000_000;

/** An A3 sheet of the programme with one indicator and one gevinst measured by it. */
function sheet(n: number, title: string, unit: string, benefit: object, measurements: [string, string][]) {
  const indicator = id(n + 1);
  return {
    id: id(n), updated: NOW, created: NOW, title, unit, owner: 'Kari Enhetsleder',
    programme: { programme: PROGRAMME },
    benefits: [{ id: id(n + 2), kind: 'quality', owner: 'Ola Metodeveileder', measured_by: indicator, ...benefit }],
    indicators: [{
      id: indicator, name: 'Liggedøgn for overliggere', unit: 'bed_days', direction: 'lower_is_better', baseline: '290', target: '15',
      measurements: measurements.map(([date, value], i) => ({ id: id(n + 10 + i), date, value })),
    }],
  };
}

/** Sheet 1's gevinst is planned 290 → 220 (31.03) → 100 (30.06) → 15 (31.12.2025) and measured
 *  240, 200 and 150: behind its curve at the end of June. Sheet 2 claims the same indicator in
 *  the same unit from 1 June 2025, with no plan of its own. */
const workspace = {
  format: 'gevinstverksted', version: 1, kind: 'workspace',
  workspace: {
    a3_sheets: [
      sheet(0x100, SHEET_1, '3412 Stokkbakken omsorgssenter', {
        description: 'Færre overliggere på sykehuset', baseline: '290', baseline_date: '2025-01-01', target: '15', target_date: '2025-12-31',
        measuring_method: 'Uttrekk fra sykehusets fagsystem', measuring_frequency: 'quarterly', measuring_responsible: 'Kari Enhetsleder',
        plan: [['2025-03-31', '220'], ['2025-06-30', '100'], ['2025-12-31', '15']].map(([date, value], i) => ({ id: id(0x120 + i), date, value })),
      }, [['2025-01-31', '240'], ['2025-03-31', '200'], ['2025-06-30', '150']]),
      sheet(0x200, SHEET_2, '3420 Breidablikktunet omsorgssenter', {
        description: 'Raskere hjem fra sykehuset', baseline: '120', baseline_date: '2025-06-01', target: '40', target_date: '2026-06-30',
      }, [['2025-06-30', '110']]),
    ],
    programmes: [{
      id: PROGRAMME, updated: NOW, created: NOW, title: TITLE,
      overall_goal: 'En økonomi som setter oss i stand til å møte framtidas innbyggerbehov',
      result_goals: [], effect_goals: [], focus_areas: [], milestones: [], risks: [],
    }],
  },
};

test('the report shows a gevinst behind its curve as "bak plan", and double counting is flagged', async ({ page }, testInfo) => {
  // Brought in as a file, through the import preview.
  const file = testInfo.outputPath('programme.json');
  await writeFile(file, JSON.stringify(workspace));
  await open(page);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.a3_sheets.length).toBe(2);

  // The programme page names the indicator and both sheets' claims, each a link to its sheet.
  await open(page, `#/program/${PROGRAMME}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const notice = page.getByTestId('double-counting');
  await expect(notice.getByRole('heading', { name: 'Mulig dobbelttelling' })).toBeVisible();
  await expect(notice).toContainText('Liggedøgn for overliggere (liggedøgn)');
  await expect(notice.getByRole('link')).toHaveText([
    `${SHEET_1} – Færre overliggere på sykehuset`,
    `${SHEET_2} – Raskere hjem fra sykehuset`,
  ]);
  await expect(notice.getByRole('link').first()).toHaveAttribute('href', `#/a3/${id(0x100)}`);
  await notice.screenshot({ path: testInfo.outputPath('double-counting-phone.png') });
  await expectAccessible(page);

  // The status report on 31.07.2025: measured 150 on 30.06, when 100 was planned.
  await page.getByRole('link', { name: 'Lag statusrapport' }).click();
  const report = page.getByTestId('status-report');
  await page.getByLabel('Rapportdato').fill('2025-07-31');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${TITLE} pr. 31.07.2025`);
  const plans = report.getByTestId('report-benefit-plans');
  await expect(plans.getByRole('heading', { level: 2 })).toHaveText('Gevinstrealisering');
  await expect(plans).toContainText('Gevinstene mot gevinstrealiseringsplanen pr. 31.07.2025');
  // One line: the claim on sheet 2 has no plan and is not listed.
  await expect(plans.getByTestId('benefit-plan-status')).toHaveText(['bak plan']);
  const row = plans.locator('tbody tr');
  await expect(row.locator('td[data-label="Gevinst"]')).toHaveText('Færre overliggere på sykehuset');
  await expect(row.locator('td[data-label="A3-ark"]')).toHaveText(SHEET_1);
  await expect(row.locator('td[data-label="Gevinstansvarlig"]')).toHaveText('Ola Metodeveileder');
  await expect(row.locator('td[data-label="Plan"]')).toHaveText('100 liggedøgn');
  await expect(row.locator('td[data-label="Siste måling"]')).toHaveText('150 liggedøgn (30.06.2025)');
  const doubled = report.getByTestId('double-counting');
  await expect(doubled.getByRole('heading', { level: 2 })).toHaveText('Mulig dobbelttelling');
  await expect(doubled.locator('li li')).toHaveText([
    `${SHEET_1} – Færre overliggere på sykehuset`,
    `${SHEET_2} – Raskere hjem fra sykehuset`,
  ]);
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  await plans.screenshot({ path: testInfo.outputPath('benefit-plans-phone.png') });
  await doubled.screenshot({ path: testInfo.outputPath('report-double-counting-phone.png') });
  await expectAccessible(page);

  // The text to paste says the same.
  await page.getByRole('button', { name: 'Vis som tekst (til e-post eller Word)' }).click();
  const text = await page.locator('#report-status').inputValue();
  expect(text).toContain(`\nGevinstrealisering\nGevinstene mot gevinstrealiseringsplanen pr. 31.07.2025\n- ${SHEET_1} – Færre overliggere på sykehuset: bak plan · plan 100 liggedøgn · siste måling 150 liggedøgn (30.06.2025) · Gevinstansvarlig: Ola Metodeveileder\n`);
  expect(text).toContain(`\nMulig dobbelttelling\n`);

  // On 30.04.2025 the latest measurement (200 on 31.03, when 220 was planned) is ahead: i rute.
  await page.getByLabel('Rapportdato').fill('2025-04-30');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${TITLE} pr. 30.04.2025`);
  await expect(plans.getByTestId('benefit-plan-status')).toHaveText(['i rute']);
  await expect(plans.locator('td[data-label="Siste måling"]')).toHaveText('200 liggedøgn (31.03.2025)');
  await expect(page).toHaveURL(/\/rapport\?dato=2025-04-30$/);
  // After 31.12.2025 passed unmeasured: ikke målt; in nynorsk, ikkje målt.
  await page.getByLabel('Rapportdato').fill('2026-01-15');
  await expect(plans.getByTestId('benefit-plan-status')).toHaveText(['ikke målt']);
  await page.screenshot({ path: testInfo.outputPath('report-phone.png'), fullPage: true });
  await page.locator('#language-select').selectOption('nn');
  await expect(report.getByTestId('benefit-plan-status')).toHaveText(['ikkje målt']);
  await expect(report.getByTestId('double-counting').getByRole('heading')).toHaveText('Mogleg dobbelteljing');
  await expectAccessible(page);
  // In dark mode the status words and the notice keep their contrast.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('#language-select').selectOption('nb');
  await page.getByLabel('Rapportdato').fill('2025-07-31');
  await expect(report.getByTestId('benefit-plan-status')).toHaveText(['bak plan']);
  await report.getByTestId('report-benefit-plans').screenshot({ path: testInfo.outputPath('benefit-plans-phone-dark.png') });
  await expectAccessible(page);
});

test('sheets whose claims do not overlap in time are not flagged, and nothing shows without a plan', async ({ page }, testInfo) => {
  const apart = structuredClone(workspace);
  const claim = apart.workspace.a3_sheets[1].benefits[0] as { baseline_date: string };
  claim.baseline_date = '2026-01-01';
  const planned = apart.workspace.a3_sheets[0].benefits[0] as { plan?: unknown };
  delete planned.plan;
  const file = testInfo.outputPath('apart.json');
  await writeFile(file, JSON.stringify(apart));
  await open(page);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click();
  await expect.poll(async () => (await storedWorkspace(page))?.workspace.a3_sheets.length).toBe(2);
  await open(page, `#/program/${PROGRAMME}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('heading', { level: 2, name: 'Tiltak i programmet' })).toBeVisible();
  await expect(page.getByTestId('double-counting')).toHaveCount(0);
  await open(page, `#/program/${PROGRAMME}/rapport?dato=2025-07-31`);
  const report = page.getByTestId('status-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Statusrapport ${TITLE} pr. 31.07.2025`);
  await expect(report.getByTestId('report-benefit-plans')).toHaveCount(0);
  await expect(report.getByTestId('double-counting')).toHaveCount(0);
  await expect(report.getByRole('heading', { name: 'Gevinstrealisering' })).toHaveCount(0);
});
