//! Programmes and their status report, with the users' own data: seed 001's *Statusrapport
//! omstillingsprosess helse og velferd* (focus areas I–II, measures with dated comments) and
//! seed 003's nynorsk project mandate (Hovudmål, Resultatmål, Effektmål, Risiko og usikkerheit).
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::i18n::Lang;
use gevinstverksted::model::a3::indicator::{Direction, Indicator, Measurement};
use gevinstverksted::model::a3::measure::{Measure, MeasureStatus};
use gevinstverksted::model::a3::A3Sheet;
use gevinstverksted::model::a3::ProgrammeLink;
use gevinstverksted::model::programme::{
    overall_totals, EffectGoal, FocusArea, GroupKey, Grouping, Milestone, Programme, ResultGoal,
    Risk, StatusReport,
};
use gevinstverksted::model::{decode_workspace, encode_workspace, DecodeError, Id, Timestamp};
use gevinstverksted::model::{Seminar, Workspace};
use gevinstverksted::report::{
    overdue_count_text, status_csv, status_csv_name, status_html, status_text,
};
use rust_decimal::Decimal;
use std::str::FromStr;

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(0x4000_8000_0000_0000_0000 + n))
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

const PROGRAMME: u128 = 100;
const AREA_I: u128 = 101;
const AREA_II: u128 = 102;

fn measure(n: u128, name: &str, fte: &str, amount: &str) -> Measure {
    Measure {
        name: name.to_owned(),
        fte: Some(d(fte)),
        amount: Some(d(amount)),
        status: MeasureStatus::Implemented,
        status_date: "2021-02-01".to_owned(),
        ..Measure::new(id(n))
    }
}

fn sheet(n: u128, title: &str, unit: &str, area: Option<u128>, measures: Vec<Measure>) -> A3Sheet {
    let mut sheet = A3Sheet::new(id(n), title, Timestamp(1));
    sheet.unit = unit.to_owned();
    sheet.measures = measures;
    sheet.programme = Some(ProgrammeLink {
        programme: id(PROGRAMME),
        focus_area: area.map(id),
    });
    sheet
}

/// Seed 001's programme: two focus areas, two sheets with two measures each and comment logs,
/// a sheet in the programme without a focus area, one outside it, and a deleted one.
fn seed_001() -> Workspace {
    let mut programme = Programme::new(
        id(PROGRAMME),
        "Omstillingsprosess helse og velferd",
        Timestamp(1),
    );
    programme.overall_goal =
        "En organisasjonskultur preget av samhandling, og en økonomi som setter \
                              oss i stand til å møte framtidas innbyggerbehov"
            .to_owned();
    programme.result_goals = vec![
        ResultGoal {
            text: "En drift innenfor tildelte budsjettrammer".into(),
            done: true,
            ..ResultGoal::new(id(110))
        },
        ResultGoal {
            text: "Samhandling og ressursbruk på tvers".into(),
            ..ResultGoal::new(id(111))
        },
        ResultGoal::new(id(112)), // blank: not reported
    ];
    programme.effect_goals = vec![EffectGoal {
        text: "Sektoren har god ressursutnyttelse".into(),
        ..EffectGoal::new(id(113))
    }];
    programme.focus_areas = vec![
        FocusArea {
            name: "Iverksette enkelttiltak definert i PwC-rapporten".into(),
            ..FocusArea::new(id(AREA_I))
        },
        FocusArea {
            name: "Redusere bemanningsnorm i alle tjenestene".into(),
            ..FocusArea::new(id(AREA_II))
        },
        FocusArea {
            name: "Ledelse og organisasjonskultur".into(),
            ..FocusArea::new(id(103))
        },
    ];
    programme.milestones = vec![
        Milestone {
            year: "2022".into(),
            milestone: "Årsrapport des. 2021".into(),
            deadline: "2022-01-15".into(),
            approved: "2022-01-10".into(),
            ..Milestone::new(id(120))
        },
        Milestone {
            year: "2023".into(),
            milestone: "Årsrapport des. 2022".into(),
            deadline: "2023-01-15".into(),
            ..Milestone::new(id(121))
        },
    ];
    programme.risks = vec![
        Risk {
            description: "Pandemi".into(),
            likelihood: 2,
            consequence: 5,
            ..Risk::new(id(130))
        },
        Risk {
            description: "Motstand mot endring".into(),
            likelihood: 4,
            consequence: 4,
            owner: "Kommunalsjef".into(),
            ..Risk::new(id(131))
        },
    ];

    let mut vacant = measure(
        1,
        "Stillinger som er ledige holdes vakante hvis mulig",
        "1.00",
        "400000.00",
    );
    vacant.add_comment(id(140), "2021-03-01", "Har rask effekt på kort sikt.");
    vacant.add_comment(
        id(141),
        "2023-12-31",
        "Det er utfordrende å holde stillinger ledige over lang tid",
    );
    let overtime = measure(
        2,
        "Vikarinnleie og bruk av overtid holdes på minimumsnivå",
        "2.00",
        "700000.00",
    );
    let bbt = measure(3, "Ny pleiefaktor (0,74) ved BBT", "5.00", "3500000.00");
    let mut stokkbakken = measure(
        4,
        "Ny pleiefaktor (0,78) ved Stokkbakken",
        "2.00",
        "1400000.00",
    );
    stokkbakken.add_comment(id(142), "2023-12-31", "Dette har ikke lyktes fullt ut");

    let mut outside = sheet(
        5,
        "Utenfor programmet",
        "BBT",
        None,
        vec![measure(6, "x", "9", "9")],
    );
    outside.programme = None;
    let mut deleted = sheet(
        7,
        "Slettet",
        "BBT",
        Some(AREA_I),
        vec![measure(8, "y", "9", "9")],
    );
    deleted.deleted = Some(Timestamp(2));
    let mut with_indicator = sheet(
        9,
        "Uten fokusområde",
        "",
        None,
        vec![measure(10, "Analyse av styringsdata", "0.50", "0.10")],
    );
    with_indicator.indicators = vec![Indicator {
        name: "Liggedøgn".into(),
        direction: Direction::LowerIsBetter,
        baseline: Some(d("290")),
        target: Some(d("20")),
        measurements: vec![
            Measurement {
                id: id(150),
                date: "2023-06-30".into(),
                value: Some(d("40")),
                ..Default::default()
            },
            Measurement {
                id: id(151),
                date: "2023-12-31".into(),
                value: Some(d("15")),
                ..Default::default()
            },
            // After the report date: not the latest on 31.12.2023.
            Measurement {
                id: id(152),
                date: "2024-06-30".into(),
                value: Some(d("90")),
                ..Default::default()
            },
        ],
        ..Indicator::new(id(153))
    }];

    Workspace {
        a3_sheets: vec![
            sheet(
                11,
                "Enkelttiltak PwC",
                "Helse og velferd",
                Some(AREA_I),
                vec![vacant, overtime],
            ),
            sheet(
                12,
                "Ny bemanningsnorm",
                "BBT",
                Some(AREA_II),
                vec![bbt, stokkbakken],
            ),
            outside,
            deleted,
            with_indicator,
        ],
        programmes: vec![programme],
        ..Workspace::default()
    }
}

