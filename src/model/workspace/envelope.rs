//! The one envelope around every stored or exported document, and the one decode path
//! for both: check the envelope, refuse what is too new, migrate what is old, then validate.
//!
//! ```json
//! { "format": "gevinstverksted", "version": 1, "kind": "workspace", "workspace": { … } }
//! { "format": "gevinstverksted", "version": 1, "kind": "a3", "a3": { … } }
//! ```
//!
//! A current workspace is read straight from its text into the types ([`read_straight`]), and
//! so is a version-1 workspace, migrated in its types; everything else goes through its JSON
//! tree ([`decode_tree`]), and both ways give the same.
//!
//! Both kinds decode to a [`Workspace`] (a single sheet becomes a workspace with one sheet), so
//! one import path serves both.

use crate::model::a3::A3Sheet;
use crate::model::entity::Timestamp;
use crate::model::money::MAX_ABS;
use crate::model::programme::RISK_LEVELS;
use crate::model::seminar::workshop::{DOTS_RANGE, MINUTES_RANGE};
use crate::model::workspace::{Workspace, COLLECTIONS};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// The fixed name in every file's `format` field.
pub const FORMAT: &str = "gevinstverksted";

/// The document version this build writes. Always `MIGRATIONS.len() + 1`.
///
/// Version 2 added field stamps, causal contexts and conflicts (see
/// [`merge`](crate::model::merge)). A build that reads only version 1 refuses a version-2 file with its "newer version" message
/// ([`DecodeError::TooNew`]) and puts a version-2 stored document aside in quarantine instead
/// of writing over it; a newer build merges such quarantined copies back (see
/// [`crate::model::workspace::Workspace::recover`]), so no edit is lost either way.
pub const VERSION: u32 = 2;

/// The largest document the app will read (bytes of JSON text).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// One step of the migration chain: turns a document of version `n` into version `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`. Each new version appends one small
/// step here and a fixture under `tests/fixtures/`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2];

/// Version 1 to 2: every field of an entity takes the entity's `updated` as its stamp (the
/// rule for an entity without `stamp`, so entities are left as they are); every row gets a
/// base stamp `<updated>.<n>.` in document order, so merges keep the rows' order.
pub fn v1_to_v2(mut doc: Value) -> Result<Value, String> {
    if let Some(sheet) = doc.get_mut("a3") {
        crate::model::merge::migrate_entity(sheet);
    }
    if let Some(workspace) = doc.get_mut("workspace").and_then(Value::as_object_mut) {
        for key in COLLECTIONS.iter().copied() {
            if let Some(items) = workspace.get_mut(key).and_then(Value::as_array_mut) {
                items
                    .iter_mut()
                    .for_each(crate::model::merge::migrate_entity);
            }
        }
    }
    Ok(doc)
}

/// Checks the merge metadata of every entity in a body (a workspace or one sheet).
fn check_stamps(body: &Value, key: &str) -> Result<(), DecodeError> {
    let invalid = |reason| DecodeError::Invalid { reason };
    if key == "a3" {
        return crate::model::merge::check(body, || "a3".to_owned()).map_err(invalid);
    }
    for collection in COLLECTIONS {
        for (i, item) in body
            .get(collection)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            crate::model::merge::check(item, || format!("{collection}[{i}]")).map_err(invalid)?;
        }
    }
    Ok(())
}

/// Why a document could not be read. Each variant becomes its own Norwegian message in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all, with where the parser stopped.
    NotJson { line: usize, column: usize },
    /// JSON nested more deeply than any document is (more than 128 levels).
    TooDeep,
    /// JSON, but not a Gevinstverksted document (`format` missing or different).
    WrongFormat,
    /// A Gevinstverksted document of another kind than expected (e.g. a single A3 sheet).
    WrongKind { found: String },
    /// `version` missing, not a whole number, or below 1.
    BadVersion,
    /// Written by a newer build than this one: refused, never guessed.
    TooNew { found: u64, supported: u32 },
    /// A migration step failed.
    Migration { from: u32, reason: String },
    /// Right envelope, but the content has wrong types or missing fields, or holds a value no
    /// real document has (a number beyond [`MAX_ABS`], a time outside
    /// [`Timestamp::MIN`]`..=`[`Timestamp::MAX`]); `reason` then starts with where, e.g.
    /// `a3_sheets[0].measures[2].amount`.
    Invalid { reason: String },
    /// Two entities share one id.
    DuplicateId { id: String },
}

