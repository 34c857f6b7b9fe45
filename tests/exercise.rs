//! The group exercise: timekeeper, voting, clusters, the joint prioritisation, the report,
//! the countdown, notes moving from phones into a group, and the task review.

use gevinstverksted::i18n::{Lang, Texts, NB};
use gevinstverksted::model::a3::benefit::BenefitKind;
use gevinstverksted::model::seminar::exercise::{
    choose_timekeeper, format_clock, Countdown, Group, Item, Member, TimekeeperChoice,
};
use gevinstverksted::model::seminar::task_review::{Task, TaskReview, Triage};
use gevinstverksted::model::seminar::workshop::DayMonth;
use gevinstverksted::model::{
    decode_workspace, encode_workspace, Id, Note, Seminar, Timestamp, Workspace,
};
use gevinstverksted::report::{report_text, task_review_text};

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(n))
}

fn member(n: u128, name: &str, birthday: Option<(u8, u8)>) -> Member {
    Member {
        extra: Default::default(),
        id: id(n),
        name: name.into(),
        birthday: birthday.map(|(d, m)| DayMonth::new(d, m).unwrap()),
    }
}

fn march_20() -> DayMonth {
    DayMonth::SEED_REFERENCE
}

#[test]
fn the_birthday_nearest_20_march_keeps_time() {
    let members = [
        member(1, "Anne", Some((1, 1))),
        member(2, "Bjørn", Some((25, 3))),
        member(3, "Cecilie", Some((17, 3))),
        member(4, "Dag", None),
    ];
    assert_eq!(
        choose_timekeeper(&members, march_20()),
        TimekeeperChoice::One(id(3))
    );
}

#[test]
fn equal_distances_either_side_are_a_tie_in_member_order() {
    let members = [
        member(1, "Anne", Some((23, 3))),
        member(2, "Bjørn", Some((17, 3))),
        member(3, "Cecilie", Some((1, 6))),
    ];
    assert_eq!(
        choose_timekeeper(&members, march_20()),
        TimekeeperChoice::Tie(vec![id(1), id(2)])
    );
    let twins = [member(1, "A", Some((5, 5))), member(2, "B", Some((5, 5)))];
    assert_eq!(
        choose_timekeeper(&twins, march_20()),
        TimekeeperChoice::Tie(vec![id(1), id(2)])
    );
}

#[test]
fn the_year_wraps_around_new_year() {
    let reference = DayMonth::new(2, 1).unwrap();
    let members = [
        member(1, "Desember", Some((30, 12))),
        member(2, "Februar", Some((10, 2))),
    ];
    assert_eq!(
        choose_timekeeper(&members, reference),
        TimekeeperChoice::One(id(1))
    );
}

#[test]
fn a_29_february_birthday_counts_as_a_day_between_28_february_and_1_march() {
    let reference = DayMonth::new(1, 3).unwrap();
    let members = [
        member(1, "Skudd", Some((29, 2))),
        member(2, "Vanlig", Some((27, 2))),
    ];
    assert_eq!(
        choose_timekeeper(&members, reference),
        TimekeeperChoice::One(id(1))
    );
    let reference = DayMonth::new(29, 2).unwrap();
    let members = [
        member(1, "Før", Some((28, 2))),
        member(2, "Etter", Some((1, 3))),
    ];
    assert_eq!(
        choose_timekeeper(&members, reference),
        TimekeeperChoice::Tie(vec![id(1), id(2)])
    );
}

#[test]
fn without_birthdays_the_group_picks_by_hand() {
    let members = [member(1, "Anne", None), member(2, "Bjørn", None)];
    assert_eq!(
        choose_timekeeper(&members, march_20()),
        TimekeeperChoice::Nobody
    );
    assert_eq!(choose_timekeeper(&[], march_20()), TimekeeperChoice::Nobody);

    let mut group = Group::new(id(9), id(8), "Gruppe 1", Timestamp(1));
    group.members = members.to_vec();
    assert_eq!(group.effective_timekeeper(march_20()), None);
    group.timekeeper = Some(id(2));
    assert_eq!(group.effective_timekeeper(march_20()), Some(id(2)));
    assert_eq!(
        group.turn_order(march_20()),
        vec![id(2), id(1)],
        "timekeeper speaks first"
    );
    group.remove_member(&id(2));
    assert_eq!(
        group.timekeeper, None,
        "a removed member is no longer timekeeper"
    );
}

