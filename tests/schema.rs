//! The committed JSON Schemas in `docs/schema/` match the types. Run with
//! `cargo test --features schema --test schema`; after a deliberate change of the format,
//! rewrite them with `UPDATE_SCHEMA=1 cargo test --features schema --test schema` and review
//! the diff.
#![cfg(feature = "schema")]

use gevinstverksted::model::workspace::envelope::{a3_file_schema, workspace_file_schema};
use std::path::PathBuf;

fn check(file: &str, schema: schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs/schema")
        .join(file);
    let generated = serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n";
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::write(&path, &generated).expect("write the schema");
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_SCHEMA=1", path.display()));
    assert!(
        committed == generated,
        "{} is out of date with the types; rerun with UPDATE_SCHEMA=1 and review the diff",
        path.display()
    );
}

#[test]
fn workspace_schema_is_up_to_date() {
    check("workspace.schema.json", workspace_file_schema());
}

#[test]
fn a3_schema_is_up_to_date() {
    check("a3.schema.json", a3_file_schema());
}
