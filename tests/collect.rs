//! The facilitator's round-up: combined ranking by Borda count, merges across groups,
//! collecting answers (twice, newer), promotion to A3, exports, and report text read back.

use gevinstverksted::i18n::{Lang, Texts, NB};
use gevinstverksted::model::a3::benefit::BenefitKind;
use gevinstverksted::model::collect::{AnswerOutcome, Idea, Origin};
use gevinstverksted::model::seminar::exercise::Group;
use gevinstverksted::model::workspace::collect::combined_ranking;
use gevinstverksted::model::{
    decode_workspace, encode_workspace, Id, Note, Seminar, Timestamp, Workspace,
};
use gevinstverksted::report::{collect_text, parse_report, ranking_csv, report_text};
use std::collections::HashMap;

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(n))
}

const SEMINAR: u128 = 1;

/// A group's answer as its device exports it: the seminar, the group and its notes, with
/// `list` the joint prioritisation (note texts, most important first).
fn answer(
    group: u128,
    name: &str,
    created: i64,
    list: &[(&str, Option<BenefitKind>)],
) -> Workspace {
    let mut g = Group::new(id(group), id(SEMINAR), name, Timestamp(created));
    let notes: Vec<Note> = list
        .iter()
        .enumerate()
        .map(|(i, (text, kind))| Note {
            potential: (*text).to_owned(),
            benefit: format!("Gevinst av {text}"),
            benefit_kind: *kind,
            group: Some(id(group)),
            ..Note::new(
                id(group * 100 + i as u128),
                Some(id(SEMINAR)),
                Timestamp(created),
            )
        })
        .collect();
    g.priority = notes.iter().map(|n| n.id).collect();
    Workspace {
        seminars: vec![Seminar::new(
            id(SEMINAR),
            "Dialogseminar helse",
            Timestamp(1),
        )],
        groups: vec![g],
        notes,
        ..Workspace::default()
    }
}

fn summary(ideas: &[Idea]) -> Vec<(String, u32, usize, usize)> {
    ideas
        .iter()
        .map(|i| (i.title.clone(), i.points, i.rank, i.groups.len()))
        .collect()
}

fn three_groups() -> Workspace {
    let mut w = Workspace::default();
    let eco = Some(BenefitKind::Economic);
    let quality = Some(BenefitKind::Quality);
    w.collect_answers(answer(
        10,
        "Gruppe 1",
        10,
        &[
            ("Digitalt tilsyn", eco),
            ("Felles turnus", eco),
            ("Kortere morgenmøte", quality),
        ],
    ));
    w.collect_answers(answer(
        20,
        "Gruppe 2",
        20,
        &[("Felles turnus på tvers", eco)],
    ));
    w.collect_answers(answer(
        30,
        "Gruppe 3",
        30,
        &[
            ("Sensorer om natten", quality),
            ("Kortere morgenmøter", None),
        ],
    ));
    w
}

#[test]
fn borda_count_sums_places_over_groups_of_different_sizes_and_ties_share_a_rank() {
    let w = three_groups();
    let ideas = combined_ranking(&w, &id(SEMINAR));
    // Gruppe 1 lists 3 (3, 2, 1 points), Gruppe 2 lists 1 (1 point), Gruppe 3 lists 2 (2, 1).
    // Without merges, different words from different groups are different ideas.
    assert_eq!(
        summary(&ideas),
        vec![
            ("Digitalt tilsyn".into(), 3, 1, 1),
            ("Felles turnus".into(), 2, 2, 1),
            ("Sensorer om natten".into(), 2, 2, 1),
            ("Kortere morgenmøte".into(), 1, 4, 1),
            ("Felles turnus på tvers".into(), 1, 4, 1),
            ("Kortere morgenmøter".into(), 1, 4, 1),
        ]
    );
    assert!(combined_ranking(&w, &id(999)).is_empty());
}