fn note(n: u128, potential: &str, benefit: &str, kind: Option<BenefitKind>) -> Note {
    let mut note = Note::new(id(n), Some(id(100)), Timestamp(n as i64));
    note.potential = potential.into();
    note.benefit = benefit.into();
    note.benefit_kind = kind;
    note.group = Some(id(200));
    note
}

fn group_of_four() -> Group {
    let mut group = Group::new(id(200), id(100), "Gruppe 3", Timestamp(1));
    group.members = vec![
        member(11, "Anne", Some((18, 3))),
        member(12, "Bjørn", None),
        member(13, "Cecilie", Some((1, 9))),
        member(14, "Dag", None),
    ];
    group
}

fn notes() -> Vec<Note> {
    vec![
        note(
            1,
            "Felles turnus på tvers",
            "Færre innleide vakter",
            Some(BenefitKind::Economic),
        ),
        note(
            2,
            "Digitalt tilsyn om natten",
            "700 000 kr i året",
            Some(BenefitKind::Economic),
        ),
        note(
            3,
            "Kortere morgenmøte",
            "Mer tid hos brukerne",
            Some(BenefitKind::Quality),
        ),
        note(
            4,
            "Tilsyn med sensor",
            "Bedre søvn for beboerne",
            Some(BenefitKind::Quality),
        ),
    ]
}

fn refs(notes: &[Note]) -> Vec<&Note> {
    notes.iter().collect()
}

#[test]
fn dots_are_limited_per_member_and_counted_into_a_ranking_with_shared_ranks() {
    let notes = notes();
    let mut group = group_of_four();
    let items = group.items(&refs(&notes));
    assert_eq!(items.len(), 4);
    let (anne, bjorn, cecilie) = (id(11), id(12), id(13));
    assert!(group.add_dot(&anne, &id(2), 2));
    assert!(group.add_dot(&anne, &id(2), 2));
    assert!(!group.add_dot(&anne, &id(3), 2), "Anne has used both dots");
    assert!(group.add_dot(&bjorn, &id(3), 2));
    assert!(group.add_dot(&bjorn, &id(1), 2));
    assert!(group.add_dot(&cecilie, &id(3), 2));
    assert!(group.add_dot(&cecilie, &id(1), 2));
    assert!(!group.add_dot(&id(99), &id(1), 2), "not a member");
    assert_eq!(group.dots_used(&anne), 2);
    assert_eq!(group.dots_on(&anne, &id(2)), 2);

    let ranking = group.ranking(&items);
    let summary: Vec<(Id, u32, usize)> = ranking.iter().map(|r| (r.item, r.dots, r.rank)).collect();
    assert_eq!(
        summary,
        vec![(id(1), 2, 1), (id(2), 2, 1), (id(3), 2, 1), (id(4), 0, 4),],
        "equal dots share rank 1 in note order, the next rank skips to 4"
    );

    assert!(group.remove_dot(&anne, &id(2)));
    assert!(!group.remove_dot(&id(14), &id(2)), "Dag gave nothing");
    let ranking = group.ranking(&items);
    assert_eq!(ranking[2].item, id(2));
    assert_eq!((ranking[2].dots, ranking[2].rank), (1, 3));

    group.remove_member(&cecilie);
    let ranking = group.ranking(&items);
    assert_eq!(
        ranking.iter().map(|r| r.dots).sum::<u32>(),
        3,
        "a removed member's dots go"
    );
}

