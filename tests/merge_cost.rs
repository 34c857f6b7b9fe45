//! What field- and row-level merge costs (issue 20), on the benchmark's own data. Ignored in
//! `make test`; `make bench` runs it (after `node scripts/bench-data.mjs` has written
//! `target/bench-year.json` and `target/bench-1mb.json`) and reports its figures from
//! `target/merge-cost.json`. It also writes the files the browser benchmark imports:
//! `target/bench-1mb-v2.json`, the 1 MB workspace of new entities as this build exports it
//! (`bench-1mb.json` is the same as a version-1 file), and `target/bench-1mb-edited.json`, the
//! 1 MB workspace after another device edited every text field of every sheet and note, which
//! it imports into a device holding the unedited copy (every entity merged field by field).
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::model::workspace::Stamper;
use gevinstverksted::model::{decode_workspace, encode_workspace, Timestamp, Workspace};
use std::path::PathBuf;
use std::time::Instant;

fn target(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name)
}

/// Edits every text field of every sheet (seven texts and each measure's name) and every note
/// once, appending `mark`, then stamps: one field stamp per edited field. Returns how many.
fn edit_everything(w: &mut Workspace, stamper: &mut Stamper, now: i64, mark: char) -> usize {
    let mut fields = 0;
    for s in &mut w.a3_sheets {
        for text in [
            &mut s.rationale,
            &mut s.current_situation,
            &mut s.desired_situation,
            &mut s.investigation,
            &mut s.change_measures,
            &mut s.measurement,
            &mut s.title,
        ] {
            text.push(mark);
            fields += 1;
        }
        for m in &mut s.measures {
            m.name.push(mark);
            fields += 1;
        }
        s.updated = Timestamp(now);
    }
    for n in &mut w.notes {
        n.potential.push(mark);
        n.updated = Timestamp(now);
        fields += 1;
    }
    stamper.stamp(w, Timestamp(now));
    fields
}

/// The fastest of five runs of `run` on a fresh `a`, in milliseconds, and the last report.
fn best_of_five<R>(base: &Workspace, mut run: impl FnMut(&mut Workspace) -> R) -> (f64, R) {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..5 {
        let mut a = base.clone();
        let started = Instant::now();
        let r = run(&mut a);
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        last = Some(r);
    }
    (best, last.expect("five runs"))
}