/// Serializes the workspace in the current envelope.
pub fn encode_workspace(workspace: &Workspace) -> String {
    let doc = json!({
        "format": FORMAT,
        "version": VERSION,
        "kind": "workspace",
        "workspace": workspace,
    });
    // A `Value` built from plain data always serializes.
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Serializes one A3 sheet to share on its own (`kind: "a3"`); importing it adds the sheet.
pub fn encode_a3(sheet: &A3Sheet) -> String {
    let doc = json!({
        "format": FORMAT,
        "version": VERSION,
        "kind": "a3",
        "a3": sheet,
    });
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a workspace document of any known version.
pub fn decode_workspace(text: &str) -> Result<Workspace, DecodeError> {
    decode_ways(text, MIGRATIONS, read_straight)
}

/// [`decode_workspace`] with the migration chain as a parameter, so the chain logic is tested
/// with synthetic steps. Its short way reads only the chain's current version (version 1 is
/// read the short way by [`read_straight`] alone, which migrates it by the real chain's step).
pub fn decode_with(text: &str, migrations: &[Migration]) -> Result<Workspace, DecodeError> {
    decode_ways(text, migrations, |text| {
        read_current(text, migrations, false)
    })
}

fn decode_ways(
    text: &str,
    migrations: &[Migration],
    short: impl FnOnce(&str) -> Option<Workspace>,
) -> Result<Workspace, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    match short(text) {
        Some(workspace) => validated(workspace, "workspace"),
        None => decode_tree(text, migrations),
    }
}

/// The short way of [`decode_workspace`]: a workspace of the current version, or of version 1
/// (a file or stored document from a build before the merge), read straight into the types;
/// version 1 is then migrated in its types ([`Workspace::with_row_stamps`], which gives what
/// [`v1_to_v2`] on its JSON gives, notes without a trip through JSON at all). `None` for
/// anything else; the long way then reads it and says why. Public for the test that both ways
/// give the same.
#[doc(hidden)]
pub fn read_straight(text: &str) -> Option<Workspace> {
    // Version 1 this way only while the chain is its one step: a later step would be missed.
    read_current(text, MIGRATIONS, MIGRATIONS.len() == 1)
}

/// The checks both ways end with: ids unique, numbers and times in range. `key` is the
/// envelope's body key, for the place a reason names.
fn validated(workspace: Workspace, key: &str) -> Result<Workspace, DecodeError> {
    workspace.check_unique_ids()?;
    check_values(&workspace, key)?;
    Ok(workspace)
}

/// The long way of [`decode_with`], for every document: the JSON tree first, so the
/// envelope is checked, old versions migrated and bad stamps named by their place. Public
/// for the test that both ways give the same.
#[doc(hidden)]
pub fn decode_tree(text: &str, migrations: &[Migration]) -> Result<Workspace, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let mut doc: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json stops at 128 levels; that is valid JSON no real document has.
        if e.to_string().starts_with("recursion limit exceeded") {
            DecodeError::TooDeep
        } else {
            DecodeError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::WrongFormat);
    }
    let version = doc
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::BadVersion)?;
    let current = migrations.len() as u64 + 1;
    if version > current {
        return Err(DecodeError::TooNew {
            found: version,
            supported: current as u32,
        });
    }
    for (index, step) in migrations.iter().enumerate().skip(version as usize - 1) {
        let from = index as u32 + 1;
        doc = step(doc).map_err(|reason| DecodeError::Migration { from, reason })?;
        doc["version"] = json!(from + 1);
    }
    let key = match doc.get("kind").and_then(Value::as_str) {
        None | Some("workspace") => "workspace",
        Some("a3") => "a3",
        Some(other) => {
            return Err(DecodeError::WrongKind {
                found: other.to_owned(),
            })
        }
    };
    let body = doc
        .get_mut(key)
        .map(Value::take)
        .ok_or_else(|| DecodeError::Invalid {
            reason: format!("«{key}» mangler"),
        })?;
    check_stamps(&body, key)?;
    let invalid = |e: serde_json::Error| DecodeError::Invalid {
        reason: without_place(&e),
    };
    let workspace: Workspace = if key == "a3" {
        Workspace {
            a3_sheets: vec![crate::model::json::from_tree(&body).map_err(invalid)?],
            ..Workspace::default()
        }
    } else {
        crate::model::json::from_tree(&body).map_err(invalid)?
    };
    validated(workspace, key)
}