#[test]
fn merging_similar_notes_moves_their_dots_and_priority_to_the_heading() {
    let notes = notes();
    let mut group = group_of_four();
    let items = group.items(&refs(&notes));
    group.add_dot(&id(11), &id(2), 3);
    group.add_dot(&id(12), &id(4), 3);
    group.add_dot(&id(11), &id(4), 3);
    group.set_priority(vec![id(4), id(1), id(2)]);

    // "Tilsyn med sensor" goes under "Digitalt tilsyn om natten".
    group.merge_items(&items[3], &items[1], id(300));
    let items = group.items(&refs(&notes));
    assert_eq!(items.len(), 3);
    let cluster = &items[0];
    assert!(cluster.is_cluster);
    assert_eq!(cluster.id, id(300));
    assert_eq!(cluster.title, "Digitalt tilsyn om natten");
    assert_eq!(cluster.notes, vec![id(2), id(4)]);
    assert_eq!(
        cluster.benefits,
        vec!["700 000 kr i året", "Bedre søvn for beboerne"]
    );
    assert_eq!(
        cluster.kinds,
        vec![BenefitKind::Economic, BenefitKind::Quality]
    );
    assert_eq!(
        group.dots_on(&id(11), &id(300)),
        2,
        "Anne's two dots are summed"
    );
    assert_eq!(group.dots_on(&id(12), &id(300)), 1);
    assert_eq!(
        group.priority,
        vec![id(300), id(1)],
        "the merged item keeps the first place"
    );

    // A third note joins the cluster; then the cluster is split again.
    group.merge_items(&items[1], &items[0], id(301));
    assert_eq!(group.items(&refs(&notes)).len(), 2);
    assert_eq!(
        group.clusters.len(),
        1,
        "no new cluster when merging into one"
    );
    group.split_cluster(&id(300));
    assert_eq!(group.items(&refs(&notes)).len(), 4);
    assert!(
        group.votes.is_empty(),
        "the heading's dots go back to the members"
    );
    assert!(group.priority.is_empty());
}

#[test]
fn the_joint_prioritisation_is_proposed_from_votes_edited_and_unagreed_by_changes() {
    let notes = notes();
    let mut group = group_of_four();
    let items = group.items(&refs(&notes));
    group.add_dot(&id(11), &id(3), 3);
    group.add_dot(&id(12), &id(3), 3);
    group.add_dot(&id(13), &id(1), 3);
    group.propose_from_votes(&items);
    assert_eq!(
        group.priority,
        vec![id(3), id(1)],
        "items without dots are left out"
    );

    group.agreed = Some(Timestamp(50));
    assert!(!group.move_priority(&id(3), -1), "already first");
    assert_eq!(
        group.agreed,
        Some(Timestamp(50)),
        "a refused move changes nothing"
    );
    assert!(group.move_priority(&id(1), -1));
    assert_eq!(group.priority, vec![id(1), id(3)]);
    assert_eq!(group.agreed, None, "a changed list must be agreed again");
    assert!(!group.move_priority(&id(3), 1), "already last");
    let listed: Vec<Id> = group.priority_items(&items).iter().map(|i| i.id).collect();
    assert_eq!(listed, vec![id(1), id(3)]);
}

fn labels() -> &'static Texts {
    Lang::Nb.texts()
}

#[test]
fn the_report_reads_as_the_groups_answer_in_norwegian() {
    let notes = notes();
    let mut seminar = Seminar::new(id(100), "Dialogseminar helse", Timestamp(1));
    seminar.reference_date = march_20();
    let mut group = group_of_four();
    let items = group.items(&refs(&notes));
    group.merge_items(&items[3], &items[1], id(300));
    let items = group.items(&refs(&notes));
    group.add_dot(&id(11), &id(300), 3);
    group.add_dot(&id(12), &id(300), 3);
    group.add_dot(&id(13), &id(3), 3);
    group.propose_from_votes(&items);
    let text = report_text(
        &seminar,
        &group,
        &items,
        &refs(&notes),
        Some("24.11.2026"),
        labels(),
    );
    assert_eq!(
        text,
        "Gruppe 3 – Dialogseminar helse\n\
         Hva har størst gevinstpotensiale og bør utforskes videre?\n\
         \n\
         Gruppens felles prioritering (enige 24.11.2026):\n\
         1. Digitalt tilsyn om natten (Økonomisk, Kvalitet) – 2 prikker\n   \
         Gevinst: 700 000 kr i året; Bedre søvn for beboerne\n   \
         Lapper: Digitalt tilsyn om natten; Tilsyn med sensor\n\
         2. Kortere morgenmøte (Kvalitet) – 1 prikk\n   \
         Gevinst: Mer tid hos brukerne\n\
         \n\
         Deltakere: Anne (tidtaker), Bjørn, Cecilie, Dag\n"
    );
    group.set_priority(Vec::new());
    let text = report_text(&seminar, &group, &items, &refs(&notes), None, labels());
    assert!(
        text.contains("Gruppens felles prioritering (ikke enige ennå):\nIngen punkter ennå.\n"),
        "{text}"
    );
}

