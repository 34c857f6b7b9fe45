//! A share link too long for one QR code, cut into parts and put together again on the
//! scanning side: the fewest parts that fit, nearly equal, each a readable QR code; parts in
//! any order, repeated, missing, misread or from another screen.

use gevinstverksted::model::seminar::exercise::Group;
use gevinstverksted::model::{Id, Note, Seminar, Timestamp, Workspace};
use gevinstverksted::share::link;
use gevinstverksted::share::parts::{
    hash_id, split, Assembly, Part, Progress, SplitError, MAX_PARTS, PARTS_PREFIX,
};

const BASE: &str = "https://x.no/app/";
const MAX: usize = 120;

/// A small deterministic generator (Knuth's MMIX LCG), so the tests need no RNG crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// `len` characters of base64url, as packed data looks.
fn data(len: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = Lcg(seed);
    (0..len)
        .map(|_| char::from(ALPHABET[rng.below(64)]))
        .collect()
}

/// The chunk room in each of `n` parts, counted independently of the module: base, prefix,
/// index and total at the width of `n`, the 8-digit id and three slashes.
fn room(n: usize) -> usize {
    let digits = n.to_string().len();
    MAX - (BASE.len() + PARTS_PREFIX.len() + 2 * digits + 8 + 3)
}

/// Feeds `parts` in order until one completes the payload (the scanner stops there): the
/// data, or `None` if none did.
fn assemble(assembly: &mut Assembly, parts: impl IntoIterator<Item = Part>) -> Option<String> {
    parts
        .into_iter()
        .find_map(|part| match assembly.accept(part) {
            Progress::Complete(data) => Some(data),
            Progress::Corrupt => panic!("corrupt"),
            _ => None,
        })
}

#[test]
fn the_fewest_parts_are_used_and_filled_to_the_byte_at_the_boundary() {
    for n in [2, 7, 40, MAX_PARTS] {
        let full = data(n * room(n), n as u64);
        let parts = split(BASE, &full, MAX).unwrap();
        assert_eq!(parts.len(), n, "{} characters", full.len());
        let longest = parts.iter().map(|p| p.to_text(BASE).len()).max().unwrap();
        assert_eq!(longest, MAX, "{n} parts: the widest part is exactly full");
        let mut assembly = Assembly::default();
        assert_eq!(assemble(&mut assembly, parts), Some(full.clone()));

        let one_more = format!("{full}A");
        if n < MAX_PARTS {
            let parts = split(BASE, &one_more, MAX).unwrap();
            assert_eq!(parts.len(), n + 1, "one character more takes one part more");
            assert!(parts.iter().all(|p| p.to_text(BASE).len() <= MAX));
            assert_eq!(assemble(&mut assembly, parts), Some(one_more));
        } else {
            assert_eq!(split(BASE, &one_more, MAX), Err(SplitError::TooLarge));
        }
    }
}

#[test]
fn parts_are_nearly_equal_within_the_limit_and_join_to_the_data() {
    for len in (2..3_000).step_by(37).chain([room(2) + 1, 40 * room(40)]) {
        let whole = data(len, len as u64);
        let parts = split(BASE, &whole, MAX).unwrap();
        let n = parts.len();
        assert!(n >= 2);
        for (i, part) in parts.iter().enumerate() {
            assert_eq!(usize::from(part.index), i + 1);
            assert_eq!(usize::from(part.total), n);
            assert_eq!(part.id, hash_id(&whole));
            let text = part.to_text(BASE);
            assert!(text.len() <= MAX, "{len}: {} bytes", text.len());
            assert_eq!(Part::parse(&text).as_ref(), Some(part), "{text}");
        }
        let lengths: Vec<usize> = parts.iter().map(|p| p.chunk.len()).collect();
        let (min, max) = (lengths.iter().min(), lengths.iter().max());
        assert!(max.unwrap() - min.unwrap() <= 1, "{len}: {lengths:?}");
        assert!(min.unwrap() > &0);
        let joined: String = parts.iter().map(|p| p.chunk.as_str()).collect();
        assert_eq!(joined, whole);
    }
}