#[test]
fn totals_per_focus_area_and_overall_are_exact_and_count_only_active_sheets_in_the_programme() {
    let w = seed_001();
    let groups = w.programme_measures(&id(PROGRAMME), Grouping::FocusArea);
    let keys: Vec<String> = groups
        .iter()
        .map(|g| match &g.key {
            GroupKey::FocusArea { number, name, .. } => format!("{number} {name}"),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        keys,
        [
            "1 Iverksette enkelttiltak definert i PwC-rapporten",
            "2 Redusere bemanningsnorm i alle tjenestene",
            "3 Ledelse og organisasjonskultur",
            "NoFocusArea"
        ]
    );
    let totals: Vec<(Decimal, Decimal)> = groups
        .iter()
        .map(|g| (g.totals.fte, g.totals.amount))
        .collect();
    assert_eq!(
        totals,
        [
            (d("3.00"), d("1100000.00")),
            (d("7.00"), d("4900000.00")),
            (d("0"), d("0")), // an empty focus area is still listed
            (d("0.50"), d("0.10")),
        ]
    );
    assert_eq!(
        groups[0].lines.len(),
        2,
        "the deleted sheet's measure is not counted"
    );
    assert_eq!(groups[2].lines.len(), 0);
    let all = overall_totals(&groups);
    assert_eq!((all.fte, all.amount), (d("10.50"), d("6000000.10")));

    // By unit: alphabetical, sheets without a unit last; the same overall totals.
    let by_unit = w.programme_measures(&id(PROGRAMME), Grouping::Unit);
    let units: Vec<&GroupKey> = by_unit.iter().map(|g| &g.key).collect();
    assert_eq!(
        units,
        [
            &GroupKey::Unit("BBT".into()),
            &GroupKey::Unit("Helse og velferd".into()),
            &GroupKey::NoUnit
        ]
    );
    assert_eq!(overall_totals(&by_unit), all);
    assert_eq!(by_unit[0].totals.fte, d("7.00"));
}

#[test]
fn a_focus_area_that_is_removed_sends_its_sheets_to_no_focus_area() {
    let mut w = seed_001();
    w.edit_programme(&id(PROGRAMME), Timestamp(3), |p| {
        p.focus_areas.remove(0);
    });
    let groups = w.programme_measures(&id(PROGRAMME), Grouping::FocusArea);
    let last = groups.last().unwrap();
    assert_eq!(last.key, GroupKey::NoFocusArea);
    assert_eq!(last.totals.fte, d("3.50"));
    match &groups[0].key {
        GroupKey::FocusArea { number, .. } => assert_eq!(*number, 1, "the areas are renumbered"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn sheets_and_seminars_move_in_and_out() {
    let mut w = seed_001();
    let link = ProgrammeLink {
        programme: id(PROGRAMME),
        focus_area: Some(id(103)),
    };
    assert!(w.set_a3_programme(&id(5), Some(link), Timestamp(9)));
    assert_eq!(w.a3(&id(5)).unwrap().updated, Timestamp(9));
    assert_eq!(w.programme_sheets(&id(PROGRAMME)).len(), 4);
    assert!(w.set_a3_programme(&id(5), None, Timestamp(10)));
    assert_eq!(w.programme_sheets(&id(PROGRAMME)).len(), 3);
    w.add_seminar(Seminar::new(id(60), "Dialogseminar", Timestamp(1)));
    assert!(w.set_seminar_programme(&id(60), Some(link), Timestamp(11)));
    assert_eq!(w.seminar(&id(60)).unwrap().programme, Some(link));
    assert!(
        !w.set_seminar_programme(&id(61), Some(link), Timestamp(11)),
        "no such seminar"
    );
}

#[test]
fn the_comment_log_is_newest_first_and_never_takes_a_blank_entry() {
    let mut m = Measure::new(id(1));
    assert!(m.add_comment(id(2), "2022-05-01", "  Første  "));
    assert!(m.add_comment(id(3), "2023-12-31", "2023: utfordrende"));
    assert!(m.add_comment(id(4), "", "uten dato"));
    assert!(m.add_comment(id(5), "2023-12-31", "samme dag, lagt til sist"));
    assert!(!m.add_comment(id(6), "2024-01-01", "   "));
    let order: Vec<&str> = m
        .comments_newest_first()
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "samme dag, lagt til sist",
            "2023: utfordrende",
            "Første",
            "uten dato"
        ]
    );
    assert_eq!(
        m.comments.len(),
        4,
        "nothing rewritten, the blank one not added"
    );
    assert_eq!(
        m.comments[0].text, "Første",
        "kept in the order added, trimmed"
    );
    assert_eq!(m.latest_comment().unwrap().id, id(5));
    assert!(Measure::new(id(7)).latest_comment().is_none());
}

#[test]
fn a_milestone_is_overdue_after_its_deadline_until_it_is_approved() {
    let milestone = |deadline: &str, approved: &str| Milestone {
        deadline: deadline.into(),
        approved: approved.into(),
        ..Milestone::new(id(1))
    };
    let today = "2023-01-16";
    assert!(milestone("2023-01-15", "").is_overdue(today));
    assert!(
        !milestone("2023-01-15", "2023-01-20").is_overdue(today),
        "approved, even late"
    );
    assert!(
        !milestone("2023-01-16", "").is_overdue(today),
        "due today is not overdue"
    );
    assert!(!milestone("2023-02-01", "").is_overdue(today));
    assert!(!milestone("", "").is_overdue(today));
    assert!(!milestone("15.01.2023", "").is_overdue(today), "not a date");
    let w = seed_001();
    let p = w.programme(&id(PROGRAMME)).unwrap();
    let overdue: Vec<&str> = p
        .overdue_milestones("2023-12-31")
        .iter()
        .map(|m| m.milestone.as_str())
        .collect();
    assert_eq!(overdue, ["Årsrapport des. 2022"]);
}

#[test]
fn the_status_report_in_bokmal_has_goals_measures_totals_milestones_risks_and_indicators() {
    let w = seed_001();
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    let latest = &report.indicators[0];
    assert_eq!(latest.latest, Some(("2023-12-31".to_owned(), d("15"))));
    assert_eq!(latest.reached, Some(true));
    let descriptions: Vec<&str> = report
        .risks
        .iter()
        .map(|r| r.description.as_str())
        .collect();
    assert_eq!(
        descriptions,
        ["Motstand mot endring", "Pandemi"],
        "most serious first"
    );

    let text = status_text(&report, Lang::Nb);
    let nb = "\u{a0}";
    for expected in [
        "Statusrapport Omstillingsprosess helse og velferd pr. 31.12.2023\n".to_owned(),
        "\nOverordnet målsetting\nEn organisasjonskultur preget av samhandling".to_owned(),
        "\nResultatmål\n[x] En drift innenfor tildelte budsjettrammer\n[ ] Samhandling og ressursbruk på tvers\n\nEffektmål\n".to_owned(),
        "\nFokusområde I: Iverksette enkelttiltak definert i PwC-rapporten\n- Stillinger som er ledige holdes vakante hvis mulig (Enkelttiltak PwC) · Iverksatt · 01.02.2021 · Oppfølging: Ikke vurdert · 1,00 årsverk · 400 000,00 kr\n  Siste kommentar (31.12.2023): Det er utfordrende å holde stillinger ledige over lang tid\n".replace("400 000", &format!("400{nb}000")).replace(",00 kr", &format!(",00{nb}kr")),
        format!("Sum: 3,00 årsverk · 1{nb}100{nb}000,00{nb}kr\n"),
        "\nFokusområde III: Ledelse og organisasjonskultur\nIngen.\nSum: 0,00 årsverk".to_owned(),
        format!("\nSum for programmet: 10,50 årsverk · 6{nb}000{nb}000,10{nb}kr\n"),
        "\nFramdrifts- og milepælsplan\n1 milepæl over fristen pr. 31.12.2023\n".to_owned(),
        "- 2023 · Årsrapport des. 2022 · Frist: 15.01.2023 · OVER FRISTEN\n".to_owned(),
        "- 2022 · Årsrapport des. 2021 · Frist: 15.01.2022 · Godkjent (dato): 10.01.2022\n".to_owned(),
        "- Motstand mot endring – Risiko 16 (Høy): sannsynlighet 4, konsekvens 4 · Eier: Kommunalsjef".to_owned(),
        "- Uten fokusområde: Liggedøgn · Nullpunkt 290 % · siste måling 15 % (31.12.2023) · mål 20 % · Nådd".to_owned(),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("[ ] \n"), "a blank result goal is left out");
}

#[test]
fn the_status_report_in_nynorsk_uses_the_seed_003_terms() {
    let report = StatusReport::build(&seed_001(), &id(PROGRAMME), "2023-12-31").unwrap();
    let text = status_text(&report, Lang::Nn);
    for term in [
        "\nHovudmål\n",
        "\nResultatmål\n",
        "\nEffektmål\n",
        "\nRisiko og usikkerheit\n",
        "Framdrifts- og milepælsplan",
    ] {
        assert!(text.contains(term), "missing {term:?}");
    }
    let english = status_text(&report, Lang::En);
    assert!(
        english.starts_with("Status report Omstillingsprosess helse og velferd as of 31/12/2023\n")
    );
    assert!(
        english.contains("Programme total: 10.50 fte · 6\u{a0}000\u{a0}000.10\u{a0}kr"),
        "{english}"
    );
}

#[test]
fn the_status_report_as_csv_is_for_norwegian_excel() {
    let mut w = seed_001();
    w.edit_a3(&id(11), Timestamp(5), |s| {
        s.measures[1].name = "=SUM(A1); farlig \"navn\"".into()
    });
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    // In English too: the CSV keeps the decimal comma Excel in Norway reads.
    for lang in [Lang::Nb, Lang::En] {
        let csv = status_csv(&report, lang);
        assert!(csv.starts_with('\u{feff}'), "byte-order mark");
        assert!(
            csv.lines().all(|l| !l.contains('\u{a0}')),
            "no grouping in numbers"
        );
        assert!(
            !csv.replace("\r\n", "").contains('\n'),
            "CRLF line ends only"
        );
        let row = |prefix: &str| {
            csv.split("\r\n")
                .find(|l| l.starts_with(prefix))
                .unwrap_or_else(|| panic!("no row {prefix:?} in {csv}"))
                .to_owned()
        };
        let total = row(lang.texts().programme().total);
        assert!(total.ends_with(";;;;;;;;10,50;6000000,10;"), "{total}");
    }
    let csv = status_csv(&report, Lang::Nb);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}Statusrapport Omstillingsprosess helse og velferd pr. 31.12.2023"
    );
    assert_eq!(lines[2], "Fokusområde;A3-ark;Enhet;Grunnlag;Tiltak;Status;Iverksatt;Oppfølging;Årsverk;Beløp (kr);Siste kommentar");
    assert_eq!(
        lines[3],
        "Fokusområde I: Iverksette enkelttiltak definert i PwC-rapporten;Enkelttiltak PwC;Helse og velferd;;\
         Stillinger som er ledige holdes vakante hvis mulig;Iverksatt;01.02.2021;Ikke vurdert;1,00;400000,00;\
         31.12.2023: Det er utfordrende å holde stillinger ledige over lang tid"
    );
    assert!(
        lines[4].contains(";\"'=SUM(A1); farlig \"\"navn\"\"\";"),
        "quoted and not a formula: {}",
        lines[4]
    );
    assert_eq!(lines[5], "Sum Fokusområde I: Iverksette enkelttiltak definert i PwC-rapporten;;;;;;;;3,00;1100000,00;");
    assert!(
        csv.contains("\r\n2023;Årsrapport des. 2022;;;15.01.2023;;Over fristen\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains(
            "\r\nÅr;Milepæl;Tema;Oppdrag;Frist;Godkjent (dato);Over fristen pr. 31.12.2023\r\n"
        ),
        "the overdue column says which date it counts against: {csv}"
    );
    assert!(
        csv.contains("\r\nRisiko;Sannsynlighet;Konsekvens;Eier;Tiltak;Risiko (S × K);Nivå\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nMotstand mot endring;4;4;Kommunalsjef;;16;Høy\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nUten fokusområde;Liggedøgn;290;15;20;Nådd\r\n"),
        "{csv}"
    );
}