#[test]
fn the_countdown_is_computed_from_the_clock_not_from_ticks() {
    let mut timer = Countdown::minutes(5);
    assert_eq!(timer.remaining_ms(Timestamp(0)), 300_000);
    assert!(!timer.has_started());
    timer.start(Timestamp(1_000));
    // The phone sleeps for two minutes: no ticks, still right on wake.
    assert_eq!(timer.remaining_ms(Timestamp(121_000)), 180_000);
    timer.pause(Timestamp(121_000));
    assert_eq!(
        timer.remaining_ms(Timestamp(999_999)),
        180_000,
        "paused time stands still"
    );
    timer.start(Timestamp(200_000));
    assert_eq!(timer.remaining_ms(Timestamp(380_000)), 0);
    assert!(timer.is_finished(Timestamp(380_000)));
    assert_eq!(
        timer.remaining_ms(Timestamp(500_000)),
        0,
        "never below zero"
    );
    assert_eq!(
        timer.remaining_ms(Timestamp(100_000)),
        180_000,
        "a clock set back adds no time"
    );
    timer.reset();
    assert_eq!(timer.remaining_ms(Timestamp(500_000)), 300_000);
    assert!(!timer.is_running());
    assert_eq!(format_clock(300_000), "5:00");
    assert_eq!(
        format_clock(61_001),
        "1:02",
        "rounds up: 0:00 only when done"
    );
    assert_eq!(format_clock(0), "0:00");
    assert_eq!(format_clock(-5), "0:00");
}

#[test]
fn a_phones_notes_come_into_the_group_once_whatever_how_often_they_are_imported() {
    let mut phone = Workspace::default();
    let seminar = Seminar::new(id(100), "Dialogseminar", Timestamp(1));
    phone.add_seminar(seminar.clone());
    for (n, text) in [(1, "Felles turnus"), (2, "Digitalt tilsyn"), (3, "")] {
        let mut note = Note::new(id(n), Some(id(100)), Timestamp(10));
        note.potential = text.into();
        phone.notes.push(note);
    }
    phone.notes[1].deleted = Some(Timestamp(11));
    let file = encode_workspace(&phone.own_notes_package(&id(100)));

    let mut device = Workspace::default();
    device.add_seminar(seminar);
    let mut group = group_of_four();
    group.id = id(200);
    device.groups.push(group);
    let incoming = decode_workspace(&file).unwrap();
    assert_eq!(
        device.import_member_notes(&id(200), &id(12), incoming.clone()),
        (1, 0)
    );
    assert_eq!(
        device.import_member_notes(&id(200), &id(12), incoming),
        (0, 0)
    );
    let in_group = device.group_notes(&id(200));
    assert_eq!(in_group.len(), 1, "deleted and blank notes stay behind");
    assert_eq!(in_group[0].member, Some(id(12)));
    assert_eq!(in_group[0].potential, "Felles turnus");

    // The participant corrects the note and sends it again: the newer text replaces it.
    phone.notes[0].potential = "Felles turnus for hele sonen".into();
    phone.notes[0].updated = Timestamp(20);
    let again = decode_workspace(&encode_workspace(&phone.own_notes_package(&id(100)))).unwrap();
    assert_eq!(device.import_member_notes(&id(200), &id(12), again), (0, 1));
    assert_eq!(
        device.group_notes(&id(200))[0].potential,
        "Felles turnus for hele sonen"
    );
    assert_eq!(
        device.import_member_notes(&id(999), &id(12), Workspace::default()),
        (0, 0)
    );
}