/// A reading error's message without "at line 1 column 812": the place is in a text written
/// from the tree ([`from_tree`]), not in the user's file.
fn without_place(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&place).unwrap_or(&text).to_owned()
}

/// The short way for the usual document, a workspace of the current version: read straight
/// into the types in one pass, without building its JSON tree first (that tree and its
/// conversion were a third of an import's time). The stamps are checked as the types are read
/// ([`crate::model::merge::checked_extra`]). `None` for anything else (another kind or version, the
/// body before the envelope's fields, a field twice, any error): the long way then reads it
/// and, if it fails, says why.
fn read_current(text: &str, migrations: &[Migration], version_1: bool) -> Option<Workspace> {
    use serde::de::DeserializeSeed;
    let current = migrations.len() as u64 + 1;
    let mut reader = serde_json::Deserializer::from_str(text);
    let (workspace, version) = CurrentBody { current, version_1 }
        .deserialize(&mut reader)
        .ok()??;
    reader.end().ok()?;
    Some(if version == current {
        workspace
    } else {
        workspace.with_row_stamps()
    })
}

/// Reads an envelope whose `format`, `version` and `kind` come before its body, as every
/// document this program writes has them (keys in order); the body, with the version it has,
/// only if they say it is a current workspace (or a version-1 one, if asked).
struct CurrentBody {
    current: u64,
    /// Version 1 too (the caller migrates it).
    version_1: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for CurrentBody {
    type Value = Option<(Workspace, u64)>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for CurrentBody {
    type Value = Option<(Workspace, u64)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a document")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // Stops at the first sign that this is not the usual document (not to read a body
        // only to drop it): the long way then reads it.
        let long_way = || serde::de::Error::custom("not a current workspace in the usual order");
        let (mut format, mut version, mut kind) = (None, None, None);
        let mut workspace = None;
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "format" => &mut format,
                "version" => &mut version,
                "kind" => &mut kind,
                "workspace" => {
                    let read = version.as_ref().and_then(Value::as_u64);
                    let is_current = format.as_ref().and_then(Value::as_str) == Some(FORMAT)
                        && (read == Some(self.current) || (self.version_1 && read == Some(1)))
                        && kind
                            .as_ref()
                            .is_none_or(|k: &Value| k.is_null() || k.as_str() == Some("workspace"));
                    if !is_current || workspace.is_some() {
                        return Err(long_way());
                    }
                    workspace = Some((map.next_value::<Workspace>()?, read.unwrap_or(0)));
                    continue;
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    continue;
                }
            };
            // A field of the envelope twice, or after the body.
            if slot.is_some() || workspace.is_some() {
                return Err(long_way());
            }
            *slot = Some(map.next_value::<Value>()?);
        }
        Ok(workspace)
    }
}

