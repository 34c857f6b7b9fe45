//! Property tests of the data core: round trips, the merge laws, and fuzzing of the one
//! decode path. Ids and timestamps are drawn from small pools so that collisions and ties
//! (the hard cases of a merge) happen often.
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::model::a3::benefit::{Benefit, BenefitKind};
use gevinstverksted::model::a3::indicator::{Indicator, IndicatorUnit, Measurement};
use gevinstverksted::model::a3::measure::{BudgetLine, Measure, MeasureComment};
use gevinstverksted::model::a3::ProgrammeLink;
use gevinstverksted::model::a3::{Cause, CauseKind};
use gevinstverksted::model::collect::{IdeaMerge, IdeaRef, Synthesis};
use gevinstverksted::model::merge;
use gevinstverksted::model::money::MAX_ABS;
use gevinstverksted::model::programme::{FocusArea, Milestone, Programme, ResultGoal, Risk};
use gevinstverksted::model::seminar::exercise::{Group, Member, Vote};
use gevinstverksted::model::seminar::task_review::{Task, TaskReview, Triage};
use gevinstverksted::model::seminar::workshop::DayMonth;
use gevinstverksted::model::{
    decode_workspace, encode_workspace, A3Sheet, Id, Note, Phase, Seminar, Timestamp, Workspace,
};
use gevinstverksted::share::link;
use proptest::collection::vec;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Entity ids from a pool of five, so two workspaces often share ids.
fn pooled_id() -> impl Strategy<Value = Id> {
    (1u128..=5).prop_map(|n| Id(uuid::Uuid::from_u128(0x4000_8000_0000_0000_0000 + n)))
}

/// Row ids: any uuid (rows are not merged on their own).
fn row_id() -> impl Strategy<Value = Id> {
    any::<u128>().prop_map(|n| Id(uuid::Uuid::from_u128(n)))
}

/// Timestamps from a small pool, so equal `updated` (ties) are common; both ends of the
/// valid range included.
fn timestamp() -> impl Strategy<Value = Timestamp> {
    prop::sample::select(vec![
        Timestamp::MIN,
        Timestamp(1),
        Timestamp(2),
        Timestamp(1_700_000_000_000),
        Timestamp::MAX,
    ])
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "Færre overliggere",
            "3412 Stokkbakken omsorgssenter",
            "Ærlig, ødelagt, åpen",
            "<script>alert(1)</script>",
            "\"quoted\" \\ back\\slash\n\ttab",
            "سلام 你好 🙂 e\u{301}",
            "\u{0}\u{1f}\u{7f}\u{feff}",
        ])
        .prop_map(str::to_owned),
        // Any characters, control characters and lone combining marks included.
        vec(any::<char>(), 0..12).prop_map(String::from_iter),
    ]
}

/// Any decimal with |v| <= MAX_ABS and 0–4 decimals (including exactly ±MAX_ABS).
fn decimal() -> impl Strategy<Value = Decimal> {
    (0u32..=4).prop_flat_map(|scale| {
        let max = i64::try_from(MAX_ABS.trunc().mantissa()).expect("MAX_ABS fits an i64");
        let limit = max * 10_i64.pow(scale);
        (-limit..=limit).prop_map(move |mantissa| Decimal::new(mantissa, scale))
    })
}

fn maybe_decimal() -> impl Strategy<Value = Option<Decimal>> {
    prop::option::of(decimal())
}