#[test]
fn programmes_follow_the_data_rules() {
    let w = seed_001();
    // Round trip: everything kept, links and comment logs included.
    let text = encode_workspace(&w);
    assert_eq!(decode_workspace(&text).unwrap(), w);
    // Merge by id, the newer programme wins; nothing is removed.
    let mut here = w.clone();
    let mut there = w.clone();
    there.edit_programme(&id(PROGRAMME), Timestamp(50), |p| {
        p.title = "Nytt navn".into()
    });
    let report = here.import(there);
    assert_eq!(report.updated, 1);
    assert_eq!(here.programme(&id(PROGRAMME)).unwrap().title, "Nytt navn");
    // The trash: deleted, restorable, purged after 30 days; its sheets keep their link.
    assert!(here.set_programme_deleted(&id(PROGRAMME), true, Timestamp(60)));
    assert_eq!(here.active_programmes().count(), 0);
    assert_eq!(
        here.a3(&id(11)).unwrap().programme.unwrap().programme,
        id(PROGRAMME)
    );
    assert_eq!(here.purge_deleted(Timestamp(61), 30 * 24 * 3600 * 1000), 0);
    assert_eq!(
        here.purge_deleted(
            Timestamp(60 + 30 * 24 * 3600 * 1000 + 1),
            30 * 24 * 3600 * 1000
        ),
        2,
        "the programme and the deleted sheet"
    );
    assert!(here.programmes.is_empty());
}