#[test]
fn a_group_answer_travels_as_a_file_with_its_seminar_and_notes_only() {
    let mut device = Workspace::default();
    device.add_seminar(Seminar::new(id(100), "Dialogseminar", Timestamp(1)));
    device.groups.push(group_of_four());
    device.notes.extend(notes());
    device
        .notes
        .push(Note::new(id(50), Some(id(100)), Timestamp(1)));
    let package = device.group_package(&id(200));
    assert_eq!(package.seminars.len(), 1);
    assert_eq!(package.groups.len(), 1);
    assert_eq!(
        package.notes.len(),
        4,
        "the device's own note is not part of the answer"
    );
    let decoded = decode_workspace(&encode_workspace(&package)).unwrap();
    assert_eq!(decoded, package);
    let mut facilitator = Workspace::default();
    let first = facilitator.import(decoded.clone());
    assert_eq!(first.added, 6);
    let second = facilitator.import(decoded);
    assert_eq!(
        (second.added, second.updated),
        (0, 0),
        "importing twice changes nothing"
    );
}

#[test]
fn the_task_review_groups_by_category_and_reports_by_triage() {
    let mut review = TaskReview::new(id(1), None, "Dagvakt", Timestamp(1));
    for (n, category, text, triage) in [
        (2, "Helsehjelp", "Svare på e-meldinger", Some(Triage::Now)),
        (3, "Måltider", "Kaste/veie søppel", Some(Triage::Drop)),
        (4, "Måltider", "Dekke bordet", Some(Triage::ThisWeek)),
        (5, "", "Vedbæring", None),
        (6, "Helsehjelp", "Legevisitt", Some(Triage::Now)),
    ] {
        review.tasks.push(Task {
            extra: Default::default(),
            id: id(n),
            category: category.into(),
            text: text.into(),
            triage,
        });
    }
    let groups = review.by_category();
    let names: Vec<&str> = groups.iter().map(|g| g.category).collect();
    assert_eq!(
        names,
        vec!["Helsehjelp", "Måltider", ""],
        "blank category last"
    );
    assert_eq!(groups[0].tasks.len(), 2);
    assert_eq!(review.categories(), vec!["Helsehjelp", "Måltider"]);
    assert_eq!(review.counts(), ([2, 1, 1], 1));
    let text = task_review_text(&review, &NB);
    assert_eq!(
        text,
        "Dagvakt\n\
         \nMå gjøres nå (2):\n- Svare på e-meldinger (Helsehjelp)\n- Legevisitt (Helsehjelp)\n\
         \nKan gjøres i løpet av uken (1):\n- Dekke bordet (Måltider)\n\
         \nKan droppes (1):\n- Kaste/veie søppel (Måltider)\n\
         \nIkke vurdert (1):\n- Vedbæring\n"
    );
}

#[test]
fn items_without_a_cluster_keep_the_note_order() {
    let notes = notes();
    let group = group_of_four();
    let items: Vec<Item> = group.items(&refs(&notes));
    let ids: Vec<Id> = items.iter().map(|i| i.id).collect();
    assert_eq!(ids, vec![id(1), id(2), id(3), id(4)]);
    assert!(items.iter().all(|i| !i.is_cluster && i.notes == vec![i.id]));
}

/// The rank rule the dot vote and the combined ranking share: "1, 2, 2, 2, 5".
#[test]
fn equal_scores_share_a_rank_and_the_next_takes_its_place_in_the_list() {
    use gevinstverksted::model::seminar::exercise::competition_ranks;
    let mut items = vec![(9, 0), (5, 0), (5, 0), (5, 0), (2, 0), (0, 0)];
    competition_ranks(&mut items, |i| i.0, |i, rank| i.1 = rank);
    let ranks: Vec<usize> = items.iter().map(|i| i.1).collect();
    assert_eq!(ranks, [1, 2, 2, 2, 5, 6]);
    let mut none: Vec<(u32, usize)> = Vec::new();
    competition_ranks(&mut none, |i| i.0, |i, rank| i.1 = rank);
    assert!(none.is_empty());
}