#[test]
fn data_that_would_fit_one_part_is_still_cut_in_two() {
    let parts = split(BASE, "AB", MAX).unwrap();
    let chunks: Vec<&str> = parts.iter().map(|p| p.chunk.as_str()).collect();
    assert_eq!(chunks, ["A", "B"]);
    assert_eq!(split(BASE, "A", MAX), Err(SplitError::TooShort));
}

#[test]
fn split_refuses_more_than_99_parts_or_no_room_for_a_chunk() {
    let too_much = data(MAX_PARTS * room(MAX_PARTS) + 1, 9);
    assert_eq!(split(BASE, &too_much, MAX), Err(SplitError::TooLarge));
    let no_room = BASE.len() + PARTS_PREFIX.len() + "1/2/00000000/".len();
    assert_eq!(split(BASE, "AAAA", no_room), Err(SplitError::TooLarge));
    assert_eq!(
        split(BASE, "AAAA", no_room + 1).unwrap().len(),
        4,
        "a character each"
    );
    assert_eq!(
        split(BASE, "AA AA", MAX),
        Err(SplitError::NotBase64),
        "not packed data"
    );
}

#[test]
fn parts_come_together_in_reverse_and_shuffled_order() {
    let whole = data(7 * room(7), 7);
    let mut parts = split(BASE, &whole, MAX).unwrap();
    assert_eq!(parts.len(), 7);

    let mut assembly = Assembly::default();
    let reversed: Vec<Part> = parts.iter().rev().cloned().collect();
    for (i, part) in reversed.iter().take(6).enumerate() {
        assert_eq!(
            assembly.accept(part.clone()),
            Progress::Added {
                have: i + 1,
                total: 7
            }
        );
    }
    assert_eq!(assembly.missing(), [1]);
    assert_eq!(
        assembly.accept(reversed[6].clone()),
        Progress::Complete(whole.clone())
    );
    assert_eq!(
        (assembly.have(), assembly.total()),
        (0, None),
        "empty again"
    );

    for seed in 1..20 {
        Lcg(seed).shuffle(&mut parts);
        assert_eq!(
            assemble(&mut assembly, parts.clone()),
            Some(whole.clone()),
            "seed {seed}"
        );
    }
}

