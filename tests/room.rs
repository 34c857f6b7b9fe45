//! The seminar in a real room: the same idea from several groups is one idea without anyone
//! merging it, likely duplicates are offered as one-tap merges (and a refusal or a split is
//! remembered), and a countdown continues where it was after sleep, a reload or a clock set
//! back.

use gevinstverksted::model::collect::{likely_same, normalise_title, suggestions, Idea, Origin};
use gevinstverksted::model::seminar::exercise::{Countdown, Group, RoundState};
use gevinstverksted::model::workspace::collect::combined_ranking;
use gevinstverksted::model::{Id, Note, Seminar, Timestamp, Workspace};

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(n))
}

const SEMINAR: u128 = 1;

/// A group's answer: its joint prioritisation `list`, most important first.
fn answer(group: u128, name: &str, list: &[&str]) -> Workspace {
    let mut g = Group::new(id(group), id(SEMINAR), name, Timestamp(group as i64));
    let notes: Vec<Note> = list
        .iter()
        .enumerate()
        .map(|(i, text)| Note {
            potential: (*text).to_owned(),
            group: Some(id(group)),
            ..Note::new(id(group * 100 + i as u128), Some(id(SEMINAR)), Timestamp(1))
        })
        .collect();
    g.priority = notes.iter().map(|n| n.id).collect();
    Workspace {
        seminars: vec![Seminar::new(id(SEMINAR), "Dialogseminar", Timestamp(1))],
        groups: vec![g],
        notes,
        ..Workspace::default()
    }
}

fn points(ideas: &[Idea]) -> Vec<(String, u32, usize)> {
    ideas
        .iter()
        .map(|i| (normalise_title(&i.title), i.points, i.groups.len()))
        .collect()
}

#[test]
fn titles_are_compared_without_case_spacing_or_punctuation_and_keep_norwegian_letters() {
    assert_eq!(normalise_title("  Felles   TURNUS!! "), "felles turnus");
    assert_eq!(normalise_title("Felles turnus."), "felles turnus");
    assert_eq!(
        normalise_title("Færre overliggere – på sykehus?"),
        "færre overliggere på sykehus"
    );
    assert_eq!(normalise_title("ØKT nærvær/trivsel"), "økt nærvær trivsel");
    // "å" typed as "a" + combining ring (some keyboards and pasted text) is the same "å".
    assert_eq!(
        normalise_title("Ga\u{30a}rdsbruk"),
        normalise_title("Gårdsbruk")
    );
    assert_eq!(
        normalise_title("«Digitalt» tilsyn, natt (2025)"),
        "digitalt tilsyn natt 2025"
    );
    assert_eq!(normalise_title("..."), "");
    // Letters that differ stay different: "for" is not "før", "å" is not "a".
    assert_ne!(
        normalise_title("Sove før natt"),
        normalise_title("Sove for natt")
    );
    assert_ne!(normalise_title("Tåke"), normalise_title("Take"));
}

/// Pairs of titles as groups write them: whether they should be offered as the same idea.
const PAIRS: &[(&str, &str, bool)] = &[
    ("Felles turnus", "Felles turnus på tvers", true),
    (
        "Felles turnus",
        "Felles turnus på tvers av avdelingene",
        true,
    ),
    ("Digitalt tilsyn", "Digitalt tilsyn om natten", true),
    ("Kortere morgenmøte", "Kortere morgenmøter", true),
    ("Sensorer om natten", "Sensorer natt", true),
    ("Redusere sykefravær", "Redusere sykefraværet", true),
    ("Redusere sykefravær", "Redusere sykefravar", true),
    ("Felles vikarpool", "Felles vikarpool for sonene", true),
    ("Velferdsteknologi", "Mer velferdsteknologi", true),
    ("Bedre dokumentasjon", "Bedre dokumentasjon i Gerica", true),
    ("Færre overliggere", "Færre overliggere på sykehus", true),
    // Different ideas that share words: never offered.
    ("Redusere sykefravær", "Redusere overtid", false),
    ("Kortere morgenmøte", "Lengre morgenmøte", false),
    ("Digitalt tilsyn", "Digital kompetanse", false),
    ("Felles turnus", "Felles innkjøp", false),
    ("Mindre vikarbruk", "Mindre overtid", false),
    ("Sensorer om natten", "Medisinrobot om natten", false),
    ("Bedre dokumentasjon", "Bedre opplæring", false),
    ("Færre overliggere", "Færre fallulykker", false),
    ("Økt grunnbemanning", "Økt heltid", false),
    ("Nattpatrulje i sone sør", "Nattpatrulje i sone nord", false),
    (
        "Ny pleiefaktor ved BBT",
        "Ny pleiefaktor ved Stokkbakken",
        false,
    ),
    ("Kjøkkendrift", "Kjøkken", false),
    ("Turnus", "Tur", false),
    ("Turnus", "Turnusplan", false),
    ("Bedre turnus", "Bedre turnusen", true),
    // The same title is combined without asking, so it is not a suggestion.
    ("Felles turnus", "felles turnus!", false),
];

