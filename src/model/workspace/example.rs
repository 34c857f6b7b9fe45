//! The first-run example: a dialogue seminar, an A3 sheet and the programme they belong to, built
//! from the figures in the users' own documents (Levanger's dialogue seminar of 20 March 2025, the
//! "Status tiltak 2025" table for Stokkbakken omsorgssenter, and the *Statusrapport
//! omstillingsprosess helse og velferd*), so a new user sees a filled-in seminar, sheet and
//! programme.
//!
//! Every id in the example is derived from [`EXAMPLE_NAMESPACE`], so the example is recognised
//! wherever it is shown ([`is_example`]), and loading it twice adds nothing: it is imported
//! through the same merge by id as any file.

use crate::model::a3::benefit::{Benefit, BenefitKind};
use crate::model::a3::indicator::{Direction, Indicator, IndicatorUnit, Measurement};
use crate::model::a3::measure::{FollowUp, Measure, MeasureComment, MeasureStatus};
use crate::model::a3::{A3Sheet, Cause, CauseKind, Phase, ProgrammeLink};
use crate::model::entity::{Id, Timestamp};
use crate::model::programme::{EffectGoal, FocusArea, Milestone, Programme, ResultGoal, Risk};
use crate::model::seminar::workshop::{Note, Seminar};
use crate::model::workspace::Workspace;
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

/// The example programme's id.
pub fn programme_id() -> Id {
    example_id(&["programme"])
}

/// Whether `id` is the example seminar, sheet or programme.
pub fn is_example(id: &Id) -> bool {
    *id == seminar_id() || *id == sheet_id() || *id == programme_id()
}

/// The focus areas of seed 001's programme, numbered I–V by their order.
const FOCUS_AREAS: [&str; 5] = [
    "Iverksette enkelttiltak definert i PwC-rapporten",
    "Redusere bemanningsnorm i alle tjenestene",
    "Ledelse og organisasjonskultur",
    "Administrativ struktur og ressursutnyttelse på tvers",
    "Informasjon og kommunikasjon",
];

/// Where the example sheet and seminar belong: focus area II, "Redusere bemanningsnorm".
fn example_link() -> ProgrammeLink {
    ProgrammeLink {
        programme: programme_id(),
        focus_area: Some(example_id(&["focus_area", "2"])),
    }
}

fn example_programme(now: Timestamp) -> Programme {
    let mut programme = Programme::new(programme_id(), "Omstillingsprosess helse og velferd", now);
    programme.overall_goal = "En organisasjonskultur preget av samhandling, og en økonomi som \
        setter oss i stand til å møte framtidas innbyggerbehov."
        .to_owned();
    programme.result_goals = [
        ("En drift innenfor tildelte budsjettrammer", true),
        (
            "Samhandling og ressursbruk på tvers av avdelinger og enheter",
            false,
        ),
        (
            "En organisasjon som håndterer endringer og omstillinger",
            false,
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (text, done))| ResultGoal {
        text: (*text).to_owned(),
        done: *done,
        ..ResultGoal::new(example_id(&["result_goal", &i.to_string()]))
    })
    .collect();
    programme.effect_goals = vec![EffectGoal {
        text: "Sektoren har god ressursutnyttelse.".to_owned(),
        ..EffectGoal::new(example_id(&["effect_goal", "1"]))
    }];
    programme.focus_areas = FOCUS_AREAS
        .iter()
        .enumerate()
        .map(|(i, name)| FocusArea {
            name: (*name).to_owned(),
            ..FocusArea::new(example_id(&["focus_area", &(i + 1).to_string()]))
        })
        .collect();
    programme.milestones = vec![
        Milestone {
            year: "2025".to_owned(),
            milestone: "Årsrapport des. 2024".to_owned(),
            theme: "Statusrapport".to_owned(),
            assignment: "Rapportere til politisk nivå".to_owned(),
            deadline: "2025-01-15".to_owned(),
            approved: "2025-01-14".to_owned(),
            ..Milestone::new(example_id(&["milestone", "1"]))
        },
        Milestone {
            year: "2026".to_owned(),
            milestone: "Årsrapport des. 2025".to_owned(),
            theme: "Statusrapport".to_owned(),
            assignment: "Rapportere til politisk nivå".to_owned(),
            deadline: "2026-01-15".to_owned(),
            ..Milestone::new(example_id(&["milestone", "2"]))
        },
    ];
    programme.risks = vec![Risk {
        description: "Motstand mot endring i ulike prosjektfaser".to_owned(),
        likelihood: 3,
        consequence: 4,
        owner: "Kommunalsjef helse og velferd".to_owned(),
        mitigation: "Involvere tillitsvalgte og ansatte tidlig".to_owned(),
        ..Risk::new(example_id(&["risk", "1"]))
    }];
    programme
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
    seminar.programme = Some(example_link());
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
    sheet.measures[0].comments = [
        (
            "2025-01-06",
            "Iverksatt fra årsskiftet: to færre årsverk på natt.",
        ),
        (
            "2025-06-30",
            "Det er utfordrende å dekke sykefravær på natt uten ekstravakter; følges opp i \
             medbestemmelsesgruppen.",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (date, text))| MeasureComment {
        id: example_id(&["comment", "0", &i.to_string()]),
        date: (*date).to_owned(),
        text: (*text).to_owned(),
        ..MeasureComment::default()
    })
    .collect();
    sheet.programme = Some(example_link());
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
    workspace.programmes.push(example_programme(now));
    workspace.with_row_stamps()
}