#[test]
fn a_document_from_before_programmes_reads_unchanged() {
    let text = std::fs::read_to_string("tests/fixtures/v1-workspace.json").unwrap();
    let w = decode_workspace(&text).unwrap();
    assert!(w.programmes.is_empty());
    assert!(w.a3_sheets.iter().all(|s| s.programme.is_none()));
    assert!(w
        .a3_sheets
        .iter()
        .flat_map(|s| &s.measures)
        .all(|m| m.comments.is_empty()));
    // Written back, it has no programme fields at all (left out when empty).
    let again = encode_workspace(&w);
    assert!(!again.contains("programme") && !again.contains("comments"));
}

#[test]
fn a_risk_outside_one_to_five_is_refused_with_its_path_and_nothing_changes() {
    for (field, value) in [("likelihood", 0), ("consequence", 6), ("likelihood", 9)] {
        let mut doc: serde_json::Value =
            serde_json::from_str(&encode_workspace(&seed_001())).unwrap();
        doc["workspace"]["programmes"][0]["risks"][1][field] = value.into();
        let mut mine = seed_001();
        let before = mine.clone();
        match mine.import_text(&doc.to_string()) {
            Err(DecodeError::Invalid { reason }) => assert!(
                reason.starts_with(&format!(
                    "programmes[0].risks[1].{field}: {value} is not from 1 to 5"
                )),
                "{reason}"
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(mine, before, "a refused file changes nothing");
    }
}

#[test]
fn the_printable_report_holds_the_figures_and_never_the_users_markup() {
    let mut w = seed_001();
    w.edit_programme(&id(PROGRAMME), Timestamp(5), |p| {
        p.title = "Omstilling <script>alert(1)</script>".into();
        p.risks[0].owner = "\"><img src=x onerror=alert(1)>".into();
    });
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    let html = status_html(&report, Lang::Nb);
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.starts_with(
        "<h1>Statusrapport Omstilling &lt;script&gt;alert(1)&lt;/script&gt; pr. 31.12.2023</h1>"
    ));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    let nb = "\u{a0}";
    for expected in [
        format!(
            r#"<p class="total grand-total" data-testid="report-total">Sum for programmet: <strong>10,50 årsverk · 6{nb}000{nb}000,10{nb}kr</strong></p>"#
        ),
        r#"<tr class="overdue"><td data-label="År">2023</td><td data-label="Milepæl">Årsrapport des. 2022</td>"#.to_owned(),
        r#"<td class="date" data-label="Godkjent (dato)"><strong class="overdue-badge">Over fristen</strong></td>"#.to_owned(),
        // The level as text beside the colour (WCAG 1.4.1).
        r#"<td class="number risk-high" data-label="Risiko (S × K)">16 (Høy)</td>"#.to_owned(),
        r#"<td class="number risk-medium" data-label="Risiko (S × K)">10 (Høy)</td>"#.replace("risk-medium", "risk-high"),
        r#"<td class="risk-high" data-likelihood="4" data-consequence="4">1</td>"#.to_owned(),
        r#"<p class="risk-legend">Nivå etter sannsynlighet × konsekvens: Lav 1–4, Middels 5–9, Høy 10–25.</p>"#.to_owned(),
        r#"<td data-label="Siste kommentar">31.12.2023: Det er utfordrende å holde stillinger ledige over lang tid</td>"#
            .to_owned(),
        r#"<h3>Fokusområde III: Ledelse og organisasjonskultur</h3><p class="report-none">Ingen.</p>"#.to_owned(),
        r#"<p class="overdue-count" data-testid="report-overdue-count">1 milepæl over fristen pr. 31.12.2023</p>"#.to_owned(),
    ] {
        assert!(html.contains(&expected), "missing {expected:?} in\n{html}");
    }
    // Every tag that is opened is closed.
    for tag in [
        "section", "table", "tr", "td", "th", "ul", "li", "div", "p", "h1", "h2", "h3",
    ] {
        let open =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        assert_eq!(open, html.matches(&format!("</{tag}>")).count(), "<{tag}>");
    }
}

#[test]
fn the_overdue_count_says_which_date_it_counts_against() {
    let w = seed_001();
    let on = |date: &str, lang: Lang| {
        overdue_count_text(
            &StatusReport::build(&w, &id(PROGRAMME), date).unwrap(),
            lang,
        )
    };
    assert_eq!(
        on("2022-12-31", Lang::Nb),
        "0 milepæler over fristen pr. 31.12.2022"
    );
    assert_eq!(
        on("2025-12-31", Lang::Nb),
        "1 milepæl over fristen pr. 31.12.2025"
    );
    assert_eq!(
        on("2025-12-31", Lang::Nn),
        "1 milepæl over fristen pr. 31.12.2025"
    );
    assert_eq!(
        on("2025-12-31", Lang::En),
        "1 milestone overdue as of 31/12/2025"
    );
}

#[test]
fn the_csv_is_named_by_the_report_date_not_the_download_day() {
    let report = StatusReport::build(&seed_001(), &id(PROGRAMME), "2025-12-31").unwrap();
    assert_eq!(
        status_csv_name(&report, Lang::Nb),
        "statusrapport-omstillingsprosess-helse-og-velferd-2025-12-31.csv"
    );
    let other = StatusReport::build(&seed_001(), &id(PROGRAMME), "2023-01-05").unwrap();
    assert!(status_csv_name(&other, Lang::En).ends_with("-2023-01-05.csv"));
}

#[test]
fn an_empty_section_says_none_and_prints_no_empty_table() {
    // A programme with nothing in it but its title.
    let w = Workspace {
        programmes: vec![Programme::new(id(PROGRAMME), "Tomt program", Timestamp(1))],
        ..Workspace::default()
    };
    let report = StatusReport::build(&w, &id(PROGRAMME), "2025-12-31").unwrap();
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let html = status_html(&report, lang);
        assert!(!html.contains("<table"), "no table at all: {html}");
        assert!(!html.contains("<ul"), "no empty list: {html}");
        let none = format!(
            r#"<p class="report-none">{}</p>"#,
            lang.texts().report().none
        );
        // Result goals, effect goals, measures, milestones, risks and indicators.
        assert_eq!(html.matches(&none).count(), 6, "{html}");
        assert!(!html.contains("report-overdue-count"));
        let text = status_text(&report, lang);
        assert_eq!(
            text.matches(&format!("\n{}\n", lang.texts().report().none))
                .count(),
            6,
            "{text}"
        );
    }
    // Only the indicators missing: "Måling" says "Ingen." and has no table; the others do.
    let report =
        StatusReport::build(&seed_001_without_indicators(), &id(PROGRAMME), "2023-12-31").unwrap();
    let html = status_html(&report, Lang::Nb);
    let measuring = html
        .split("<h2>Måling</h2>")
        .nth(1)
        .expect("the Måling section");
    assert!(
        measuring.starts_with(r#"<p class="report-none">Ingen.</p></section>"#),
        "{measuring}"
    );
    assert!(
        html.contains("<table"),
        "the other sections keep their tables"
    );
}

fn seed_001_without_indicators() -> Workspace {
    let mut w = seed_001();
    for sheet in &mut w.a3_sheets {
        sheet.indicators.clear();
    }
    w
}

#[test]
fn the_report_sums_the_sheets_gevinster_and_apart_their_ulemper() {
    use gevinstverksted::model::a3::benefit::{Benefit, BenefitKind, BenefitTotals};
    let mut w = seed_001();
    let benefit = |n: u128, amount: &str, disbenefit: bool| Benefit {
        description: format!("Gevinst {n}"),
        amount_per_year: Some(d(amount)),
        disbenefit,
        ..Benefit::new(id(n))
    };
    w.a3_sheets[0].benefits = vec![
        benefit(900, "1400000", false),
        benefit(901, "150000.50", true),
    ];
    w.a3_sheets[1].benefits = vec![
        benefit(902, "600000", false),
        // Not economic: not money, whatever it holds.
        Benefit {
            kind: BenefitKind::Quality,
            ..benefit(903, "999", true)
        },
    ];
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    assert_eq!(
        report.benefits,
        BenefitTotals {
            benefits: d("2000000"),
            disbenefits: d("150000.50")
        }
    );
    assert_eq!(w.programme_benefit_totals(&id(PROGRAMME)), report.benefits);
    let nb = "\u{a0}";
    let line = format!("Økonomiske gevinster per år: 2{nb}000{nb}000,00{nb}kr · Økonomiske ulemper per år: 150{nb}000,50{nb}kr");
    assert!(status_text(&report, Lang::Nb).contains(&format!("{line}\n")));
    assert!(status_html(&report, Lang::Nb)
        .contains(&format!(r#"data-testid="report-benefits">{line}</p>"#)));
    let csv = status_csv(&report, Lang::Nb);
    assert!(
        csv.contains("\r\nØkonomiske gevinster per år;;;;;;;;;2000000,00;\r\n"),
        "{csv}"
    );
    assert!(csv.contains("\r\nØkonomiske ulemper per år;;;;;;;;;150000,50;\r\n"));
    // Without ulemper the line names the gevinster only; without either, there is no line.
    w.a3_sheets[0].benefits.pop();
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    assert!(!status_text(&report, Lang::Nb).contains("ulemper"));
    assert!(!status_csv(&report, Lang::Nb).contains("ulemper"));
    w.a3_sheets.iter_mut().for_each(|s| s.benefits.clear());
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    assert!(!status_text(&report, Lang::Nb).contains("per år"));
    assert!(!status_html(&report, Lang::Nb).contains("report-benefits"));
    assert!(!status_csv(&report, Lang::Nb).contains("per år"));
}

// Issue 22: the status report holds each gevinst against its realisation plan on the report
// date, and flags a gevinst two sheets may both be counting.

const PLANNED: u128 = 300;
const CLAIMED: u128 = 301;
const UNPLANNED: u128 = 302;

/// Seed 001 with Enkelttiltak PwC's gevinst "Færre overliggere på sykehuset" measured by the
/// sheet's indicator (liggedøgn, lower is better) and planned 290 → 200 (1 July 2025) → 100
/// (31 December 2025), measured 240 on 31 March and 230 on 1 July; a second gevinst on the
/// sheet without a plan; and Ny bemanningsnorm claiming the same indicator and unit from
/// `claimed_from`.
fn with_benefit_plans(claimed_from: &str) -> Workspace {
    use gevinstverksted::model::a3::benefit::PlanPoint;
    use gevinstverksted::model::a3::benefit::{Benefit, BenefitKind};
    use gevinstverksted::model::a3::indicator::IndicatorUnit;
    let mut w = seed_001();
    let indicator = |n: u128, points: &[(&str, &str)]| Indicator {
        name: "Liggedøgn for overliggere".into(),
        unit: IndicatorUnit::BedDays,
        direction: Direction::LowerIsBetter,
        measurements: points
            .iter()
            .enumerate()
            .map(|(i, (date, value))| Measurement {
                id: id(n * 10 + i as u128),
                date: (*date).into(),
                value: Some(d(value)),
                ..Default::default()
            })
            .collect(),
        ..Indicator::new(id(n))
    };
    let benefit = |n: u128, description: &str, measured_by: u128, from: &str, to: &str| Benefit {
        kind: BenefitKind::Quality,
        description: description.into(),
        owner: "Ola Metodeveileder".into(),
        measured_by: Some(id(measured_by)),
        baseline: Some(d("290")),
        baseline_date: from.into(),
        target: Some(d("100")),
        target_date: to.into(),
        ..Benefit::new(id(n))
    };
    let mut planned = benefit(
        PLANNED,
        "Færre overliggere på sykehuset",
        310,
        "2025-01-01",
        "2025-12-31",
    );
    planned.plan = [("2025-07-01", "200"), ("2025-12-31", "100")]
        .iter()
        .enumerate()
        .map(|(i, (date, value))| PlanPoint {
            date: (*date).into(),
            value: Some(d(value)),
            ..PlanPoint::new(id(320 + i as u128))
        })
        .collect();
    let unplanned = Benefit {
        description: "Lavere sykefravær".into(),
        indicator: "Sykefravær".into(),
        ..Benefit::new(id(UNPLANNED))
    };
    let pwc = w.a3_sheets.iter_mut().find(|s| s.id == id(11)).unwrap();
    pwc.indicators = vec![indicator(
        310,
        &[("2025-03-31", "240"), ("2025-07-01", "230")],
    )];
    pwc.benefits = vec![planned, unplanned];
    let norm = w.a3_sheets.iter_mut().find(|s| s.id == id(12)).unwrap();
    norm.indicators = vec![indicator(311, &[])];
    norm.benefits = vec![benefit(
        CLAIMED,
        "Kortere ventetid på sykehjemsplass",
        311,
        claimed_from,
        "2026-06-30",
    )];
    w
}

#[test]
fn a_benefit_behind_its_curve_is_behind_on_the_report_date_and_on_track_earlier() {
    use gevinstverksted::model::a3::benefit_plan::PlanStatus;
    use gevinstverksted::model::a3::indicator::IndicatorUnit;
    let w = with_benefit_plans("2025-06-01");
    let on = |date: &str| StatusReport::build(&w, &id(PROGRAMME), date).unwrap();
    let report = on("2025-07-31");
    // Only the benefit with a plan is listed; the one without and the claim on the other
    // sheet (no plan either) are not.
    assert_eq!(report.benefit_plans.len(), 1, "{:?}", report.benefit_plans);
    let line = &report.benefit_plans[0];
    assert_eq!(
        (line.sheet, line.benefit, line.sheet_title.as_str()),
        (id(11), id(PLANNED), "Enkelttiltak PwC")
    );
    assert_eq!(line.description, "Færre overliggere på sykehuset");
    assert_eq!(line.owner, "Ola Metodeveileder");
    assert!(!line.disbenefit);
    // Measured 230 on 1 July, when 200 was planned: behind. The plan shown is the one the
    // measurement is held against, on its date (the report date's would be 183.6…).
    assert_eq!(line.status, PlanStatus::Behind);
    assert_eq!(line.planned, Some(d("200")));
    assert_eq!(line.latest, Some(("2025-07-01".to_owned(), d("230"))));
    assert_eq!(line.unit, Some(IndicatorUnit::BedDays));
    // On 30 April the latest measurement (240 on 31 March) is ahead of the plan on its date
    // (245.7…): i rute. The measurement of 1 July is after the report date and not counted.
    let april = on("2025-04-30");
    let line = &april.benefit_plans[0];
    assert_eq!(line.status, PlanStatus::OnTrack);
    assert_eq!(line.latest, Some(("2025-03-31".to_owned(), d("240"))));
    // The plan on 31 March, 245.7…, written as the plan is, in whole liggedøgn.
    assert_eq!(line.planned, Some(d("246")));
    // Before the first measurement, and after a planned point that passed unmeasured (31
    // December): ikke målt.
    for date in ["2025-02-01", "2026-01-15"] {
        assert_eq!(
            on(date).benefit_plans[0].status,
            PlanStatus::NotMeasured,
            "{date}"
        );
    }
    assert_eq!(on("2026-01-15").benefit_plans[0].planned, Some(d("100")));
    // Before the curve starts nothing is planned yet.
    assert_eq!(on("2024-12-01").benefit_plans[0].planned, None);
    // Without any plan in the programme, nothing is listed.
    assert!(
        StatusReport::build(&seed_001(), &id(PROGRAMME), "2025-07-31")
            .unwrap()
            .benefit_plans
            .is_empty()
    );
}

#[test]
fn two_sheets_claiming_one_indicator_over_overlapping_periods_are_flagged_in_the_report() {
    use gevinstverksted::model::a3::indicator::IndicatorUnit;
    let w = with_benefit_plans("2025-06-01");
    let report = StatusReport::build(&w, &id(PROGRAMME), "2025-07-31").unwrap();
    assert_eq!(report.double_counts.len(), 1);
    let count = &report.double_counts[0];
    assert_eq!(count.indicator, "Liggedøgn for overliggere");
    assert_eq!(count.unit, Some(IndicatorUnit::BedDays));
    let claims: Vec<(Id, Id)> = count.claims.iter().map(|c| (c.sheet, c.benefit)).collect();
    assert_eq!(claims, [(id(11), id(PLANNED)), (id(12), id(CLAIMED))]);
    assert_eq!(
        w.programme_double_counts(&id(PROGRAMME)),
        report.double_counts
    );
    // The second claim starts after the first one ends: no double counting.
    let apart = with_benefit_plans("2026-01-01");
    assert!(apart.programme_double_counts(&id(PROGRAMME)).is_empty());
    assert!(StatusReport::build(&apart, &id(PROGRAMME), "2025-07-31")
        .unwrap()
        .double_counts
        .is_empty());
    // A sheet outside the programme is not counted against it.
    let mut outside = with_benefit_plans("2025-06-01");
    assert!(outside.set_a3_programme(&id(12), None, Timestamp(9)));
    assert!(outside.programme_double_counts(&id(PROGRAMME)).is_empty());
}

#[test]
fn the_report_words_each_benefit_against_its_plan_and_names_the_double_counting() {
    let w = with_benefit_plans("2025-06-01");
    let report = StatusReport::build(&w, &id(PROGRAMME), "2025-07-31").unwrap();
    let text = status_text(&report, Lang::Nb);
    for expected in [
        "\nGevinstrealisering\nGevinstene mot gevinstrealiseringsplanen pr. 31.07.2025\n\
         - Enkelttiltak PwC – Færre overliggere på sykehuset: bak plan · plan 200 liggedøgn · \
         siste måling 230 liggedøgn (01.07.2025) · Gevinstansvarlig: Ola Metodeveileder\n",
        "\nMulig dobbelttelling\nDen samme gevinsten kan være ført på flere A3-ark",
        "\n- Liggedøgn for overliggere (liggedøgn): Enkelttiltak PwC – Færre overliggere på \
         sykehuset; Ny bemanningsnorm – Kortere ventetid på sykehjemsplass\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("Lavere sykefravær"), "no plan, not listed");

    let csv = status_csv(&report, Lang::Nb);
    for expected in [
        "\r\n\r\nA3-ark;Gevinst;Gevinstansvarlig;Status;Plan;Siste måling;Målt (dato);Enhet\r\n\
         Enkelttiltak PwC;Færre overliggere på sykehuset;Ola Metodeveileder;bak plan;200;230;01.07.2025;liggedøgn\r\n",
        "\r\n\r\nMulig dobbelttelling\r\nIndikator;Enhet;A3-ark;Gevinst\r\n\
         Liggedøgn for overliggere;liggedøgn;Enkelttiltak PwC;Færre overliggere på sykehuset\r\n\
         Liggedøgn for overliggere;liggedøgn;Ny bemanningsnorm;Kortere ventetid på sykehjemsplass\r\n",
    ] {
        assert!(csv.contains(expected), "missing {expected:?} in\n{csv}");
    }

    let html = status_html(&report, Lang::Nb);
    for expected in [
        r#"<section data-testid="report-benefit-plans"><h2>Gevinstrealisering</h2><p>Gevinstene mot gevinstrealiseringsplanen pr. 31.07.2025</p>"#,
        r#"<td data-label="Gevinst">Færre overliggere på sykehuset</td><td data-label="A3-ark">Enkelttiltak PwC</td>"#,
        r#"<td data-label="Status"><span class="benefit-status benefit-behind" data-testid="benefit-plan-status">bak plan</span></td>"#,
        r#"<td class="number" data-label="Plan">200 liggedøgn</td><td class="number" data-label="Siste måling">230 liggedøgn (01.07.2025)</td>"#,
        r#"<section data-testid="double-counting"><h2>Mulig dobbelttelling</h2><div class="notice warning double-counting">"#,
        "<li><strong>Liggedøgn for overliggere (liggedøgn)</strong><ul><li>Enkelttiltak PwC – Færre overliggere på sykehuset</li><li>Ny bemanningsnorm – Kortere ventetid på sykehjemsplass</li></ul></li>",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in\n{html}");
    }
    for tag in [
        "section", "table", "tr", "td", "ul", "li", "div", "p", "span",
    ] {
        let open =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        assert_eq!(open, html.matches(&format!("</{tag}>")).count(), "<{tag}>");
    }

    // The other statuses and languages: i rute in April; ikke målt / ikkje målt / not measured
    // after the planned point of 31 December passed unmeasured.
    let april = StatusReport::build(&w, &id(PROGRAMME), "2025-04-30").unwrap();
    assert!(status_html(&april, Lang::Nb)
        .contains(r#"<span class="benefit-status benefit-on-track" data-testid="benefit-plan-status">i rute</span>"#));
    let january = StatusReport::build(&w, &id(PROGRAMME), "2026-01-15").unwrap();
    for (lang, word, title) in [
        (Lang::Nb, ": ikke målt · ", "\nMulig dobbelttelling\n"),
        (Lang::Nn, ": ikkje målt · ", "\nMogleg dobbelteljing\n"),
        (
            Lang::En,
            ": not measured · ",
            "\nPossible double counting\n",
        ),
    ] {
        let text = status_text(&january, lang);
        assert!(
            text.contains(word) && text.contains(title),
            "{lang:?}: {text}"
        );
    }
    assert!(status_text(&report, Lang::En).contains(
        ": behind plan · planned 200 bed-days · latest measurement 230 bed-days (01/07/2025) · Benefit owner: Ola Metodeveileder\n"
    ));
    assert!(status_html(&january, Lang::Nn)
        .contains(r#"benefit-not-measured" data-testid="benefit-plan-status">ikkje målt</span>"#));

    // Nothing to show: no section, no heading, no CSV block.
    let plain = StatusReport::build(&seed_001(), &id(PROGRAMME), "2025-07-31").unwrap();
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let t = lang.texts();
        let html = status_html(&plain, lang);
        assert!(!html.contains("report-benefit-plans") && !html.contains("double-counting"));
        for out in [status_text(&plain, lang), status_csv(&plain, lang), html] {
            assert!(!out.contains(t.report().benefit_plans_title), "{out}");
            assert!(!out.contains(t.report().double_counting_title), "{out}");
        }
    }
}

// Issue 21: a measure's grunnlag (the decision it comes from, seed 002's first column), a column
// of the one measure line spec, and so in each of its outputs.

/// Seed 001 with "Vedtatt" as the grunnlag of its first measure (the second has none).
fn with_basis() -> Workspace {
    let mut w = seed_001();
    w.edit_a3(&id(11), Timestamp(5), |s| {
        s.measures[0].basis = "  Vedtatt ".into()
    });
    w
}

#[test]
fn a_grunnlag_is_a_column_with_its_heading_in_every_output() {
    use gevinstverksted::model::programme::MeasureLine;
    use gevinstverksted::report::{
        measure_columns, running_line, MeasureColumn, Output, MEASURE_COLUMNS,
    };
    // The spec: before the measure's name, as in the users' own tables, and shown everywhere.
    let at = |c: MeasureColumn| MEASURE_COLUMNS.iter().position(|x| *x == c);
    assert_eq!(
        at(MeasureColumn::Basis).map(|i| i + 1),
        at(MeasureColumn::Name)
    );
    for out in [Output::Page, Output::Text, Output::Csv, Output::Html] {
        assert!(
            measure_columns(out).contains(&MeasureColumn::Basis),
            "{out:?}"
        );
    }
    let heading = |lang: Lang| MeasureColumn::Basis.heading(lang.texts());
    assert_eq!(
        [heading(Lang::Nb), heading(Lang::Nn), heading(Lang::En)],
        ["Grunnlag", "Grunnlag", "Basis"]
    );

    let w = with_basis();
    let report = StatusReport::build(&w, &id(PROGRAMME), "2023-12-31").unwrap();
    let nb = "\u{a0}";

    // The CSV: its own column, headed Grunnlag, the value under it; empty for a measure
    // without one.
    let csv = status_csv(&report, Lang::Nb);
    let lines: Vec<Vec<&str>> = csv.split("\r\n").map(|l| l.split(';').collect()).collect();
    let column = lines[2]
        .iter()
        .position(|h| *h == "Grunnlag")
        .expect("a Grunnlag column");
    assert_eq!(lines[2][column + 1], "Tiltak");
    assert_eq!(lines[3][column], "Vedtatt", "{csv}");
    assert_eq!(
        lines[3][column + 1],
        "Stillinger som er ledige holdes vakante hvis mulig"
    );
    assert_eq!(lines[4][column], "", "the second measure has none");
    assert!(
        lines[2..6].iter().all(|l| l.len() == lines[2].len()),
        "{csv}"
    );
    let en = status_csv(&report, Lang::En);
    assert!(en.contains(";Unit;Basis;Measure;"), "{en}");

    // The HTML: a heading cell, and the value in the cell of that column.
    let html = status_html(&report, Lang::Nb);
    let table = html
        .split(r#"<table class="report-table">"#)
        .nth(1)
        .expect("the first group's table");
    let headings: Vec<&str> = table
        .split("</thead>")
        .next()
        .unwrap()
        .split(r#"<th scope="col""#)
        .skip(1)
        .map(|th| th.split_once('>').unwrap().1.split_once("</th>").unwrap().0)
        .collect();
    let column = headings
        .iter()
        .position(|h| *h == "Grunnlag")
        .expect("a th");
    let first_row: Vec<&str> = table
        .split("<tbody><tr>")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .split("<td")
        .skip(1)
        .collect();
    assert_eq!(first_row.len(), headings.len());
    assert_eq!(first_row[column], r#" data-label="Grunnlag">Vedtatt</td>"#);
    assert!(
        html.contains(r#"<td data-label="Grunnlag"></td>"#),
        "none: an empty cell"
    );
    assert!(status_html(&report, Lang::En).contains(r#"<td data-label="Basis">Vedtatt</td>"#));

    // The text: among the measure's facts, named; not at all for a measure without one.
    let text = status_text(&report, Lang::Nb);
    let expected = format!(
        "\n- Stillinger som er ledige holdes vakante hvis mulig (Enkelttiltak PwC) · Grunnlag: Vedtatt · Iverksatt · 01.02.2021 · Oppfølging: Ikke vurdert · 1,00 årsverk · 400{nb}000,00{nb}kr\n"
    );
    assert!(text.contains(&expected), "missing {expected:?} in\n{text}");
    assert_eq!(text.matches("Grunnlag").count(), 1, "{text}");
    assert!(status_text(&report, Lang::En).contains(" · Basis: Vedtatt · Implemented · "));
    assert!(status_text(&report, Lang::Nn).contains(" · Grunnlag: Vedtatt · Sett i verk · "));

    // The programme page's card: its facts start with it.
    let sheet = w.a3(&id(11)).unwrap();
    let line = |n: usize| MeasureLine {
        sheet: sheet.id,
        sheet_title: sheet.title.clone(),
        unit: sheet.unit.clone(),
        measure: sheet.measures[n].clone(),
    };
    let page = running_line(&line(0), Lang::Nb, Output::Page);
    assert_eq!(page.facts[0], "Grunnlag: Vedtatt");
    assert_eq!(page.facts[1], "Iverksatt");
    let page = running_line(&line(1), Lang::Nb, Output::Page);
    assert!(
        !page.facts.iter().any(|f| f.contains("Grunnlag")),
        "{page:?}"
    );
}

#[test]
fn a_grunnlag_round_trips_and_is_left_out_when_empty() {
    let w = with_basis();
    let text = encode_workspace(&w);
    let back = decode_workspace(&text).unwrap();
    assert_eq!(back, w);
    assert_eq!(back.a3(&id(11)).unwrap().measures[0].basis, "  Vedtatt ");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let measures = doc["workspace"]["a3_sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id(11).to_string())
        .unwrap()["measures"]
        .clone();
    assert_eq!(measures[0]["basis"], "  Vedtatt ");
    assert!(
        measures[1].get("basis").is_none(),
        "an empty grunnlag is not written: a file without one is as before"
    );
    // A file from before it (no `basis`) reads as empty; one from a newer build keeps both the
    // grunnlag and what this build does not know beside it.
    let mut doc = doc;
    let sheets = doc["workspace"]["a3_sheets"].as_array_mut().unwrap();
    let sheet = sheets
        .iter_mut()
        .find(|s| s["id"] == id(11).to_string())
        .unwrap();
    sheet["measures"][0]
        .as_object_mut()
        .unwrap()
        .remove("basis");
    sheet["measures"][1]["basis"] = "Bedre resultat enn 2024".into();
    sheet["measures"][1]["basis_decided"] = "2024-12-12".into();
    let read = decode_workspace(&doc.to_string()).unwrap();
    let measures = &read.a3(&id(11)).unwrap().measures;
    assert_eq!(measures[0].basis, "");
    assert_eq!(measures[1].basis, "Bedre resultat enn 2024");
    let again = encode_workspace(&read);
    assert!(again.contains(r#""basis_decided":"2024-12-12""#), "{again}");
    assert_eq!(decode_workspace(&again).unwrap(), read);
}