/// Refuses numbers and times that no real document holds: every decimal must satisfy
/// `|v| <= MAX_ABS` and every `updated`, `created` and `deleted` must be a valid
/// [`Timestamp`]. `key` is the envelope's body key (`"workspace"` or `"a3"`), so the reason
/// names the path as it is in the file.
fn check_values(workspace: &Workspace, key: &str) -> Result<(), DecodeError> {
    fn number(value: Option<Decimal>, at: impl FnOnce() -> String) -> Result<(), DecodeError> {
        match value {
            Some(v) if v.abs() > MAX_ABS => Err(DecodeError::Invalid {
                reason: format!("{}: {v} is beyond ±{MAX_ABS}", at()),
            }),
            _ => Ok(()),
        }
    }
    fn time(value: Option<Timestamp>, at: impl FnOnce() -> String) -> Result<(), DecodeError> {
        match value {
            Some(t) if !t.is_valid() => Err(DecodeError::Invalid {
                reason: format!(
                    "{}: {} is not a time from {} to {} (ms)",
                    at(),
                    t.0,
                    Timestamp::MIN.0,
                    Timestamp::MAX.0
                ),
            }),
            _ => Ok(()),
        }
    }

    for (i, sheet) in workspace.a3_sheets.iter().enumerate() {
        let at = if key == "a3" {
            "a3".to_owned()
        } else {
            format!("a3_sheets[{i}]")
        };
        time(Some(sheet.updated), || format!("{at}.updated"))?;
        time(Some(sheet.created), || format!("{at}.created"))?;
        time(sheet.deleted, || format!("{at}.deleted"))?;
        for (j, b) in sheet.benefits.iter().enumerate() {
            number(b.baseline, || format!("{at}.benefits[{j}].baseline"))?;
            number(b.target, || format!("{at}.benefits[{j}].target"))?;
            number(b.amount_per_year, || {
                format!("{at}.benefits[{j}].amount_per_year")
            })?;
            number(b.measuring_cost, || {
                format!("{at}.benefits[{j}].measuring_cost")
            })?;
            for (k, p) in b.plan.iter().enumerate() {
                number(p.value, || format!("{at}.benefits[{j}].plan[{k}].value"))?;
            }
        }
        for (j, m) in sheet.measures.iter().enumerate() {
            number(m.fte, || format!("{at}.measures[{j}].fte"))?;
            number(m.amount, || format!("{at}.measures[{j}].amount"))?;
        }
        for (j, line) in sheet.budget_lines.iter().enumerate() {
            number(line.budget, || format!("{at}.budget_lines[{j}].budget"))?;
            number(line.actual, || format!("{at}.budget_lines[{j}].actual"))?;
        }
        for (j, ind) in sheet.indicators.iter().enumerate() {
            number(ind.baseline, || format!("{at}.indicators[{j}].baseline"))?;
            number(ind.target, || format!("{at}.indicators[{j}].target"))?;
            for (k, m) in ind.measurements.iter().enumerate() {
                number(m.value, || {
                    format!("{at}.indicators[{j}].measurements[{k}].value")
                })?;
            }
        }
    }
    for (i, seminar) in workspace.seminars.iter().enumerate() {
        time(Some(seminar.updated), || format!("seminars[{i}].updated"))?;
        time(Some(seminar.created), || format!("seminars[{i}].created"))?;
        time(seminar.deleted, || format!("seminars[{i}].deleted"))?;
        for (field, value, range) in [
            (
                "reflection_minutes",
                seminar.reflection_minutes,
                MINUTES_RANGE,
            ),
            ("turn_minutes", seminar.turn_minutes, MINUTES_RANGE),
            ("dots_per_member", seminar.dots_per_member, DOTS_RANGE),
        ] {
            if !range.contains(&value) {
                return Err(DecodeError::Invalid {
                    reason: format!(
                        "seminars[{i}].{field}: {value} is not from {} to {}",
                        range.start(),
                        range.end()
                    ),
                });
            }
        }
    }
    for (i, note) in workspace.notes.iter().enumerate() {
        time(Some(note.updated), || format!("notes[{i}].updated"))?;
        time(note.deleted, || format!("notes[{i}].deleted"))?;
    }
    for (i, group) in workspace.groups.iter().enumerate() {
        time(Some(group.updated), || format!("groups[{i}].updated"))?;
        time(Some(group.created), || format!("groups[{i}].created"))?;
        time(group.agreed, || format!("groups[{i}].agreed"))?;
        time(group.deleted, || format!("groups[{i}].deleted"))?;
    }
    for (i, review) in workspace.task_reviews.iter().enumerate() {
        time(Some(review.updated), || {
            format!("task_reviews[{i}].updated")
        })?;
        time(Some(review.created), || {
            format!("task_reviews[{i}].created")
        })?;
        time(review.deleted, || format!("task_reviews[{i}].deleted"))?;
    }
    for (i, programme) in workspace.programmes.iter().enumerate() {
        time(Some(programme.updated), || {
            format!("programmes[{i}].updated")
        })?;
        time(Some(programme.created), || {
            format!("programmes[{i}].created")
        })?;
        time(programme.deleted, || format!("programmes[{i}].deleted"))?;
        for (j, risk) in programme.risks.iter().enumerate() {
            for (field, value) in [
                ("likelihood", risk.likelihood),
                ("consequence", risk.consequence),
            ] {
                if !RISK_LEVELS.contains(&value) {
                    return Err(DecodeError::Invalid {
                        reason: format!(
                            "programmes[{i}].risks[{j}].{field}: {value} is not from {} to {}",
                            RISK_LEVELS.start(),
                            RISK_LEVELS.end()
                        ),
                    });
                }
            }
        }
    }
    for (i, synthesis) in workspace.syntheses.iter().enumerate() {
        time(Some(synthesis.updated), || {
            format!("syntheses[{i}].updated")
        })?;
        time(synthesis.deleted, || format!("syntheses[{i}].deleted"))?;
    }
    Ok(())
}