#[test]
#[ignore]
fn measure_size_and_merge_time() {
    let read = |name: &str| {
        std::fs::read_to_string(target(name)).unwrap_or_else(|_| {
            panic!("target/{name} is missing: run `node scripts/bench-data.mjs`")
        })
    };
    let (year, big) = (read("bench-year.json"), read("bench-1mb.json"));
    const NOW: i64 = 1_767_225_600_000; // 2026-01-01

    // Size: the v1 file, the same stored as v2, then after one edit of every text field.
    let w = decode_workspace(&year).expect("the benchmark's year decodes");
    let migrated = encode_workspace(&w);
    let mut edited = w.clone();
    let mut stamper = Stamper::new("k3j9x2ab".into(), &edited);
    let stamps = edit_everything(&mut edited, &mut stamper, NOW, '.');
    let after = encode_workspace(&edited).len();
    // The same edits without merge metadata: one more character per field.
    let plain = without_metadata(&encode_workspace(&edited)).len();
    let per_stamp = (after - plain) as f64 / stamps as f64;
    println!(
        "year of data: v1 file {} B; stored as v2 {} B; after one edit of every text field {after} B \
         ({stamps} field stamps: {per_stamp:.1} B per stamp with the entity's `seen`; {plain} B without)",
        year.len(),
        migrated.len(),
    );

    // Typing: what stamping one keystroke in one note costs with the year of data stored (the
    // app stamps after every edit; the merge itself never runs on that path).
    let mut typing = w.clone();
    let mut st = Stamper::new("k3j9x2ab".into(), &typing);
    let mut stamp_ms = f64::MAX;
    for k in 0..50 {
        typing.notes[500].potential.push('x');
        let started = Instant::now();
        st.stamp(&mut typing, Timestamp(NOW + k));
        stamp_ms = stamp_ms.min(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!("stamping one keystroke with the year of data stored: {stamp_ms:.3} ms natively (best of 50)");

    // Time: device A holds the 1 MB document; device B edited every sheet and note; A imports.
    let base = decode_workspace(&big).expect("the benchmark's 1 MB workspace decodes");
    let exported = encode_workspace(&base);
    std::fs::write(target("bench-1mb-v2.json"), &exported).expect("target/ is writable");
    let (decode_v1_ms, _) = best_of_five(&base, |_| decode_workspace(&big).expect("decodes"));
    let (decode_v2_ms, _) = best_of_five(&base, |_| decode_workspace(&exported).expect("decodes"));
    println!(
        "the 1 MB workspace of new entities: decode {decode_v2_ms:.1} ms as exported ({} B), \
         {decode_v1_ms:.1} ms as a version-1 file ({} B), natively (best of 5)",
        exported.len(),
        big.len()
    );
    let mut b = base.clone();
    let mut sb = Stamper::new("bbbbbbbb".into(), &b);
    edit_everything(&mut b, &mut sb, NOW, 'b');
    let file = encode_workspace(&b);
    std::fs::write(target("bench-1mb-edited.json"), &file).expect("target/ is writable");
    let (decode_ms, _) = best_of_five(&base, |_| decode_workspace(&file).expect("decodes"));
    let incoming = decode_workspace(&file).expect("decodes");
    let (merge_ms, report) = best_of_five(&base, |a| a.import(incoming.clone()));
    assert_eq!(
        report.conflicts, 0,
        "B's edits follow A's version: no conflict"
    );
    assert!(report.updated > 0);

    // Worst case: A edited the same fields concurrently, so every field becomes a conflict.
    let mut a_edited = base.clone();
    let mut sa = Stamper::new("aaaaaaaa".into(), &a_edited);
    edit_everything(&mut a_edited, &mut sa, NOW, 'a');
    let (conflict_ms, report_c) = best_of_five(&a_edited, |a| a.import(incoming.clone()));
    assert_eq!(report_c.conflicts, stamps_of(&base));
    println!(
        "a {} B file, every sheet and note changed: decode {decode_ms:.1} ms, merge {merge_ms:.1} ms \
         natively; merge with every field also edited here ({} conflicts): {conflict_ms:.1} ms \
         (best of 5)",
        file.len(),
        report_c.conflicts
    );

    let figures = serde_json::json!({
        "year_v1_bytes": year.len(),
        "year_v2_bytes": migrated.len(),
        "year_edited_bytes": after,
        "year_edited_plain_bytes": plain,
        "field_stamps": stamps,
        "bytes_per_stamp": per_stamp,
        "edited_file_bytes": file.len(),
        "native_stamp_keystroke_ms": stamp_ms,
        "native_decode_ms": decode_ms,
        "native_decode_new_v2_ms": decode_v2_ms,
        "native_decode_new_v1_ms": decode_v1_ms,
        "native_merge_ms": merge_ms,
        "native_conflict_merge_ms": conflict_ms,
        "conflicts": report_c.conflicts,
    });
    std::fs::write(target("merge-cost.json"), figures.to_string()).expect("target/ is writable");
}

/// `text` (an encoded workspace) with every entity's and row's stamps, contexts and conflicts
/// removed, encoded the same way.
fn without_metadata(text: &str) -> String {
    let mut file: serde_json::Value = serde_json::from_str(text).expect("an encoded workspace");
    for collection in file["workspace"]
        .as_object_mut()
        .into_iter()
        .flat_map(|w| w.values_mut())
    {
        for entity in collection.as_array_mut().into_iter().flatten() {
            if let Some(obj) = entity.as_object_mut() {
                gevinstverksted::model::merge::clear(obj);
            }
        }
    }
    serde_json::to_string(&file).expect("JSON")
}

/// How many fields [`edit_everything`] edits in `w`.
fn stamps_of(w: &Workspace) -> usize {
    w.a3_sheets
        .iter()
        .map(|s| 7 + s.measures.len())
        .sum::<usize>()
        + w.notes.len()
}
