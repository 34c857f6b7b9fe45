//! The first-run example: a dialogue seminar and an A3 sheet built from the figures in the users'
//! own documents (Levanger's dialogue seminar of 20 March 2025 and the "Status tiltak 2025"
//! table for Stokkbakken omsorgssenter), so a new user sees a filled-in seminar and sheet.
//!
//! Every id in the example is derived from [`EXAMPLE_NAMESPACE`], so the example is recognised
//! wherever it is shown ([`is_example`]), and loading it twice adds nothing: it is imported
//! through the same merge by id as any file.

use super::a3::{A3Sheet, Cause, CauseKind, Phase};
use super::benefit::{Benefit, BenefitKind};
use super::entity::{Id, Timestamp};
use super::indicator::{Direction, Indicator, IndicatorUnit, Measurement};
use super::measure::{FollowUp, Measure, MeasureStatus};
use super::workshop::{Note, Seminar};
use super::workspace::Workspace;
use rust_decimal::Decimal;

/// The namespace of every example id (a fixed, random v4 uuid).
pub const EXAMPLE_NAMESPACE: Id = Id(uuid::Uuid::from_u128(
    0x5e1d_8c2a_3f4b_4c6d_9a7e_0b1c_2d3e_4f50,
));

fn example_id(parts: &[&str]) -> Id {
    Id::derived(EXAMPLE_NAMESPACE, parts)
}

/// The example seminar's id.
pub fn seminar_id() -> Id {
    example_id(&["seminar"])
}

/// The example A3 sheet's id.
pub fn sheet_id() -> Id {
    example_id(&["a3"])
}

/// Whether `id` is the example seminar or the example sheet.
pub fn is_example(id: &Id) -> bool {
    *id == seminar_id() || *id == sheet_id()
}

/// Notes a participant might write in the seminar: (potential, benefit, kind).
const NOTES: [(&str, &str, BenefitKind); 4] = [
    (
        "Pasienter som er utskrivningsklare blir liggende på sykehuset fordi vi ikke har plass.",
        "Færre liggedøgn à 5 745 kr og pasienten kommer raskere hjem.",
        BenefitKind::Economic,
    ),
    (
        "Daglig hygiene kan gis i løpet av døgnet, ikke bare først på dagen.",
        "Jevnere arbeidsbelastning og mindre behov for ekstra folk om morgenen.",
        BenefitKind::Quality,
    ),
    (
        "Felles konseptutvikling med Sentrum og Breidablikktunet.",
        "Vi deler kompetanse og kan bruke ressursene på tvers.",
        BenefitKind::Quality,
    ),
    (
        "Mer bruk av multidose.",
        "Mindre tid til legemiddelhåndtering og færre feil.",
        BenefitKind::Societal,
    ),
];

fn decimal(units: i64, scale: u32) -> Option<Decimal> {
    Some(Decimal::new(units, scale))
}

fn example_seminar(now: Timestamp) -> Seminar {
    let mut seminar = Seminar::new(
        seminar_id(),
        "Dialogseminar hjemme- og institusjonstjenesten",
        now,
    );
    seminar.date = "2025-03-20".to_owned();
    seminar
}

fn example_notes(now: Timestamp) -> Vec<Note> {
    NOTES
        .iter()
        .enumerate()
        .map(|(i, (potential, benefit, kind))| {
            let mut note = Note::new(
                example_id(&["note", &i.to_string()]),
                Some(seminar_id()),
                now,
            );
            note.potential = (*potential).to_owned();
            note.benefit = (*benefit).to_owned();
            note.benefit_kind = Some(*kind);
            note
        })
        .collect()
}

/// A measure row of the seed's "Status tiltak 2025" table.
fn measure(
    key: &str,
    name: &str,
    fte: Option<Decimal>,
    amount: i64,
    follow_up: FollowUp,
) -> Measure {
    let mut measure = Measure::new(example_id(&["measure", key]));
    measure.name = name.to_owned();
    measure.fte = fte;
    measure.amount = decimal(amount * 100, 2);
    measure.status = MeasureStatus::Implemented;
    measure.status_date = "2025-01-06".to_owned();
    measure.follow_up = follow_up;
    measure
}

