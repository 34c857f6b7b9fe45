//! What field- and row-level merge costs (issue 20), on the benchmark's own data. Ignored in
//! `make test`; run with
//! `node <dump script> && cargo test --release --test merge_cost -- --ignored --nocapture`,
//! after writing `target/merge-year.json` and `target/merge-1mb.json` with the generator of
//! `scripts/bench.mjs` (see the report of issue 20).
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::model::workspace::Stamper;
use gevinstverksted::model::{decode_workspace, encode_workspace, Timestamp, Workspace};
use std::time::Instant;

fn read(name: &str) -> Option<String> {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join(name),
    )
    .ok()
}

/// Edits every text field of every sheet, seminar and note once: every field stamped.
fn edit_everything(w: &mut Workspace, stamper: &mut Stamper, now: i64) {
    for s in &mut w.a3_sheets {
        s.rationale.push('.');
        s.current_situation.push('.');
        s.desired_situation.push('.');
        s.investigation.push('.');
        s.change_measures.push('.');
        s.measurement.push('.');
        s.title.push('.');
        for m in &mut s.measures {
            m.name.push('.');
        }
        s.updated = Timestamp(now);
    }
    for n in &mut w.notes {
        n.potential.push('.');
        n.updated = Timestamp(now);
    }
    stamper.stamp(w, Timestamp(now));
}

#[test]
#[ignore]
fn measure_size_and_merge_time() {
    let (Some(year), Some(big)) = (read("merge-year.json"), read("merge-1mb.json")) else {
        eprintln!("no data in target/: skipped");
        return;
    };
    // Size: the v1 text, the same after migration, after one stamp on every text field.
    let w = decode_workspace(&year).unwrap();
    let migrated = encode_workspace(&w);
    let mut edited = w.clone();
    let mut stamper = Stamper::new("k3j9x2ab".into(), &edited);
    edit_everything(&mut edited, &mut stamper, 1_767_225_600_000);
    let stamps = w
        .a3_sheets
        .iter()
        .map(|s| 7 + s.measures.len())
        .sum::<usize>()
        + w.notes.len();
    // The document with the same edits but no stamps: one more character per field.
    let plain_dots = migrated.len()
        + w.a3_sheets
            .iter()
            .map(|s| 7 + s.measures.len())
            .sum::<usize>()
        + w.notes.len();
    let after = encode_workspace(&edited).len();
    println!(
        "year of data: v1 file {} B, stored v2 after migration {} B, after one edit of every text field {} B ({} field stamps, {:.1} B per stamp incl. `seen`/base)",
        year.len(),
        migrated.len(),
        after,
        stamps,
        (after - plain_dots) as f64 / stamps as f64
    );
    // Time: device A has the 1 MB document; device B edited every entity; A imports B's file.
    let base = decode_workspace(&big).unwrap();
    let mut b = base.clone();
    let mut sb = Stamper::new("bbbbbbbb".into(), &b);
    edit_everything(&mut b, &mut sb, 1_767_225_600_000);
    let file = encode_workspace(&b);
    let mut best = f64::MAX;
    for _ in 0..5 {
        let mut a = base.clone();
        let started = Instant::now();
        let report = a.import_text(&file).unwrap();
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(report.conflicts, 0);
    }
    println!(
        "import + merge of a {} B file, every entity changed: {best:.1} ms natively (best of 5)",
        file.len()
    );
}