#[test]
fn merged_ideas_count_once_per_group_and_can_be_split_again() {
    let mut w = three_groups();
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let find = |ideas: &[Idea], title: &str, nth: usize| {
        ideas
            .iter()
            .filter(|i| i.title == title)
            .nth(nth)
            .unwrap()
            .clone()
    };
    let turnus_1 = find(&ideas, "Felles turnus", 0);
    let turnus_2 = find(&ideas, "Felles turnus på tvers", 0);
    w.edit_synthesis(id(SEMINAR), Timestamp(40), |s| {
        s.merge(&turnus_2, &turnus_1, id(500))
    });
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let merged = find(&ideas, "Felles turnus", 0);
    assert_eq!(merged.origin, Origin::Merged);
    assert_eq!((merged.points, merged.rank, merged.groups.len()), (3, 1, 2));
    assert_eq!(merged.groups, vec![(id(10), 2), (id(20), 1)]);
    assert_eq!(merged.mean_place(), 1.5);
    assert_eq!(
        ideas[0].title, "Felles turnus",
        "named by two groups, it leads the tie at 3 points"
    );
    assert_eq!(ideas[1].title, "Digitalt tilsyn");

    // Merge the morning meetings too, then Gruppe 1's own "Digitalt tilsyn" into it: Gruppe 1
    // is then in the merge twice and counts once, at its best place (1st, 3 points).
    let morning_1 = find(&ideas, "Kortere morgenmøte", 0);
    let morning_3 = find(&ideas, "Kortere morgenmøter", 0);
    w.edit_synthesis(id(SEMINAR), Timestamp(41), |s| {
        s.merge(&morning_3, &morning_1, id(501))
    });
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let morning = find(&ideas, "Kortere morgenmøte", 0);
    assert_eq!((morning.points, morning.groups.len()), (2, 2));
    let tilsyn = find(&ideas, "Digitalt tilsyn", 0);
    w.edit_synthesis(id(SEMINAR), Timestamp(42), |s| {
        s.merge(&tilsyn, &morning, id(502))
    });
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let big = find(&ideas, "Kortere morgenmøte", 0);
    assert_eq!(big.key, id(501), "merging into a merge keeps it");
    assert_eq!(big.groups, vec![(id(10), 1), (id(30), 2)]);
    assert_eq!(big.points, 3 + 1);

    w.edit_synthesis(id(SEMINAR), Timestamp(43), |s| s.split(&id(501)));
    assert_eq!(
        combined_ranking(&w, &id(SEMINAR)).len(),
        5,
        "the turnus merge stays"
    );
    // The synthesis travels with the seminar's export and merges by its derived id.
    let copy = decode_workspace(&encode_workspace(&w)).unwrap();
    let mut other = three_groups();
    other.import(copy);
    assert_eq!(
        combined_ranking(&other, &id(SEMINAR)),
        combined_ranking(&w, &id(SEMINAR))
    );
}

#[test]
fn collecting_the_same_answer_twice_changes_nothing_and_a_newer_one_replaces_it() {
    let mut w = Workspace::default();
    let first = answer(
        10,
        "Gruppe 1",
        10,
        &[("Digitalt tilsyn", None), ("Felles turnus", None)],
    );
    let reports = w.collect_answers(first.clone());
    assert_eq!(reports.len(), 1);
    assert_eq!(
        (reports[0].ideas, reports[0].new_ideas, reports[0].outcome),
        (2, 2, AnswerOutcome::Added)
    );
    let before = encode_workspace(&w);
    let again = w.collect_answers(first.clone());
    assert_eq!(
        (again[0].new_ideas, again[0].outcome),
        (0, AnswerOutcome::Unchanged)
    );
    assert_eq!(encode_workspace(&w), before, "idempotent");

    // The group edits its list: one more idea, a newer group version.
    let mut newer = answer(
        10,
        "Gruppe 1",
        10,
        &[
            ("Digitalt tilsyn", None),
            ("Felles turnus", None),
            ("Sensorer", None),
        ],
    );
    newer.groups[0].updated = Timestamp(99);
    let reports = w.collect_answers(newer);
    assert_eq!(
        (reports[0].ideas, reports[0].new_ideas, reports[0].outcome),
        (3, 1, AnswerOutcome::Updated)
    );
    assert_eq!(combined_ranking(&w, &id(SEMINAR)).len(), 3);
    // An older copy arriving late changes nothing.
    let reports = w.collect_answers(first);
    assert_eq!(reports[0].outcome, AnswerOutcome::Unchanged);
    assert_eq!(combined_ranking(&w, &id(SEMINAR)).len(), 3);
    // A file with no group is not an answer, and is not imported.
    let mut seminar_only = Workspace::default();
    seminar_only.add_seminar(Seminar::new(id(77), "Annet", Timestamp(1)));
    assert!(w.collect_answers(seminar_only).is_empty());
    assert!(w.seminar(&id(77)).is_none());
}