/// Unknown fields as a newer build might write them (keys never collide with known ones).
fn extra() -> impl Strategy<Value = Map<String, Value>> {
    let value = prop::sample::select(vec![
        json!(1),
        json!("tekst"),
        json!([1, 2, 3]),
        json!({ "nested": null }),
        json!(true),
    ]);
    prop::collection::btree_map(
        prop::sample::select(vec!["x_future", "zz_extra"]),
        value,
        0..=1,
    )
    .prop_map(|map| map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn cause() -> impl Strategy<Value = Cause> {
    (row_id(), text(), any::<bool>()).prop_map(|(id, text, root)| Cause {
        id,
        text,
        kind: if root {
            CauseKind::RootCause
        } else {
            CauseKind::Symptom
        },
        extra: Map::new(),
    })
}

fn benefit() -> impl Strategy<Value = Benefit> {
    (
        row_id(),
        0usize..3,
        text(),
        maybe_decimal(),
        maybe_decimal(),
        maybe_decimal(),
    )
        .prop_map(
            |(id, kind, description, baseline, target, amount)| Benefit {
                kind: BenefitKind::from_index(kind).unwrap_or_default(),
                description,
                baseline,
                target,
                amount_per_year: amount,
                ..Benefit::new(id)
            },
        )
}

fn measure() -> impl Strategy<Value = Measure> {
    let comment = (row_id(), text(), text()).prop_map(|(id, date, text)| MeasureComment {
        id,
        date,
        text,
        ..MeasureComment::default()
    });
    (
        row_id(),
        text(),
        maybe_decimal(),
        maybe_decimal(),
        vec(comment, 0..3),
        extra(),
    )
        .prop_map(|(id, name, fte, amount, comments, extra)| Measure {
            name,
            fte,
            amount,
            comments,
            extra,
            ..Measure::new(id)
        })
}

/// A link to a programme from the pool, with or without a focus area.
fn programme_link() -> impl Strategy<Value = Option<ProgrammeLink>> {
    prop::option::of((pooled_id(), prop::option::of(row_id()))).prop_map(|link| {
        link.map(|(programme, focus_area)| ProgrammeLink {
            programme,
            focus_area,
        })
    })
}

fn programme() -> impl Strategy<Value = Programme> {
    let goal = (row_id(), text(), any::<bool>()).prop_map(|(id, text, done)| ResultGoal {
        id,
        text,
        done,
        ..ResultGoal::default()
    });
    let area = (row_id(), text()).prop_map(|(id, name)| FocusArea {
        id,
        name,
        ..FocusArea::default()
    });
    let milestone = (row_id(), text(), text()).prop_map(|(id, milestone, deadline)| Milestone {
        id,
        milestone,
        deadline,
        ..Milestone::default()
    });
    let risk = (row_id(), text(), 1u8..=5, 1u8..=5).prop_map(|(id, description, l, c)| Risk {
        description,
        likelihood: l,
        consequence: c,
        ..Risk::new(id)
    });
    (
        (pooled_id(), timestamp(), timestamp(), text(), text()),
        prop::option::of(timestamp()),
        (vec(goal, 0..3), vec(area, 0..3)),
        (vec(milestone, 0..2), vec(risk, 0..3)),
        extra(),
    )
        .prop_map(
            |(
                (id, updated, created, title, goal),
                deleted,
                (goals, areas),
                (milestones, risks),
                extra,
            )| {
                let mut p = Programme::new(id, "", created);
                p.updated = updated;
                p.title = title;
                p.overall_goal = goal;
                p.result_goals = goals;
                p.focus_areas = areas;
                p.milestones = milestones;
                p.risks = risks;
                p.deleted = deleted;
                p.extra = extra;
                p
            },
        )
}

fn budget_line() -> impl Strategy<Value = BudgetLine> {
    (row_id(), text(), maybe_decimal(), maybe_decimal()).prop_map(|(id, label, budget, actual)| {
        BudgetLine {
            label,
            budget,
            actual,
            ..BudgetLine::new(id)
        }
    })
}

fn indicator() -> impl Strategy<Value = Indicator> {
    let measurement = (row_id(), maybe_decimal()).prop_map(|(id, value)| Measurement {
        id,
        date: "2025-02-28".into(),
        value,
        extra: Map::new(),
    });
    (
        row_id(),
        text(),
        0usize..4,
        maybe_decimal(),
        maybe_decimal(),
        vec(measurement, 0..3),
    )
        .prop_map(
            |(id, name, unit, baseline, target, measurements)| Indicator {
                name,
                unit: IndicatorUnit::from_index(unit).unwrap_or_default(),
                baseline,
                target,
                measurements,
                ..Indicator::new(id)
            },
        )
}

fn sheet() -> impl Strategy<Value = A3Sheet> {
    let header = (
        pooled_id(),
        timestamp(),
        timestamp(),
        text(),
        text(),
        0usize..5,
        prop::option::of(timestamp()),
        extra(),
    );
    let tables = (
        vec(cause(), 0..2),
        vec(benefit(), 0..3),
        vec(measure(), 0..3),
        vec(budget_line(), 0..2),
        vec(indicator(), 0..2),
    );
    (header, tables)
        .prop_map(
            |(
                (id, updated, created, title, rationale, phase, deleted, extra),
                (causes, benefits, measures, budget_lines, indicators),
            )| {
                let mut sheet = A3Sheet::new(id, "", created);
                sheet.updated = updated;
                sheet.title = title;
                sheet.rationale = rationale;
                sheet.phase = Phase::from_index(phase).unwrap_or_default();
                sheet.deleted = deleted;
                sheet.causes = causes;
                sheet.benefits = benefits;
                sheet.measures = measures;
                sheet.budget_lines = budget_lines;
                sheet.indicators = indicators;
                sheet.extra = extra;
                sheet
            },
        )
        .prop_flat_map(|sheet| {
            programme_link().prop_map(move |link| {
                let mut sheet = sheet.clone();
                sheet.programme = link;
                sheet
            })
        })
}

fn seminar() -> impl Strategy<Value = Seminar> {
    (
        pooled_id(),
        timestamp(),
        timestamp(),
        text(),
        text(),
        prop::option::of(timestamp()),
        extra(),
    )
        .prop_map(|(id, updated, created, title, question, deleted, extra)| {
            let mut seminar = Seminar::new(id, "", created);
            seminar.updated = updated;
            seminar.title = title;
            seminar.question = question;
            seminar.deleted = deleted;
            seminar.extra = extra;
            seminar
        })
}

fn note() -> impl Strategy<Value = Note> {
    (
        pooled_id(),
        timestamp(),
        prop::option::of(pooled_id()),
        text(),
        text(),
        prop::option::of(timestamp()),
        extra(),
    )
        .prop_map(
            |(id, updated, seminar, potential, benefit, deleted, extra)| Note {
                potential,
                benefit,
                deleted,
                extra,
                ..Note::new(id, seminar, updated)
            },
        )
}

fn group() -> impl Strategy<Value = Group> {
    (
        pooled_id(),
        timestamp(),
        timestamp(),
        pooled_id(),
        text(),
        vec((pooled_id(), text(), 1u8..=28, 1u8..=12), 0..4),
        vec((pooled_id(), pooled_id(), 1u32..4), 0..4),
        prop::option::of(timestamp()),
        prop::option::of(timestamp()),
        extra(),
    )
        .prop_map(
            |(id, updated, created, seminar, name, members, votes, agreed, deleted, extra)| {
                let mut group = Group::new(id, seminar, "", created);
                group.updated = updated;
                group.name = name;
                group.members = members
                    .into_iter()
                    .map(|(id, name, day, month)| Member {
                        extra: Default::default(),
                        id,
                        name,
                        birthday: DayMonth::new(day, month),
                    })
                    .collect();
                group.priority = votes.iter().map(|v| v.1).collect();
                group.votes = votes
                    .into_iter()
                    .map(|(member, item, dots)| Vote { member, item, dots })
                    .collect();
                group.agreed = agreed;
                group.deleted = deleted;
                group.extra = extra;
                group
            },
        )
}

fn synthesis() -> impl Strategy<Value = Synthesis> {
    (
        pooled_id(),
        timestamp(),
        vec(
            (pooled_id(), text(), vec((pooled_id(), pooled_id()), 0..3)),
            0..3,
        ),
        vec(text(), 0..2),
        vec((text(), text()), 0..2),
    )
        .prop_map(|(seminar, updated, merges, kept_apart, refused)| {
            let mut synthesis = Synthesis::new(seminar, updated);
            synthesis.kept_apart = kept_apart;
            synthesis.refused = refused.into_iter().map(|(a, b)| [a, b]).collect();
            synthesis.merges = merges
                .into_iter()
                .map(|(id, title, ideas)| IdeaMerge {
                    extra: Default::default(),
                    id,
                    title,
                    ideas: ideas
                        .into_iter()
                        .map(|(group, item)| IdeaRef { group, item })
                        .collect(),
                })
                .collect();
            synthesis
        })
}

fn task_review() -> impl Strategy<Value = TaskReview> {
    (
        pooled_id(),
        timestamp(),
        text(),
        vec((pooled_id(), text(), text(), 0usize..4), 0..4),
        prop::option::of(timestamp()),
    )
        .prop_map(|(id, updated, title, tasks, deleted)| {
            let mut review = TaskReview::new(id, None, "", updated);
            review.title = title;
            review.tasks = tasks
                .into_iter()
                .map(|(id, category, text, triage)| Task {
                    extra: Default::default(),
                    id,
                    category,
                    text,
                    triage: Triage::from_index(triage),
                })
                .collect();
            review.deleted = deleted;
            review
        })
}

/// Keeps the first of each id, as a decoded document has unique ids per collection.
fn unique<T>(mut items: Vec<T>, id: impl Fn(&T) -> Id) -> Vec<T> {
    let mut seen = HashSet::new();
    items.retain(|item| seen.insert(id(item)));
    items
}

fn workspace() -> impl Strategy<Value = Workspace> {
    let future = prop::collection::btree_map(
        prop::sample::select(vec!["future_a", "future_b"]),
        prop::sample::select(vec![json!([]), json!([1]), json!({ "k": "v" })]),
        0..=2,
    );
    (
        vec(sheet(), 0..4),
        vec(seminar(), 0..4),
        vec(note(), 0..4),
        vec(group(), 0..3),
        vec(task_review(), 0..3),
        vec(synthesis(), 0..2),
        vec(programme(), 0..2),
        future,
    )
        .prop_map(
            |(sheets, seminars, notes, groups, reviews, syntheses, programmes, future)| Workspace {
                programmes: unique(programmes, |p| p.id),
                syntheses: unique(syntheses, |s| s.id),
                a3_sheets: unique(sheets, |s| s.id),
                seminars: unique(seminars, |s| s.id),
                notes: unique(notes, |n| n.id),
                groups: unique(groups, |g| g.id),
                task_reviews: unique(reviews, |r| r.id),
                participant: None,
                extra: future.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The workspace with every collection sorted by id, encoded: equal text means equal content
/// (also where `Decimal`'s `==` would call "1.0" and "1.00" equal).
fn sorted(w: &Workspace) -> String {
    let mut w = w.clone();
    w.a3_sheets.sort_by_key(|s| s.id);
    w.seminars.sort_by_key(|s| s.id);
    w.notes.sort_by_key(|n| n.id);
    w.groups.sort_by_key(|g| g.id);
    w.task_reviews.sort_by_key(|r| r.id);
    w.syntheses.sort_by_key(|s| s.id);
    w.programmes.sort_by_key(|p| p.id);
    encode_workspace(&w)
}

fn merged(mine: &Workspace, theirs: &Workspace) -> Workspace {
    let mut w = mine.clone();
    w.import(theirs.clone());
    w
}

// ---------------------------------------------------------------------------------------------
// Round trips and the merge laws
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Every shareable part (a seminar's setup, a participant's notes, a group's answer, one
    /// sheet, or everything) survives the link codec, and the link is URL-safe.
    #[test]
    fn share_links_round_trip_every_shareable_kind(w in workspace()) {
        let mut parts = vec![w.clone()];
        for seminar in &w.seminars {
            parts.push(w.seminar_package(&seminar.id));
            parts.push(w.own_notes_package(&seminar.id));
        }
        for group in &w.groups {
            parts.push(w.group_package(&group.id));
        }
        for sheet in &w.a3_sheets {
            parts.push(Workspace { a3_sheets: vec![sheet.clone()], ..Workspace::default() });
        }
        for part in parts {
            let data = link::pack(&part);
            prop_assert!(data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            let back = link::unpack(&data);
            prop_assert!(back.is_ok(), "{:?}", back);
            prop_assert_eq!(encode_workspace(&back.unwrap()), encode_workspace(&part));
        }
    }

    #[test]
    fn encode_then_decode_is_the_identity(w in workspace()) {
        let text = encode_workspace(&w);
        let back = decode_workspace(&text);
        prop_assert_eq!(back.as_ref(), Ok(&w));
        prop_assert_eq!(encode_workspace(&back.unwrap()), text);
    }

    #[test]
    fn merging_a_workspace_with_itself_changes_nothing(w in workspace()) {
        let mut m = w.clone();
        let report = m.import(w.clone());
        prop_assert_eq!((report.added, report.updated), (0, 0));
        prop_assert_eq!(report.unchanged, w.entity_count());
        prop_assert_eq!(encode_workspace(&m), encode_workspace(&w));
    }

    #[test]
    fn merge_is_commutative(a in workspace(), b in workspace()) {
        prop_assert_eq!(sorted(&merged(&a, &b)), sorted(&merged(&b, &a)));
    }

    #[test]
    fn merge_is_associative(a in workspace(), b in workspace(), c in workspace()) {
        let left = merged(&merged(&a, &b), &c);
        let right = merged(&a, &merged(&b, &c));
        prop_assert_eq!(sorted(&left), sorted(&right));
    }

    /// The merge's shortcut (one copy is the merge) gives what the field-by-field rule gives,
    /// also for version-1 entities, whose stamps all come from `updated`.
    #[test]
    fn the_merge_shortcut_is_the_rule(a in workspace(), b in workspace()) {
        let (va, vb) = (serde_json::to_value(&a).unwrap(), serde_json::to_value(&b).unwrap());
        for (collection, items) in va.as_object().unwrap() {
            let Some(others) = vb[collection].as_array() else { continue };
            for m in items.as_array().into_iter().flatten() {
                for t in others.iter().filter(|t| t["id"] == m["id"]) {
                    prop_assert_eq!(merge::merge_entity(m, t), merge::merge_field_by_field(m, t));
                    prop_assert_eq!(merge::merge_entity(t, m), merge::merge_field_by_field(t, m));
                }
            }
        }
    }

    #[test]
    fn merging_twice_is_merging_once(a in workspace(), b in workspace()) {
        let once = merged(&a, &b);
        let mut twice = once.clone();
        let report = twice.import(b.clone());
        prop_assert_eq!((report.added, report.updated), (0, 0));
        prop_assert_eq!(encode_workspace(&twice), encode_workspace(&once));
    }

    #[test]
    fn preview_counts_what_import_does_and_changes_nothing(a in workspace(), b in workspace()) {
        let before = encode_workspace(&a);
        let preview = a.preview_import(&b);
        prop_assert_eq!(encode_workspace(&a), before);
        let mut applied = a.clone();
        prop_assert_eq!(applied.import(b.clone()), preview);
        prop_assert_eq!(
            preview.added + preview.updated + preview.unchanged,
            b.entity_count()
        );
    }

    #[test]
    fn import_keeps_order_removes_nothing_and_appends_new_ids(a in workspace(), b in workspace()) {
        let m = merged(&a, &b);
        let ids = |w: &Workspace| -> Vec<Id> { w.a3_sheets.iter().map(|s| s.id).collect() };
        let (mine, result) = (ids(&a), ids(&m));
        prop_assert_eq!(&result[..mine.len()], &mine[..]);
        let new: Vec<Id> = ids(&b).into_iter().filter(|id| !mine.contains(id)).collect();
        prop_assert_eq!(&result[mine.len()..], &new[..]);
        prop_assert_eq!(m.seminars.len(), a.seminars.len() + b.seminars.iter().filter(|s| a.seminar(&s.id).is_none()).count());
    }
}

// ---------------------------------------------------------------------------------------------
// Fuzzing the decode path
// ---------------------------------------------------------------------------------------------

/// A realistic document to mutate: the frozen version-1 fixture.
const FIXTURE: &str = include_str!("fixtures/v1-workspace.json");

/// The workspace every fuzz case imports into, and its encoding.
fn target() -> &'static (Workspace, String) {
    static TARGET: OnceLock<(Workspace, String)> = OnceLock::new();
    TARGET.get_or_init(|| {
        let mut w = Workspace::default();
        w.add_a3(A3Sheet::new(
            Id::new_random(),
            "Mitt ark",
            Timestamp(1_700_000_000_000),
        ));
        w.add_seminar(Seminar::new(Id::new_random(), "Mitt seminar", Timestamp(5)));
        let text = encode_workspace(&w);
        (w, text)
    })
}

/// Imports `text` into a copy of the target: never panics (the test harness would report it),
/// an error leaves the workspace byte-for-byte unchanged, and what was accepted can be saved
/// and read back.
fn check_import(text: &str) -> Result<(), TestCaseError> {
    let (original, before) = target();
    let mut w = original.clone();
    match w.import_text(text) {
        Err(_) => prop_assert_eq!(&encode_workspace(&w), before),
        Ok(_) => {
            let saved = encode_workspace(&w);
            prop_assert_eq!(
                decode_workspace(&saved).map(|back| encode_workspace(&back)),
                Ok(saved)
            );
        }
    }
    Ok(())
}

/// One change to a document's bytes; positions are taken modulo the current length.
#[derive(Clone, Debug)]
enum Mutation {
    /// XOR the byte with a non-zero mask.
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Bytes that matter to JSON more often than random ones.
    let byte = prop_oneof![
        any::<u8>(),
        prop::sample::select(b"{}[]\",:0123456789-.eE \\ntfu".to_vec()),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, mask)| Mutation::Flip(at, mask.max(1))),
        (any::<usize>(), byte).prop_map(|(at, b)| Mutation::Insert(at, b)),
        any::<usize>().prop_map(Mutation::Delete),
    ]
}

fn mutate(base: &str, mutations: &[Mutation]) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for m in mutations {
        match m {
            Mutation::Flip(at, mask) if !bytes.is_empty() => {
                let at = at % bytes.len();
                bytes[at] ^= mask;
            }
            Mutation::Insert(at, b) => bytes.insert(at % (bytes.len() + 1), *b),
            Mutation::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at % bytes.len());
            }
            _ => {}
        }
    }
    // `import_text` takes text, as the UI reads files: invalid UTF-8 becomes U+FFFD.
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn fuzz_arbitrary_bytes_never_panic_and_errors_change_nothing(
        bytes in vec(any::<u8>(), 0..512)
    ) {
        check_import(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn fuzz_mutated_documents_never_panic_and_errors_change_nothing(
        mutations in vec(mutation(), 1..6),
        small in any::<bool>(),
    ) {
        // Half the cases mutate a small document, so the mutations hit the envelope often.
        let small_doc;
        let base = if small {
            small_doc = encode_workspace(&target().0);
            small_doc.as_str()
        } else {
            FIXTURE
        };
        check_import(&mutate(base, &mutations))?;
    }
}

/// The fuzz would not notice if every mutated document were refused for the same reason; make
/// sure the mutations reach the later stages of decoding too.
#[test]
fn mutations_reach_every_stage_of_decoding() {
    use gevinstverksted::model::DecodeError;
    let doc = FIXTURE;
    let at = |needle: &str| doc.find(needle).unwrap();
    let cases = [
        // Not JSON: a brace removed.
        (mutate(doc, &[Mutation::Delete(0)]), "NotJson"),
        // Wrong format: a letter of the name changed.
        (
            mutate(doc, &[Mutation::Flip(at("gevinstverksted"), 1)]),
            "WrongFormat",
        ),
        // Too new: "version": 1 → 9.
        (
            mutate(doc, &[Mutation::Flip(at("\"version\": 1") + 11, 8)]),
            "TooNew",
        ),
        // Invalid: a digit of a uuid turned into a letter outside hex.
        (
            mutate(doc, &[Mutation::Flip(at("3f1c9a52"), 0x40)]),
            "Invalid",
        ),
    ];
    for (text, expected) in cases {
        let got = match decode_workspace(&text) {
            Err(DecodeError::NotJson { .. }) => "NotJson",
            Err(DecodeError::WrongFormat) => "WrongFormat",
            Err(DecodeError::TooNew { .. }) => "TooNew",
            Err(DecodeError::Invalid { .. }) => "Invalid",
            other => panic!("{other:?}"),
        };
        assert_eq!(got, expected);
    }
}