fn example_sheet(now: Timestamp) -> A3Sheet {
    let mut sheet = A3Sheet::new(sheet_id(), "Færre overliggere og tilpasset bemanning", now);
    sheet.unit = "3412 Stokkbakken omsorgssenter".to_owned();
    sheet.owner = "Enhetsleder".to_owned();
    sheet.method_coach = "Metodeveileder".to_owned();
    sheet.phase = Phase::FolgeOpp;
    sheet.rationale = "Budsjettvedtaket for 2025 krever tilpasset bemanning, og utskrivningsklare \
        pasienter ble liggende på sykehuset: 290 liggedøgn à 5 745 kr i januar og februar 2024."
        .to_owned();
    sheet.current_situation = "Bemanningen er lagt opp etter at all daglig hygiene gis først på \
        dagen. Vi tar imot utskrivningsklare pasienter for sent."
        .to_owned();
    sheet.desired_situation = "Tjenestene gis i løpet av døgnet etter behov, pasientene kommer \
        raskere hjem, og driften holder seg innenfor rammen."
        .to_owned();
    sheet.investigation = "Kartlegge oppstart av tjenester, mottakssamtale og evaluering av \
        tjenester. Arbeidsplasskartlegging."
        .to_owned();
    sheet.change_measures = "Reduksjon i nattetjenesten, tilpasset bemanning dag og aften, \
        mindre variabel lønn og færre fagdager."
        .to_owned();
    sheet.measurement = "Liggedøgn for overliggere på sykehuset, hver måned.".to_owned();
    sheet.causes = vec![
        Cause {
            id: example_id(&["cause", "0"]),
            text: "Innleie av ekstra personell i morgentimene".to_owned(),
            kind: CauseKind::Symptom,
            ..Cause::default()
        },
        Cause {
            id: example_id(&["cause", "1"]),
            text: "Turnusen er bygd rundt at all hygiene gis først på dagen".to_owned(),
            kind: CauseKind::RootCause,
            ..Cause::default()
        },
    ];
    let mut benefit = Benefit::new(example_id(&["benefit", "0"]));
    benefit.kind = BenefitKind::Economic;
    benefit.description = "Lavere lønnskostnader etter budsjettvedtaket".to_owned();
    benefit.owner = "Enhetsleder".to_owned();
    benefit.indicator = "Kostnad per år".to_owned();
    benefit.amount_per_year = decimal(2_500_000, 0);
    sheet.benefits = vec![benefit];
    sheet.measures = vec![
        measure(
            "0",
            "Reduksjon nattetjeneste",
            decimal(200, 2),
            1_400_000,
            FollowUp::NeedsMaintenance,
        ),
        measure(
            "1",
            "Bemanningstilpasning dag- og aftenskift",
            decimal(100, 2),
            700_000,
            FollowUp::NeedsMaintenance,
        ),
        measure(
            "2",
            "Redusert bruk av variabel lønn",
            None,
            200_000,
            FollowUp::NeedsMaintenance,
        ),
        measure(
            "3",
            "Nedskalering HMS-aktivitet og fagdager",
            None,
            200_000,
            FollowUp::Ok,
        ),
    ];
    let mut indicator = Indicator::new(example_id(&["indicator", "0"]));
    indicator.name = "Liggedøgn for overliggere på sykehuset, januar og februar".to_owned();
    indicator.unit = IndicatorUnit::BedDays;
    indicator.direction = Direction::LowerIsBetter;
    indicator.baseline = decimal(290, 0);
    indicator.target = decimal(20, 0);
    indicator.measurements = vec![Measurement {
        id: example_id(&["measurement", "0"]),
        date: "2025-02-28".to_owned(),
        value: decimal(15, 0),
        ..Measurement::default()
    }];
    sheet.indicators = vec![indicator];
    sheet
}

/// The example as a workspace, to be imported like any file.
pub fn example_workspace(now: Timestamp) -> Workspace {
    let mut workspace = Workspace::default();
    workspace.add_seminar(example_seminar(now));
    workspace.notes = example_notes(now);
    workspace.add_a3(example_sheet(now));
    workspace
}

/// Moves the example seminar and sheet to the trash; returns whether anything changed.
pub fn remove_example(workspace: &mut Workspace, now: Timestamp) -> bool {
    // Only what is not already in the trash, so its 30 days are not restarted.
    let seminar = workspace.active_seminars().any(|s| s.id == seminar_id())
        && workspace.set_seminar_deleted(&seminar_id(), true, now);
    let sheet = workspace.active_a3().any(|s| s.id == sheet_id())
        && workspace.set_a3_deleted(&sheet_id(), true, now);
    seminar || sheet
}

/// Whether the example is in the workspace and not in the trash.
pub fn example_present(workspace: &Workspace) -> bool {
    workspace.active_seminars().any(|s| s.id == seminar_id())
        || workspace.active_a3().any(|s| s.id == sheet_id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::measure::measure_totals;

    #[test]
    fn loading_the_example_twice_adds_nothing_the_second_time() {
        let mut workspace = Workspace::default();
        let first = workspace.import(example_workspace(Timestamp(1)));
        assert_eq!(first.added, 1 + 4 + 1);
        let second = workspace.import(example_workspace(Timestamp(1)));
        assert_eq!(second.added, 0);
        assert!(example_present(&workspace));
        workspace
            .check_unique_ids()
            .expect("example ids are unique");
    }

    #[test]
    fn the_example_carries_the_seed_figures_and_is_removable() {
        let mut workspace = example_workspace(Timestamp(1));
        let sheet = workspace.a3(&sheet_id()).expect("sheet");
        let sums = measure_totals(&sheet.measures);
        assert_eq!(sums.fte, Decimal::new(300, 2));
        assert_eq!(sums.amount, Decimal::new(2_500_000, 0));
        assert!(is_example(&sheet.id) && is_example(&seminar_id()));
        assert!(!is_example(&Id::new_random()));
        assert!(remove_example(&mut workspace, Timestamp(2)));
        assert!(!example_present(&workspace));
        assert!(!remove_example(&mut workspace, Timestamp(3)));
    }
}