/// Moves the example seminar and sheet to the trash; returns whether anything changed.
pub fn remove_example(workspace: &mut Workspace, now: Timestamp) -> bool {
    // Only what is not already in the trash, so its 30 days are not restarted.
    let seminar = workspace.active_seminars().any(|s| s.id == seminar_id())
        && workspace.set_seminar_deleted(&seminar_id(), true, now);
    let sheet = workspace.active_a3().any(|s| s.id == sheet_id())
        && workspace.set_a3_deleted(&sheet_id(), true, now);
    let programme = workspace
        .active_programmes()
        .any(|p| p.id == programme_id())
        && workspace.set_programme_deleted(&programme_id(), true, now);
    seminar || sheet || programme
}

/// Whether the workspace holds nothing of the user's own: nothing but the example (in or out
/// of the trash). Such a device is shown the ways in on Hjem.
pub fn example_only(workspace: &Workspace) -> bool {
    let notes: std::collections::HashSet<Id> =
        example_notes(Timestamp(0)).iter().map(|n| n.id).collect();
    workspace.a3_sheets.iter().all(|s| is_example(&s.id))
        && workspace.seminars.iter().all(|s| is_example(&s.id))
        && workspace.programmes.iter().all(|p| is_example(&p.id))
        && workspace.notes.iter().all(|n| notes.contains(&n.id))
        && workspace.groups.is_empty()
        && workspace.task_reviews.is_empty()
        && workspace.syntheses.is_empty()
}

/// Whether the example is in the workspace and not in the trash.
pub fn example_present(workspace: &Workspace) -> bool {
    workspace.active_seminars().any(|s| s.id == seminar_id())
        || workspace.active_a3().any(|s| s.id == sheet_id())
        || workspace
            .active_programmes()
            .any(|p| p.id == programme_id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::a3::measure::measure_totals;
    use crate::model::programme::Grouping;

    #[test]
    fn a_device_with_only_the_example_has_nothing_of_its_own() {
        let mut w = example_workspace(Timestamp(5));
        assert!(example_only(&w) && example_only(&Workspace::default()));
        remove_example(&mut w, Timestamp(6));
        assert!(
            example_only(&w),
            "the example in the trash is still not the user's"
        );
        w.add_seminar(crate::model::Seminar::new(
            Id::new_random(),
            "Mitt",
            Timestamp(7),
        ));
        assert!(!example_only(&w));
    }

    #[test]
    fn loading_the_example_twice_adds_nothing_the_second_time() {
        let mut workspace = Workspace::default();
        let first = workspace.import(example_workspace(Timestamp(1)));
        assert_eq!(first.added, 1 + 4 + 1 + 1);
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
        assert!(is_example(&sheet.id) && is_example(&seminar_id()) && is_example(&programme_id()));
        // The sheet sits under focus area II of the example programme, with a comment log.
        let groups = workspace.programme_measures(&programme_id(), Grouping::FocusArea);
        assert_eq!(groups.len(), 5);
        assert_eq!(groups[1].lines.len(), 4);
        assert_eq!(groups[1].totals, sums);
        assert_eq!(
            sheet.measures[0].latest_comment().map(|c| c.date.as_str()),
            Some("2025-06-30")
        );
        assert!(!is_example(&Id::new_random()));
        assert!(remove_example(&mut workspace, Timestamp(2)));
        assert!(!example_present(&workspace));
        assert!(!remove_example(&mut workspace, Timestamp(3)));
    }
}