#[test]
fn promoting_an_idea_makes_an_a3_sheet_linked_back_to_the_seminar_and_groups() {
    let mut w = three_groups();
    let top = combined_ranking(&w, &id(SEMINAR))[0].clone();
    assert!(w.promoted_sheet(&top).is_none());
    let mut n = 1000;
    let sheet_id = w.promote_idea(
        &id(SEMINAR),
        &top,
        "Fra seminaret".into(),
        Timestamp(50),
        || {
            n += 1;
            id(n)
        },
    );
    let sheet = w.a3(&sheet_id).unwrap();
    assert_eq!(sheet.title, "Digitalt tilsyn");
    assert_eq!(sheet.rationale, "Fra seminaret");
    assert_eq!(sheet.benefits.len(), 1);
    assert_eq!(sheet.benefits[0].description, "Gevinst av Digitalt tilsyn");
    assert_eq!(sheet.benefits[0].kind, BenefitKind::Economic);
    let source = sheet.source.as_ref().unwrap();
    assert_eq!(
        (source.seminar, source.groups.clone()),
        (id(SEMINAR), vec![id(10)])
    );
    assert_eq!(w.promoted_sheet(&top).map(|s| s.id), Some(sheet_id));
    let back = decode_workspace(&encode_workspace(&w)).unwrap();
    assert_eq!(back.a3(&sheet_id).unwrap().source, sheet.source);
}

fn labels() -> &'static Texts {
    Lang::Nb.texts()
}

#[test]
fn the_csv_opens_in_norwegian_excel() {
    let mut w = three_groups();
    w.groups[0].name = "Gruppe 1; natt".into();
    w.notes[0].potential = "Tilsyn \"digitalt\"".into();
    w.notes[1].potential = "=SUM(A1)".into();
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let names: HashMap<Id, String> = w.groups.iter().map(|g| (g.id, g.name.clone())).collect();
    let csv = ranking_csv(&ideas, &names, labels());
    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte-order mark");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Plass;Forslag;Poeng;Antall grupper;Grupper;Snittplass;Gevinst;Type gevinst"
    );
    assert_eq!(
        lines[1],
        "1;\"Tilsyn \"\"digitalt\"\"\";3;1;\"Gruppe 1; natt (1.)\";1;Gevinst av Digitalt tilsyn;Økonomisk"
    );
    assert!(
        lines[2].starts_with("2;\"'=SUM(A1)\";2;1;"),
        "a formula is kept as text: {}",
        lines[2]
    );
    assert_eq!(lines.last(), Some(&""), "every line ends with CRLF");
}

fn words() -> &'static Texts {
    Lang::Nb.texts()
}

/// The device's one group's report text, exactly as the group screen writes it in `texts`.
fn report_of(device: &Workspace, texts: &'static gevinstverksted::i18n::Texts) -> String {
    let group = &device.groups[0];
    let notes: Vec<&Note> = device.notes.iter().collect();
    let items = group.items(&notes);
    report_text(
        &device.seminars[0],
        group,
        &items,
        &notes,
        Some("24.11.2026"),
        texts,
    )
}