/// The JSON Schema of a workspace file (`kind: "workspace"`), as committed in
/// `docs/schema/workspace.schema.json`.
#[cfg(feature = "schema")]
pub fn workspace_file_schema() -> schemars::Schema {
    schema::with_merge_metadata(
        schemars::SchemaGenerator::default().into_root_schema_for::<schema::WorkspaceFile>(),
    )
}

/// The JSON Schema of a single-sheet file (`kind: "a3"`), as committed in
/// `docs/schema/a3.schema.json`.
#[cfg(feature = "schema")]
pub fn a3_file_schema() -> schemars::Schema {
    schema::with_merge_metadata(
        schemars::SchemaGenerator::default().into_root_schema_for::<schema::A3File>(),
    )
}

#[cfg(feature = "schema")]
mod schema {
    use crate::model::a3::A3Sheet;
    use crate::model::merge::{CONFLICTS, SEEN, STAMP, STAMPS};
    use crate::model::workspace::envelope::{FORMAT, VERSION};
    use crate::model::workspace::Workspace;
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use serde_json::{json, Value};
    use std::borrow::Cow;

    /// Adds the merge metadata (see [`crate::model::merge`]) to the schema of every entity
    /// (an object with `id` and `updated`) and every row (an object with `id`) that keeps
    /// unknown fields: the types hold it in their `extra` map, so the derive cannot see it.
    pub fn with_merge_metadata(mut schema: Schema) -> Schema {
        let Some(root) = schema.as_object_mut() else {
            return schema;
        };
        let defs = root
            .entry("$defs")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .expect("$defs is an object");
        for def in defs.values_mut() {
            let Some(properties) = def.get_mut("properties").and_then(Value::as_object_mut) else {
                continue;
            };
            if !properties.contains_key("id") {
                continue;
            }
            let entity = properties.contains_key("updated");
            properties.insert(
                STAMP.into(),
                json!({
                    "description": if entity {
                        "The stamp of every field without one in `stamps` (set when the entity \
                         was made). Absent: `<updated in base 36>.0.`, the version-1 rule."
                    } else {
                        "The stamp of every field without one in `stamps` (set when the row \
                         was made). Absent: the stamp of the object that holds the row."
                    },
                    "$ref": "#/$defs/Stamp",
                }),
            );
            properties.insert(STAMPS.into(), json!({ "$ref": "#/$defs/FieldStamps" }));
            if entity {
                properties.insert(SEEN.into(), json!({ "$ref": "#/$defs/Seen" }));
            }
            properties.insert(CONFLICTS.into(), json!({ "$ref": "#/$defs/Conflicts" }));
        }
        defs.insert(
            "FieldStamps".into(),
            json!({
                "description": "The stamp of each field edited since the object was made.",
                "type": "object",
                "additionalProperties": { "$ref": "#/$defs/Stamp" },
            }),
        );
        defs.insert(
            "Seen".into(),
            json!({
                "description": "Per replica, the greatest stamp this copy has seen beyond the \
                                stamps it holds (its causal context: a stamp covered here and \
                                not held was replaced or deleted).",
                "type": "object",
                "additionalProperties": { "$ref": "#/$defs/Stamp" },
            }),
        );
        defs.insert(
            "Conflicts".into(),
            json!({
                "description": "Per field, the values written concurrently with the one shown, \
                                kept until someone resolves them: `[stamp, value]`, or \
                                `[stamp]` for a field that was absent in that version.",
                "type": "object",
                "additionalProperties": {
                    "type": "array",
                    "items": {
                        "type": "array",
                        "prefixItems": [{ "$ref": "#/$defs/Stamp" }, {}],
                        "minItems": 1,
                        "maxItems": 2,
                    },
                },
            }),
        );
        defs.insert(
            "Stamp".into(),
            json!({
                "description": "A hybrid-logical-clock stamp `<wall ms>.<counter>.<replica>`: the \
                                wall time and counter in base 36, then the writing device's \
                                replica name (empty for a stamp migrated from version 1). \
                                Stamps order edits: the greater stamp is the later edit.",
                "type": "string",
                "pattern": "^[0-9a-z]+\\.[0-9a-z]+\\.[0-9A-Za-z]{0,16}$",
            }),
        );
        schema
    }