#[test]
fn repeated_parts_are_duplicates_and_change_nothing() {
    let whole = data(40 * room(40), 40);
    let parts = split(BASE, &whole, MAX).unwrap();
    assert_eq!(parts.len(), 40);
    // What a camera sees: each code several times, sometimes an earlier one again.
    let mut rng = Lcg(40);
    let mut scans = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        for _ in 0..=rng.below(4) {
            scans.push(part.clone());
        }
        scans.push(parts[rng.below(i + 1)].clone());
    }
    let mut assembly = Assembly::default();
    let mut seen = std::collections::HashSet::new();
    let mut completed = None;
    for part in scans {
        let fresh = seen.insert(part.index);
        let have = seen.len();
        match assembly.accept(part) {
            Progress::Added { have: h, total } => {
                assert!(fresh);
                assert_eq!((h, total), (have, 40));
            }
            Progress::Duplicate { have: h, total } => {
                assert!(!fresh);
                assert_eq!((h, total), (have, 40));
            }
            Progress::Complete(data) => {
                assert!(fresh && have == 40);
                completed = Some(data);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(completed, Some(whole));
}

#[test]
fn a_missing_part_never_completes_and_is_named() {
    let whole = data(7 * room(7) - 3, 3);
    let parts = split(BASE, &whole, MAX).unwrap();
    assert_eq!(parts.len(), 7);
    let mut assembly = Assembly::default();
    assert_eq!(
        assembly.missing(),
        Vec::<u8>::new(),
        "nothing collected yet"
    );
    for _ in 0..5 {
        let without = parts.iter().filter(|p| p.index != 3 && p.index != 5);
        assert_eq!(assemble(&mut assembly, without.cloned()), None);
    }
    assert_eq!(assembly.missing(), [3, 5]);
    assert_eq!((assembly.have(), assembly.total()), (5, Some(7)));
    assert_eq!(
        assembly.accept(parts[4].clone()),
        Progress::Added { have: 6, total: 7 }
    );
    assert_eq!(assembly.missing(), [3]);
    assert_eq!(assembly.accept(parts[2].clone()), Progress::Complete(whole));
}

#[test]
fn a_part_of_another_payload_is_ignored_and_the_first_is_kept() {
    let first = data(3 * room(3), 1);
    let second = data(5 * room(5), 2);
    let a = split(BASE, &first, MAX).unwrap();
    let b = split(BASE, &second, MAX).unwrap();
    let mut assembly = Assembly::default();
    assembly.accept(a[0].clone());
    assembly.accept(a[2].clone());
    for part in &b {
        assert_eq!(
            assembly.accept(part.clone()),
            Progress::OtherPayload { have: 2, total: 3 }
        );
    }
    // Same id but another total is another payload too (a misread number).
    let odd = Part {
        total: 4,
        ..a[1].clone()
    };
    assert_eq!(
        assembly.accept(odd),
        Progress::OtherPayload { have: 2, total: 3 }
    );
    assert_eq!(assembly.missing(), [2]);
    assert_eq!(assembly.accept(a[1].clone()), Progress::Complete(first));

    // Switching screens on purpose: the second payload replaces what was collected.
    assembly.accept(a[0].clone());
    assert_eq!(
        assembly.restart_with(b[3].clone()),
        Progress::Added { have: 1, total: 5 }
    );
    assert_eq!(assembly.missing(), [1, 2, 3, 5]);
    assert_eq!(assemble(&mut assembly, b), Some(second));
}

/// The part with one character of its chunk changed, the length kept.
fn misread(part: &Part, at: usize) -> Part {
    let mut chunk = part.chunk.clone().into_bytes();
    chunk[at] = if chunk[at] == b'A' { b'B' } else { b'A' };
    Part {
        chunk: String::from_utf8(chunk).unwrap(),
        ..part.clone()
    }
}

#[test]
fn a_misread_chunk_gives_corrupt_and_starts_again() {
    let whole = data(7 * room(7), 11);
    let parts = split(BASE, &whole, MAX).unwrap();
    let bad = misread(&parts[3], 5);
    assert_eq!(bad.chunk.len(), parts[3].chunk.len());
    assert_ne!(bad, parts[3]);

    let mut assembly = Assembly::default();
    let mut scans: Vec<Part> = parts.clone();
    scans[3] = bad.clone();
    let last = scans.pop().unwrap();
    assert_eq!(assemble(&mut assembly, scans), None);
    assert_eq!(assembly.accept(last), Progress::Corrupt);
    assert_eq!((assembly.have(), assembly.total()), (0, None), "reset");
    assert_eq!(assembly.missing(), Vec::<u8>::new());

    // Scanning again from the start succeeds; a misread after the good read is a duplicate.
    assembly.accept(parts[3].clone());
    assert_eq!(
        assembly.accept(bad),
        Progress::Duplicate { have: 1, total: 7 },
        "the first chunk is kept"
    );
    assert_eq!(assemble(&mut assembly, parts), Some(whole));
}

#[test]
fn reset_discards_what_was_collected() {
    let whole = data(200, 5);
    let parts = split(BASE, &whole, MAX).unwrap();
    let mut assembly = Assembly::default();
    assembly.accept(parts[0].clone());
    assert_eq!(assembly.have(), 1);
    assembly.reset();
    assert_eq!((assembly.have(), assembly.total()), (0, None));
    assert_eq!(
        assembly.accept(parts[0].clone()),
        Progress::Added {
            have: 1,
            total: parts.len()
        },
        "the same part counts anew"
    );
}

fn id(n: u128) -> Id {
    Id(uuid::Uuid::from_u128(n))
}

/// A group's answer with `notes` notes as a group device hands it over: varied Norwegian
/// sentences and random-looking ids, so it packs like a real one.
fn group_answer(notes: usize) -> Workspace {
    const WORDS: &[&str] = &[
        "færre",
        "telefoner",
        "til",
        "sykepleier",
        "om",
        "natta",
        "felles",
        "turnus",
        "bedre",
        "oversikt",
        "over",
        "pasientene",
        "mindre",
        "venting",
        "på",
        "legen",
        "digitalt",
        "tilsyn",
        "hjemmetjenesten",
        "sparer",
        "kjøring",
        "og",
        "tid",
        "tryggere",
        "overlevering",
        "mellom",
        "vaktene",
        "kortere",
        "liggetid",
        "sykehuset",
        "brukerne",
        "får",
        "mer",
        "tid",
        "med",
        "de",
        "ansatte",
        "økt",
        "kvalitet",
        "lavere",
        "sykefravær",
        "medisinrom",
        "rutiner",
        "Levanger",
        "kommune",
        "år",
    ];
    let mut rng = Lcg(2026);
    let mut sentence = |words: usize| {
        let text: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        text.join(" ")
    };
    let seminar = id(0x5e31_0a2b_77c4_4f0e_9d1a_3b6c_8e2f_4a71);
    let group_id = id(0x9f27_c3d4_1b8e_4a65_b0f3_7d29_e1c8_5a46);
    let mut group = Group::new(group_id, seminar, "Gruppe 3", Timestamp(1_764_000_000_000));
    let mut ids = Lcg(7);
    let notes: Vec<Note> = (0..notes)
        .map(|i| {
            let note_id = (u128::from(ids.next()) << 96)
                ^ (u128::from(ids.next()) << 64)
                ^ (u128::from(ids.next()) << 32)
                ^ u128::from(ids.next());
            Note {
                potential: sentence(6 + i % 7),
                benefit: sentence(8 + i % 9),
                group: Some(group_id),
                ..Note::new(
                    id(note_id),
                    Some(seminar),
                    Timestamp(1_764_000_000_000 + 61_000 * i as i64),
                )
            }
        })
        .collect();
    group.priority = notes.iter().take(5).map(|n| n.id).collect();
    Workspace {
        seminars: vec![Seminar::new(
            seminar,
            "Dialogseminar helse og omsorg",
            Timestamp(1_763_000_000_000),
        )],
        groups: vec![group],
        notes,
        ..Workspace::default()
    }
}

/// The byte capacity of a version-20 QR code at error correction level M.
const VERSION_20_M: usize = 666;

#[test]
fn a_group_answer_of_40_notes_crosses_as_readable_qr_codes() {
    let answer = group_answer(40);
    let packed = link::pack(&answer);
    let base = "https://levanger.kommune.no/gevinst/";
    let plain = format!("{base}{}{packed}", link::PREFIX);
    assert!(
        plain.len() > VERSION_20_M,
        "one code would do: {} bytes",
        plain.len()
    );
    let parts = split(base, &packed, VERSION_20_M).unwrap();
    let texts: Vec<String> = parts.iter().map(|p| p.to_text(base)).collect();
    let longest = texts.iter().map(String::len).max().unwrap();
    eprintln!(
        "40 notes: {} bytes packed, {} parts, longest part {} bytes",
        packed.len(),
        parts.len(),
        longest
    );
    assert!(parts.len() >= 2);
    for text in &texts {
        assert!(text.len() <= VERSION_20_M, "{} bytes", text.len());
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .unwrap();
        match code.version() {
            qrcode::Version::Normal(v) => assert!(v <= 20, "version {v}"),
            qrcode::Version::Micro(v) => panic!("micro version {v}"),
        }
    }

    // The scanning side reads texts: shuffled, each seen a few times.
    let mut rng = Lcg(666);
    let mut scans: Vec<&String> = texts.iter().flat_map(|t| [t, t, t]).collect();
    rng.shuffle(&mut scans);
    let mut assembly = Assembly::default();
    let received = assemble(
        &mut assembly,
        scans.iter().map(|t| Part::parse(t).expect("a part")),
    )
    .expect("complete");
    assert_eq!(received, packed);
    assert_eq!(link::unpack(&received).unwrap(), answer);
}