#[test]
fn a_dot_count_in_the_singular_and_an_old_plural_are_both_read_off_the_title() {
    let text = "Gruppe 4 – Dialogseminar\n1. Digitalt tilsyn – 1 prikk\n2. Felles turnus – 1 prikker\n3. Kortere møter – 2 prikker\n";
    let parsed = parse_report(text, id(SEMINAR), Timestamp(5), words()).unwrap();
    let titles: Vec<&str> = parsed.notes.iter().map(|n| n.potential.as_str()).collect();
    assert_eq!(
        titles,
        ["Digitalt tilsyn", "Felles turnus", "Kortere møter"]
    );
}

#[test]
fn a_report_pasted_in_another_language_is_read_with_that_language_s_words() {
    use gevinstverksted::i18n::{EN, NN};
    let device = answer(
        10,
        "Gruppe 2",
        10,
        &[("Digitalt tilsyn", Some(BenefitKind::Quality))],
    );
    let candidates = Lang::ALL;
    for (texts, expected) in [(&NB, 0), (&NN, 1), (&EN, 2)] {
        let text = report_of(&device, texts);
        let found = gevinstverksted::report::report_language(&text, &candidates);
        assert_eq!(found, expected, "{}", texts.lang);
        let parsed =
            parse_report(&text, id(SEMINAR), Timestamp(5), candidates[found].texts()).unwrap();
        assert_eq!(parsed.notes[0].benefit, "Gevinst av Digitalt tilsyn");
        assert_eq!(parsed.notes[0].benefit_kind, Some(BenefitKind::Quality));
        assert_eq!(parsed.groups[0].agreed, Some(Timestamp(5)));
    }
    // Nothing recognisable: the language in use (listed first) is kept.
    assert_eq!(
        gevinstverksted::report::report_language("1. Noe", &candidates),
        0
    );
}

#[test]
fn a_pasted_report_is_read_back_into_a_group_and_pasting_it_twice_changes_nothing() {
    // The text exactly as the group screen writes it.
    let device = answer(
        10,
        "Gruppe 1",
        10,
        &[
            ("Digitalt tilsyn", Some(BenefitKind::Economic)),
            ("Felles turnus", None),
        ],
    );
    let text = report_of(&device, &NB);

    let parsed = parse_report(&text, id(SEMINAR), Timestamp(5), words()).unwrap();
    let g = &parsed.groups[0];
    assert_eq!(g.name, "Gruppe 1");
    assert_eq!(g.agreed, Some(Timestamp(5)));
    assert_eq!(parsed.notes.len(), 2);
    assert_eq!(parsed.notes[0].potential, "Digitalt tilsyn");
    assert_eq!(parsed.notes[0].benefit, "Gevinst av Digitalt tilsyn");
    assert_eq!(parsed.notes[0].benefit_kind, Some(BenefitKind::Economic));
    assert_eq!(parsed.notes[1].potential, "Felles turnus");
    assert_eq!(
        g.priority,
        parsed.notes.iter().map(|n| n.id).collect::<Vec<_>>()
    );
    assert!(parse_report(
        "Bare litt tekst\nuten punkter",
        id(SEMINAR),
        Timestamp(5),
        words()
    )
    .is_none());

    let mut w = Workspace::default();
    let first = collect_text(&mut w, &text, id(SEMINAR), Timestamp(6), words()).unwrap();
    assert_eq!(
        (first.ideas, first.new_ideas, first.outcome),
        (2, 2, AnswerOutcome::Added)
    );
    let before = encode_workspace(&w);
    let again = collect_text(&mut w, &text, id(SEMINAR), Timestamp(7), words()).unwrap();
    assert_eq!(again.outcome, AnswerOutcome::Unchanged);
    assert_eq!(encode_workspace(&w), before);
    let changed = text.replace("2. Felles turnus", "2. Felles turnus i hele sonen");
    let update = collect_text(&mut w, &changed, id(SEMINAR), Timestamp(8), words()).unwrap();
    assert_eq!(update.outcome, AnswerOutcome::Updated);
    let titles: Vec<String> = combined_ranking(&w, &id(SEMINAR))
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(
        titles,
        vec!["Digitalt tilsyn", "Felles turnus i hele sonen"]
    );
}