    /// The envelope around `body` (of type `T`) under the key `key`.
    fn envelope<T: JsonSchema>(
        generator: &mut SchemaGenerator,
        kind: &str,
        key: &str,
        description: &str,
    ) -> Schema {
        let body = generator.subschema_for::<T>();
        json_schema!({
            "description": description,
            "type": "object",
            "properties": {
                "format": {
                    "description": "Always this name: marks a Gevinstverksted file.",
                    "const": FORMAT,
                },
                "version": {
                    "description": "The format version the file was written in. Older versions \
                                    are migrated when read; newer ones are refused.",
                    "type": "integer",
                    "minimum": 1,
                    "maximum": VERSION,
                },
                "kind": {
                    "description": "What the file holds.",
                    "const": kind,
                },
                key: body,
            },
            "required": ["format", "version", "kind", key],
        })
    }

    pub struct WorkspaceFile;

    impl JsonSchema for WorkspaceFile {
        fn schema_name() -> Cow<'static, str> {
            "Gevinstverksted workspace file".into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            envelope::<Workspace>(
                generator,
                "workspace",
                "workspace",
                "A whole workspace: every A3 sheet, seminar and note, as saved in the browser \
                 and exported as a backup.",
            )
        }
    }

    pub struct A3File;

    impl JsonSchema for A3File {
        fn schema_name() -> Cow<'static, str> {
            "Gevinstverksted A3 file".into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            envelope::<A3Sheet>(
                generator,
                "a3",
                "a3",
                "One A3 sheet shared on its own; importing it adds or updates that sheet.",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_ends_at_the_current_version() {
        assert_eq!(VERSION as usize, MIGRATIONS.len() + 1);
    }

    const ID: &str = "00000000-0000-4000-8000-000000000001";

    /// A valid workspace with every checked number and time set, so each test spoils one.
    fn full() -> Value {
        let row = |extra: Value| {
            let mut row = json!({ "id": ID });
            row.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            row
        };
        json!({
            "format": FORMAT, "version": 1, "kind": "workspace",
            "workspace": {
                "a3_sheets": [
                    { "id": "00000000-0000-4000-8000-000000000002", "updated": 1, "created": 1 },
                    {
                        "id": ID, "updated": 2, "created": 1, "deleted": 2,
                        "benefits": [row(json!({
                            "baseline": "1", "target": "1", "amount_per_year": "1" }))],
                        "measures": [row(json!({})), row(json!({ "fte": "1", "amount": "1" }))],
                        "budget_lines": [row(json!({ "budget": "1", "actual": "1" }))],
                        "indicators": [row(json!({
                            "baseline": "1", "target": "1",
                            "measurements": [row(json!({ "value": "1" }))] }))],
                    }
                ],
                "seminars": [{ "id": ID, "updated": 1, "created": 1, "deleted": 1 }],
                "notes": [{ "id": ID, "updated": 1, "deleted": 1 }],
                "groups": [{ "id": ID, "updated": 1, "created": 1, "seminar": ID,
                             "agreed": 1, "deleted": 1 }],
                "task_reviews": [{ "id": ID, "updated": 1, "created": 1, "deleted": 1 }],
            }
        })
    }

    const NUMBERS: [&str; 10] = [
        "a3_sheets[1].benefits[0].baseline",
        "a3_sheets[1].benefits[0].target",
        "a3_sheets[1].benefits[0].amount_per_year",
        "a3_sheets[1].measures[1].fte",
        "a3_sheets[1].measures[1].amount",
        "a3_sheets[1].budget_lines[0].budget",
        "a3_sheets[1].budget_lines[0].actual",
        "a3_sheets[1].indicators[0].baseline",
        "a3_sheets[1].indicators[0].target",
        "a3_sheets[1].indicators[0].measurements[0].value",
    ];

    const TIMES: [&str; 15] = [
        "a3_sheets[1].updated",
        "a3_sheets[1].created",
        "a3_sheets[1].deleted",
        "seminars[0].updated",
        "seminars[0].created",
        "seminars[0].deleted",
        "notes[0].updated",
        "notes[0].deleted",
        "groups[0].updated",
        "groups[0].created",
        "groups[0].agreed",
        "groups[0].deleted",
        "task_reviews[0].updated",
        "task_reviews[0].created",
        "task_reviews[0].deleted",
    ];

    const SETTINGS: [(&str, u32, u32); 3] = [
        ("seminars[0].reflection_minutes", 1, 120),
        ("seminars[0].turn_minutes", 1, 120),
        ("seminars[0].dots_per_member", 1, 20),
    ];

    /// `a3_sheets[1].measures[1].fte` → the JSON pointer inside the document.
    fn pointer(path: &str) -> String {
        let mut pointer = "/workspace".to_owned();
        for part in path.split('.') {
            match part.split_once('[') {
                Some((name, index)) => {
                    pointer += &format!("/{name}/{}", index.trim_end_matches(']'));
                }
                None => pointer += &format!("/{part}"),
            }
        }
        pointer
    }

    fn with(path: &str, value: Value) -> String {
        let mut doc = full();
        *doc.pointer_mut(&pointer(path)).expect(path) = value;
        doc.to_string()
    }

    fn refused_at(text: &str, path: &str) {
        match decode_workspace(text) {
            Err(DecodeError::Invalid { reason }) => {
                assert!(reason.starts_with(&format!("{path}: ")), "{reason}")
            }
            other => panic!("{path}: {other:?}"),
        }
    }

    #[test]
    fn the_full_document_is_valid_and_limits_are_inclusive() {
        assert!(decode_workspace(&full().to_string()).is_ok());
        for path in NUMBERS {
            for ok in [
                "10000000000000",
                "-10000000000000",
                "9999999999999.9999",
                "0",
            ] {
                assert!(
                    decode_workspace(&with(path, json!(ok))).is_ok(),
                    "{path} {ok}"
                );
            }
            assert!(decode_workspace(&with(path, Value::Null)).is_ok());
        }
        for path in TIMES {
            for ok in [0, 253_402_300_799_999_i64] {
                assert!(
                    decode_workspace(&with(path, json!(ok))).is_ok(),
                    "{path} {ok}"
                );
            }
        }
    }

    #[test]
    fn absurd_numbers_are_refused_naming_where() {
        for path in NUMBERS {
            for absurd in [
                json!("10000000000000.0001"),
                json!("-10000000000001"),
                json!("1e20"),
                json!(1e20),
                json!(-1e15),
                json!("79228162514264337593543950335"),
            ] {
                refused_at(&with(path, absurd), path);
            }
        }
    }

    #[test]
    fn impossible_times_are_refused_naming_where() {
        for path in TIMES {
            for absurd in [-1, 253_402_300_800_000, i64::MIN, i64::MAX] {
                refused_at(&with(path, json!(absurd)), path);
            }
        }
    }

    #[test]
    fn seminar_settings_outside_their_range_are_refused_naming_where() {
        for (path, low, high) in SETTINGS {
            for ok in [low, high] {
                assert!(
                    decode_workspace(&with_added(path, json!(ok))).is_ok(),
                    "{path} {ok}"
                );
            }
            for absurd in [low - 1, high + 1] {
                refused_at(&with_added(path, json!(absurd)), path);
            }
        }
        let bad_day = json!({ "day": 30, "month": 2 });
        assert!(matches!(
            decode_workspace(&with_added("seminars[0].reference_date", bad_day)),
            Err(DecodeError::Invalid { .. })
        ));
    }

    /// Like [`with`], for a field the full document leaves out.
    fn with_added(path: &str, value: Value) -> String {
        let mut doc = full();
        let (parent, field) = path.rsplit_once('.').unwrap();
        doc.pointer_mut(&pointer(parent))
            .and_then(Value::as_object_mut)
            .expect(parent)
            .insert(field.to_owned(), value);
        doc.to_string()
    }

    /// Bad merge metadata is refused wherever it is (an entity, a row, a row of a row),
    /// naming the place, in a version-2 document and in a version-1 one after migrating; a
    /// list that is not rows holds no metadata.
    #[test]
    fn bad_metadata_is_refused_naming_where_in_either_version() {
        let cases: [(&str, Value, Option<&str>); 7] = [
            ("a3_sheets[1].stamp", json!(5), Some("a3_sheets[1].stamp")),
            (
                "a3_sheets[1].measures[1].stamps",
                json!({ "amount": "x" }),
                Some("a3_sheets[1].measures[1].stamps"),
            ),
            (
                "a3_sheets[1].indicators[0].measurements[0].conflicts",
                json!({ "value": [["not a stamp", "1"]] }),
                Some("a3_sheets[1].indicators[0].measurements[0].conflicts"),
            ),
            ("notes[0].seen", json!([]), Some("notes[0].seen")),
            (
                "groups[0].conflicts",
                json!({ "name": [[]] }),
                Some("groups[0].conflicts"),
            ),
            // Objects without an id are not rows: what they hold is not metadata.
            ("a3_sheets[0].later_list", json!([{ "stamp": 5 }]), None),
            ("a3_sheets[0].later_object", json!({ "stamp": 5 }), None),
        ];
        for (path, value, refused) in cases {
            for version in [1, 2] {
                let mut doc: Value =
                    serde_json::from_str(&with_added(path, value.clone())).unwrap();
                doc["version"] = json!(version);
                let text = doc.to_string();
                match refused {
                    Some(at) => assert_eq!(
                        decode_workspace(&text),
                        Err(DecodeError::Invalid {
                            reason: crate::model::merge::not_a_stamp(
                                at.rsplit_once('.').unwrap().0,
                                at.rsplit_once('.').unwrap().1
                            )
                        }),
                        "{path} in version {version}"
                    ),
                    None => assert!(
                        decode_workspace(&text).is_ok(),
                        "{path} in version {version}"
                    ),
                }
            }
        }
    }

    #[test]
    fn a_single_sheet_file_names_the_sheet_as_in_the_file() {
        let mut sheet = full()["workspace"]["a3_sheets"][1].take();
        sheet["measures"][1]["amount"] = json!("1e20");
        let doc = json!({ "format": FORMAT, "version": 1, "kind": "a3", "a3": sheet });
        refused_at(&doc.to_string(), "a3.measures[1].amount");
    }
}
