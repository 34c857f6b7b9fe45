// Seed 002's Stokkbakken sheet as test data, shared by the Playwright tests (stokkbakken.ts) and
// the engine suites (tests/engines/flows.mjs). Plain JavaScript so both can import it.

export const SHEET_ID = '3412aaaa-0000-4000-8000-000000000001';
const id = (n) => `3412aaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const measure = (n, name, fte, amount, follow_up, comments = []) => ({
  id: id(100 + n), name, fte, amount, status: 'implemented', status_date: '2025-01-06', follow_up, responsible: 'Kari Enhetsleder', comments,
});

/** Seed 002's Stokkbakken sheet: four measures, three gevinster, a budget line and an
 *  indicator with six measurements (a version-1 file, as an older build exported it). */
export function stokkbakken(extraMeasures = 0) {
  const measures = [
    measure(1, 'Reduksjon nattetjeneste', '2.00', '1400000.00', 'needs_maintenance', [
      { id: id(201), date: '2025-06-30', text: 'Det er utfordrende å dekke sykefravær på natt uten ekstravakter; følges opp i medbestemmelsesgruppen.' },
    ]),
    measure(2, 'Bemanningstilpasning Dag / Aftenskift', '1.00', '700000.00', 'needs_maintenance'),
    measure(3, 'Redusert bruk av variabel lønn', null, '200000.00', 'needs_maintenance'),
    measure(4, 'Nedskalering HMS-aktivitet / fagdager', null, '200000.00', 'ok'),
  ];
  for (let i = 0; i < extraMeasures; i++) {
    measures.push(measure(10 + i, `Tiltak ${i + 1}: reduksjon fagleder nattpatrulje og tilpasning av turnus i helgene, uke ${i + 1}`, '0.50', '125000.00', 'ok'));
  }
  return {
    format: 'gevinstverksted', version: 1, kind: 'a3',
    a3: {
      id: SHEET_ID, updated: 1739186400000, created: 1736150400000,
      title: 'Stokkbakken omsorgssenter: budsjettvedtak 2025', unit: '3412 Stokkbakken omsorgssenter',
      owner: 'Kari Enhetsleder', method_coach: 'Ola Metodeveileder', next_review: '2026-03-20', phase: 'utfore',
      rationale: 'Budsjettvedtaket for 2025 krever tilpasset bemanning, og utskrivningsklare pasienter ble liggende på sykehuset: 290 liggedøgn à 5 745 kr i januar og februar 2024.',
      current_situation: 'Bemanningen er lagt opp etter at all daglig hygiene gis først på dagen.',
      desired_situation: 'Daglig hygiene kan utføres i løpet av 24 timer, og pasientene kommer raskere hjem.',
      investigation: 'Kartlegging oppstart av tjenester, mottakssamtale, evaluering av tjenester, arbeidsplasskartlegging.',
      change_measures: 'Felles konseptutvikling med avd. Sentrum og Breidablikktunet omsorgssenter.',
      measurement: 'Liggedøgn for overliggere på sykehuset, hver måned.',
      causes: [
        { id: id(1), text: 'Innleie av ekstra personell i morgentimene', kind: 'symptom' },
        { id: id(2), text: 'Turnusen er bygd rundt at all hygiene gis først på dagen', kind: 'root_cause' },
      ],
      benefits: [
        { id: id(11), kind: 'economic', description: 'Lavere lønnskostnader etter budsjettvedtaket', owner: 'Kari Enhetsleder', indicator: 'Kostnad per år', amount_per_year: '2500000' },
        { id: id(12), kind: 'quality', description: 'Færre overliggere på sykehuset', owner: 'Ola Metodeveileder', indicator: 'Liggedøgn', baseline: '290', baseline_date: '2024-02-29', target: '15', target_date: '2025-06-30' },
        { id: id(13), kind: 'quality', description: 'Lavere sykefravær', owner: 'Per Verneombud', indicator: 'Sykefravær i prosent', baseline: '12.6', target: '12' },
      ],
      measures,
      budget_lines: [{ id: id(21), label: 'Budsjett 2024', budget: '258427430', actual: '276852904' }],
      indicators: [{
        id: id(31), name: 'Liggedøgn for overliggere på sykehuset', unit: 'bed_days', direction: 'lower_is_better', baseline: '290', target: '15',
        measurements: ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']
          .map((date, i) => ({ id: id(41 + i), date, value: String([240, 180, 120, 60, 30, 15][i]) })),
      }],
    },
  };
}