#[test]
fn likely_duplicates_are_offered_and_different_ideas_are_not() {
    assert!(PAIRS.len() >= 20);
    let wrong: Vec<String> = PAIRS
        .iter()
        .filter(|(a, b, expected)| likely_same(a, b) != *expected || likely_same(b, a) != *expected)
        .map(|(a, b, expected)| format!("{a} / {b}: expected {expected}"))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn four_groups_naming_the_same_four_ideas_give_four_ideas_with_exact_borda_points() {
    let mut w = Workspace::default();
    w.collect_answers(answer(
        10,
        "Gruppe 1",
        &[
            "Felles turnus",
            "Digitalt tilsyn",
            "Kortere morgenmøte",
            "Sensorer om natten",
        ],
    ));
    w.collect_answers(answer(
        20,
        "Gruppe 2",
        &[
            "digitalt tilsyn!",
            "FELLES TURNUS",
            "Sensorer om natten.",
            "kortere  morgenmøte",
        ],
    ));
    w.collect_answers(answer(
        30,
        "Gruppe 3",
        &[
            "Sensorer, om natten",
            "Felles turnus",
            "Digitalt tilsyn",
            "Kortere morgenmøte",
        ],
    ));
    w.collect_answers(answer(
        40,
        "Gruppe 4",
        &[
            "Kortere morgenmøte?",
            "Sensorer om natten",
            "Felles turnus",
            " Digitalt Tilsyn ",
        ],
    ));
    let ideas = combined_ranking(&w, &id(SEMINAR));
    // Borda, four places each: 4, 3, 2, 1.
    // Felles turnus 4+3+3+2 = 12, Digitalt tilsyn 3+4+2+1 = 10,
    // Sensorer 1+2+4+3 = 10, Kortere morgenmøte 2+1+1+4 = 8.
    assert_eq!(
        points(&ideas),
        vec![
            ("felles turnus".into(), 12, 4),
            ("digitalt tilsyn".into(), 10, 4),
            ("sensorer om natten".into(), 10, 4),
            ("kortere morgenmøte".into(), 8, 4),
        ]
    );
    assert_eq!(
        ideas.iter().map(|i| i.rank).collect::<Vec<_>>(),
        [1, 2, 2, 4]
    );
    assert!(ideas.iter().all(|i| i.origin == Origin::SameTitle));
    assert_eq!(ideas[0].title, "Felles turnus", "the first group's wording");
    assert_eq!(ideas[0].notes.len(), 4);
    assert!(
        w.synthesis(&id(SEMINAR)).is_none(),
        "no manual step was taken"
    );
    // The same points as merging them by hand gave before.
    let total: u32 = ideas.iter().map(|i| i.points).sum();
    assert_eq!(total, 4 * (4 + 3 + 2 + 1));
}

#[test]
fn a_combined_idea_reads_as_most_groups_wrote_it() {
    let mut w = Workspace::default();
    w.collect_answers(answer(10, "Gruppe 1", &["felles turnus!"]));
    w.collect_answers(answer(20, "Gruppe 2", &["Felles turnus"]));
    w.collect_answers(answer(30, "Gruppe 3", &["Felles turnus"]));
    w.collect_answers(answer(40, "Gruppe 4", &["FELLES TURNUS"]));
    assert_eq!(combined_ranking(&w, &id(SEMINAR))[0].title, "Felles turnus");
    let mut two = Workspace::default();
    two.collect_answers(answer(10, "Gruppe 1", &["digitalt tilsyn."]));
    two.collect_answers(answer(20, "Gruppe 2", &["Digitalt tilsyn"]));
    assert_eq!(
        combined_ranking(&two, &id(SEMINAR))[0].title,
        "Digitalt tilsyn",
        "written as a title wins a tie"
    );
}

#[test]
fn two_groups_of_the_same_name_are_told_apart() {
    let mut w = Workspace::default();
    w.collect_answers(answer(10, "Gruppe 1", &["A"]));
    w.collect_answers(answer(20, "Gruppe 1", &["B"]));
    w.collect_answers(answer(30, "Gruppe 2", &["C"]));
    let groups = gevinstverksted::model::workspace::collect::seminar_groups(&w, &id(SEMINAR));
    let labels = gevinstverksted::model::collect::group_labels(&groups);
    assert_eq!(labels[&id(10)], "Gruppe 1");
    assert_eq!(labels[&id(20)], "Gruppe 1 (2)");
    assert_eq!(labels[&id(30)], "Gruppe 2");
}

#[test]
fn a_split_is_remembered_and_later_answers_with_that_title_stay_apart() {
    let mut w = Workspace::default();
    w.collect_answers(answer(10, "Gruppe 1", &["Felles turnus"]));
    w.collect_answers(answer(20, "Gruppe 2", &["felles turnus"]));
    let combined = combined_ranking(&w, &id(SEMINAR))[0].clone();
    assert_eq!((combined.points, combined.origin), (2, Origin::SameTitle));
    w.edit_synthesis(id(SEMINAR), Timestamp(5), |s| s.split_idea(&combined));
    let ideas = combined_ranking(&w, &id(SEMINAR));
    assert_eq!(
        points(&ideas),
        vec![
            ("felles turnus".into(), 1, 1),
            ("felles turnus".into(), 1, 1)
        ]
    );
    w.collect_answers(answer(30, "Gruppe 3", &["Felles turnus!"]));
    assert_eq!(combined_ranking(&w, &id(SEMINAR)).len(), 3, "kept apart");
    // Not offered back as a suggestion either: they are the same title.
    assert!(suggestions(
        &combined_ranking(&w, &id(SEMINAR)),
        w.synthesis(&id(SEMINAR))
    )
    .is_empty());
}

#[test]
fn a_suggestion_is_one_tap_and_a_refused_or_split_one_is_not_offered_again() {
    let mut w = Workspace::default();
    w.collect_answers(answer(
        10,
        "Gruppe 1",
        &["Felles turnus", "Digitalt tilsyn"],
    ));
    w.collect_answers(answer(
        20,
        "Gruppe 2",
        &["Felles turnus på tvers", "Digitalt tilsyn om natten"],
    ));
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let offered = suggestions(&ideas, None);
    assert_eq!(offered.len(), 2);
    let find = |key: Id| ideas.iter().find(|i| i.key == key).unwrap().clone();
    let turnus = offered
        .iter()
        .find(|s| find(s.into).title.starts_with("Felles"))
        .unwrap()
        .clone();
    let tilsyn = offered.iter().find(|s| **s != turnus).unwrap().clone();
    // One tap: merge the turnus pair.
    w.edit_synthesis(id(SEMINAR), Timestamp(5), |s| {
        s.merge(&find(turnus.from), &find(turnus.into), id(900))
    });
    // One tap: refuse the tilsyn pair.
    w.edit_synthesis(id(SEMINAR), Timestamp(6), |s| {
        s.refuse(&find(tilsyn.from).title, &find(tilsyn.into).title)
    });
    let ideas = combined_ranking(&w, &id(SEMINAR));
    assert_eq!(ideas.len(), 3);
    let merged = ideas.iter().find(|i| i.origin == Origin::Merged).unwrap();
    assert_eq!(
        (merged.title.as_str(), merged.points),
        ("Felles turnus", 2 + 2)
    );
    assert!(
        suggestions(&ideas, w.synthesis(&id(SEMINAR))).is_empty(),
        "refused stays refused"
    );

    // A third group says "felles turnus": it joins the merge by its title, no new step.
    w.collect_answers(answer(30, "Gruppe 3", &["felles turnus"]));
    let ideas = combined_ranking(&w, &id(SEMINAR));
    let merged = ideas
        .iter()
        .find(|i| i.origin == Origin::Merged)
        .unwrap()
        .clone();
    assert_eq!((merged.points, merged.groups.len()), (5, 3));

    // Splitting the merge remembers the pair: it is not offered again.
    w.edit_synthesis(id(SEMINAR), Timestamp(7), |s| s.split_idea(&merged));
    let ideas = combined_ranking(&w, &id(SEMINAR));
    assert_eq!(
        ideas
            .iter()
            .filter(|i| normalise_title(&i.title) == "felles turnus")
            .count(),
        1,
        "the same titles still combine by themselves"
    );
    assert!(suggestions(&ideas, w.synthesis(&id(SEMINAR))).is_empty());
    // And the facilitator's choices travel with the synthesis.
    let copy =
        gevinstverksted::model::decode_workspace(&gevinstverksted::model::encode_workspace(&w))
            .unwrap();
    assert_eq!(copy.synthesis(&id(SEMINAR)), w.synthesis(&id(SEMINAR)));
}

#[test]
fn ideas_one_group_named_twice_are_not_suggested_to_themselves() {
    let mut w = Workspace::default();
    w.collect_answers(answer(
        10,
        "Gruppe 1",
        &["Felles turnus", "Felles turnus på tvers"],
    ));
    assert!(suggestions(&combined_ranking(&w, &id(SEMINAR)), None).is_empty());
}

const MIN: i64 = 60_000;

/// A countdown saved on the device and read back, as a reload does.
fn reload(countdown: Countdown, now: i64) -> Countdown {
    let saved = serde_json::to_string(&countdown).unwrap();
    serde_json::from_str::<Countdown>(&saved)
        .unwrap()
        .restored(Timestamp(now))
}

#[test]
fn a_countdown_continues_after_sleep_and_reload() {
    let start = 1_000_000;
    let mut timer = Countdown::minutes(5);
    timer.start(Timestamp(start));
    // Reloaded at 0:59 in: it shows 4:01 and is still running, not 5:00 and stopped.
    let back = reload(timer, start + 59_000);
    assert!(back.is_running());
    assert_eq!(
        back.remaining_ms(Timestamp(start + 59_000)),
        5 * MIN - 59_000
    );
    // The phone slept for three minutes after that: the clock decides, not the ticks.
    assert_eq!(
        back.remaining_ms(Timestamp(start + 59_000 + 3 * MIN)),
        2 * MIN - 59_000
    );
    // Paused at 2:00 in, reloaded an hour later: still paused at 3:00 left.
    let mut paused = timer;
    paused.pause(Timestamp(start + 2 * MIN));
    let back = reload(paused, start + 62 * MIN);
    assert!(!back.is_running());
    assert_eq!(back.remaining_ms(Timestamp(start + 62 * MIN)), 3 * MIN);
    // Ended while the tab was gone: it reads as finished, "Tiden er ute!".
    let back = reload(timer, start + 9 * MIN);
    assert!(back.is_finished(Timestamp(start + 9 * MIN)) && back.has_started());
}

#[test]
fn a_clock_set_back_neither_freezes_nor_jumps_the_countdown() {
    let start = 1_000_000_000;
    let mut timer = Countdown::minutes(5);
    timer.start(Timestamp(start));
    timer.pause(Timestamp(start + MIN)); // 4:00 left
    timer.start(Timestamp(start + 2 * MIN));
    // The clock goes back an hour and the page reloads: it runs on from 4:00.
    let earlier = start - 60 * MIN;
    let back = reload(timer, earlier);
    assert_eq!(back.remaining_ms(Timestamp(earlier)), 4 * MIN);
    assert_eq!(
        back.remaining_ms(Timestamp(earlier + 30_000)),
        4 * MIN - 30_000
    );
    // Checkpointed while running (the screen saves one every few seconds): a clock set back
    // after that loses nothing that ran before the checkpoint, and what it shows is unchanged.
    let mut running = Countdown::minutes(5);
    running.start(Timestamp(start));
    assert!(!running.needs_checkpoint(Timestamp(start + 4_000), 5_000));
    assert!(running.needs_checkpoint(Timestamp(start + 5_000), 5_000));
    let before = running.remaining_ms(Timestamp(start + 2 * MIN));
    running.checkpoint(Timestamp(start + 2 * MIN));
    assert_eq!(running.remaining_ms(Timestamp(start + 2 * MIN)), before);
    assert!(running.is_running());
    let back = reload(running, start - 60 * MIN);
    assert_eq!(back.remaining_ms(Timestamp(start - 60 * MIN)), 3 * MIN);
    // With the page open, a clock that goes back is re-anchored at once instead of freezing.
    let mut open = Countdown::minutes(5);
    open.start(Timestamp(start));
    open.checkpoint(Timestamp(start + MIN));
    assert!(open.needs_checkpoint(Timestamp(start - 10 * MIN), 5_000));
    open.checkpoint(Timestamp(start - 10 * MIN));
    assert_eq!(
        open.remaining_ms(Timestamp(start - 10 * MIN + 1_000)),
        4 * MIN - 1_000
    );
    // A saved value no real countdown has is brought into range instead of refused.
    let odd: Countdown = serde_json::from_str(r#"{"total_ms":-5,"spent_ms":99999999999}"#).unwrap();
    let odd = odd.restored(Timestamp(start));
    assert_eq!(odd.remaining_ms(Timestamp(start)), 0);
}

#[test]
fn the_round_keeps_whose_turn_it_is() {
    let start = 5_000_000;
    let mut countdown = Countdown::minutes(2);
    countdown.start(Timestamp(start));
    let round = RoundState { turn: 2, countdown };
    let saved = serde_json::to_string(&round).unwrap();
    let back: RoundState = serde_json::from_str(&saved).unwrap();
    assert_eq!(back.turn, 2);
    assert_eq!(
        back.countdown
            .restored(Timestamp(start + 30_000))
            .remaining_ms(Timestamp(start + 30_000)),
        90_000
    );
}

#[test]
fn the_round_up_for_a_second_laptop_holds_every_group_of_the_seminar_and_collects_as_six() {
    let mut facilitator = Workspace::default();
    let names = [
        "Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 4", "Gruppe 5", "Gruppe 6",
    ];
    for (n, name) in names.iter().enumerate() {
        let list: Vec<String> = (0..7)
            .map(|i| format!("Forslag {i} fra {name}: færre dobbeltregistreringer i turnus"))
            .collect();
        let list: Vec<&str> = list.iter().map(String::as_str).collect();
        facilitator.collect_answers(answer(10 + n as u128, name, &list));
    }
    // A group of another seminar stays out.
    let mut other = Group::new(id(99), id(98), "Annen", Timestamp(1));
    other.priority = vec![];
    facilitator.groups.push(other);

    let package = facilitator.collection_package(&id(SEMINAR));
    assert_eq!(package.seminars.len(), 1);
    assert_eq!(package.groups.len(), 6);
    assert_eq!(package.notes.len(), 42);
    assert!(package.groups.iter().all(|g| g.seminar == id(SEMINAR)));

    // It travels as a multi-part code (every part a readable one) and collects as six answers.
    let base = "https://levanger.kommune.no/gevinst/";
    let link = gevinstverksted::share::link::share_link(base, &package);
    let texts = gevinstverksted::share::link::qr_texts(&link).expect("fits in parts");
    assert!(texts.len() > 1, "{} characters in one code", link.len());
    let mut assembly = gevinstverksted::share::parts::Assembly::default();
    let mut whole = None;
    for text in texts.iter().rev() {
        let part = gevinstverksted::share::parts::Part::parse(text).expect("a part");
        if let gevinstverksted::share::parts::Progress::Complete(data) = assembly.accept(part) {
            whole = Some(data);
        }
    }
    let received = gevinstverksted::share::link::unpack(&whole.expect("complete")).unwrap();
    let mut second = Workspace::default();
    let reports = second.collect_answers(received);
    assert_eq!(reports.len(), 6);
    assert_eq!(second.groups.len(), 6);
}
