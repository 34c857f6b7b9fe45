//! Field- and row-level merge of two copies of one entity, written once over the entities'
//! JSON form, so every kind (sheets, programmes, seminars, notes, groups, task reviews,
//! syntheses) and every row with an `id` merges by the same rules.
//!
//! What each object (an entity, or a row: an object with an `id` in an array of such objects)
//! may carry besides its fields, all kept in its `extra` map:
//!
//! - `stamp`: its base [`Stamp`], the stamp of every field without one of its own (set when
//!   the object was created; absent on a row: the stamp of the object holding it; absent on an
//!   entity: `<updated>.0.`, the rule that migrates version 1).
//! - `stamps`: `{ field: stamp }` for fields edited since.
//! - `seen` (entities only): `{ replica: stamp }`, the greatest stamp of each replica this copy
//!   has seen beyond what it holds. Together with the stamps held, it is the copy's causal
//!   context: a stamp covered by it and not held was replaced or deleted here.
//! - `conflicts`: `{ field: [[stamp, value], …] }`: values of the field written concurrently
//!   with the one shown (a one-element `[stamp]` is an absent value), kept until resolved.
//!
//! Each field holds a set of versions (its value and its conflicts), each named by the stamp
//! of the edit that wrote it. A merge keeps a version if both copies hold it, or if one holds
//! it and the other has not seen it; the greatest kept version is the value, the others are
//! conflicts. A row held by one copy only stays unless the other has seen all of it (then it
//! was deleted there: the causal context is the tombstone). This is a join of the two states
//! (the multi-value register and observed-remove set of the CRDT literature), so merging is
//! commutative, associative and idempotent.

use crate::model::entity::Timestamp;
use crate::model::hlc::{Clock, Replica, Stamp};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::BTreeMap;

pub const STAMP: &str = "stamp";
pub const STAMPS: &str = "stamps";
pub const SEEN: &str = "seen";
pub const CONFLICTS: &str = "conflicts";
const META: [&str; 4] = [STAMP, STAMPS, SEEN, CONFLICTS];

/// Causal context: per replica, the greatest stamp seen.
type Ctx = HashMap<Replica, Stamp>;

fn note(ctx: &mut Ctx, stamp: &Stamp) {
    match ctx.get_mut(&stamp.replica) {
        Some(have) if *have >= *stamp => {}
        Some(have) => *have = *stamp,
        None => {
            ctx.insert(stamp.replica, *stamp);
        }
    }
}

fn covered(ctx: &Ctx, stamp: &Stamp) -> bool {
    ctx.get(&stamp.replica).is_some_and(|have| have >= stamp)
}

/// Whether a key is a field that merges (not the id, the entity's `updated`, or metadata).
fn is_field(key: &str, entity: bool) -> bool {
    // By length first: a merge asks this of every key of every object of both copies.
    match key.len() {
        2 => key != "id",
        4 => key != SEEN,
        5 => key != STAMP,
        6 => key != STAMPS,
        7 => !(entity && key == "updated"),
        9 => key != CONFLICTS,
        _ => true,
    }
}

/// An array of rows: non-empty, every element an object with a string `id`.
pub fn is_rows(value: &Value) -> bool {
    value.as_array().is_some_and(|items| {
        !items.is_empty()
            && items
                .iter()
                .all(|item| item.get("id").is_some_and(Value::is_string))
    })
}

fn rows_or_empty(value: Option<&Value>) -> bool {
    value.is_none_or(|v| is_rows(v) || v.as_array().is_some_and(Vec::is_empty))
}

fn row_list(value: Option<&Value>) -> Vec<&Map<String, Value>> {
    value
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn id(row: &Map<String, Value>) -> &str {
    row.get("id").and_then(Value::as_str).unwrap_or_default()
}

fn stamp_at(value: Option<&Value>) -> Option<Stamp> {
    value.and_then(Value::as_str).and_then(Stamp::parse)
}

fn base_of(obj: &Map<String, Value>, inherited: &Stamp) -> Stamp {
    stamp_at(obj.get(STAMP)).unwrap_or(*inherited)
}

fn dot_of(obj: &Map<String, Value>, field: &str, base: &Stamp) -> Stamp {
    stamp_at(obj.get(STAMPS).and_then(|s| s.get(field))).unwrap_or(*base)
}

/// The conflicting versions of one field: `(stamp, value)`, `None` for an absent value.
pub fn conflicts_of(obj: &Map<String, Value>, field: &str) -> Vec<(Stamp, Option<Value>)> {
    let Some(list) = obj
        .get(CONFLICTS)
        .and_then(|c| c.get(field))
        .and_then(Value::as_array)
    else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|entry| {
            let entry = entry.as_array()?;
            let stamp = stamp_at(entry.first())?;
            Some((stamp, entry.get(1).cloned()))
        })
        .collect()
}

fn entity_fallback(entity: &Map<String, Value>) -> Stamp {
    Stamp::migrated(
        Timestamp(entity.get("updated").and_then(Value::as_i64).unwrap_or(0)),
        0,
    )
}

/// Every stamp an object holds (its base, field stamps, conflicts, rows), into `ctx`.
fn held(obj: &Map<String, Value>, inherited: &Stamp, ctx: &mut Ctx) {
    let base = base_of(obj, inherited);
    note(ctx, &base);
    if let Some(stamps) = stamps_map(obj) {
        for stamp in stamps.values().filter_map(|s| stamp_at(Some(s))) {
            note(ctx, &stamp);
        }
    }
    if let Some(conflicts) = obj.get(CONFLICTS).and_then(Value::as_object) {
        for field in conflicts.keys() {
            conflicts_of(obj, field)
                .iter()
                .for_each(|(s, _)| note(ctx, s));
        }
    }
    for (key, value) in obj {
        if is_field(key, false) && is_rows(value) {
            for row in value.as_array().into_iter().flatten() {
                if let Some(row) = row.as_object() {
                    held(row, &base, ctx);
                }
            }
        }
    }
}

fn stamps_map(obj: &Map<String, Value>) -> Option<&Map<String, Value>> {
    obj.get(STAMPS).and_then(Value::as_object)
}

fn conflicts_at<'a>(obj: &'a Map<String, Value>, field: &str) -> Option<&'a Value> {
    obj.get(CONFLICTS).and_then(|c| c.get(field))
}

/// Whether two copies of an object agree on what one place of it holds: the field and its
/// conflicts, or for the base every plain field that neither copy stamps on its own (rows
/// are places of their own).
fn same_at(field: &str, entity: bool, m: &Map<String, Value>, t: &Map<String, Value>) -> bool {
    if !field.is_empty() {
        return m.get(field) == t.get(field) && conflicts_at(m, field) == conflicts_at(t, field);
    }
    let (sm, st) = (stamps_map(m), stamps_map(t));
    let stamped =
        |k: &str| sm.is_some_and(|s| s.contains_key(k)) || st.is_some_and(|s| s.contains_key(k));
    let agree = |k: &String, a: Option<&Value>, b: Option<&Value>| {
        !is_field(k, entity)
            || match (a, b) {
                // Rows are places of their own: checked row by row, not here.
                (Some(a), Some(b)) => (is_rows(a) && is_rows(b)) || a == b,
                (a, b) => a == b,
            }
            || stamped(k)
    };
    // Each key once, both maps walked together in key order (a JSON map is sorted by key:
    // see the test `json_maps_iterate_in_key_order`), so no key is looked up.
    let (mut mi, mut ti) = (m.iter().peekable(), t.iter().peekable());
    loop {
        let order = match (mi.peek(), ti.peek()) {
            (None, None) => return true,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some((km, _)), Some((kt, _))) => km.cmp(kt),
        };
        let ok = match order {
            Ordering::Less => mi.next().is_some_and(|(k, a)| agree(k, Some(a), None)),
            Ordering::Greater => ti.next().is_some_and(|(k, b)| agree(k, None, Some(b))),
            Ordering::Equal => match (mi.next(), ti.next()) {
                (Some((k, a)), Some((_, b))) => agree(k, Some(a), Some(b)),
                _ => false,
            },
        };
        if !ok {
            return false;
        }
    }
}

/// The causal context of an entity: what it holds and what it has `seen`.
fn context(entity: &Map<String, Value>) -> Ctx {
    let mut ctx = Ctx::default();
    held(entity, &entity_fallback(entity), &mut ctx);
    add_seen(entity, &mut ctx);
    ctx
}

fn add_seen(entity: &Map<String, Value>, ctx: &mut Ctx) {
    if let Some(seen) = entity.get(SEEN).and_then(Value::as_object) {
        seen.values()
            .filter_map(|s| stamp_at(Some(s)))
            .for_each(|s| note(ctx, &s));
    }
}

/// Writes `seen` as the part of `ctx` that the entity's own stamps do not already imply.
fn write_seen(entity: &mut Map<String, Value>, ctx: &Ctx) {
    entity.remove(SEEN);
    let mut holds = Ctx::default();
    held(entity, &entity_fallback(entity), &mut holds);
    let seen: BTreeMap<&Replica, String> = ctx
        .iter()
        .filter(|(replica, stamp)| holds.get(*replica).is_none_or(|h| h < *stamp))
        .map(|(replica, stamp)| (replica, stamp.to_string()))
        .collect();
    if !seen.is_empty() {
        let map = seen
            .into_iter()
            .map(|(r, s)| (r.as_str().to_owned(), Value::String(s)));
        entity.insert(SEEN.into(), Value::Object(map.collect()));
    }
}

/// The greatest stamp in an entity's context (what a local edit must come after).
pub fn max_seen(entity: &Value) -> Option<Stamp> {
    entity
        .as_object()
        .and_then(|e| context(e).into_values().max())
}

fn canonical(value: &Option<Value>) -> String {
    value
        .as_ref()
        .map(|v| serde_json::to_string(v).unwrap_or_default())
        .unwrap_or_default()
}

struct Version {
    value: Option<Value>,
    mine: bool,
    theirs: bool,
}

/// What merging two copies of one entity gives (see [`merge`]).
#[derive(Debug, PartialEq)]
pub enum Merged {
    /// The first copy as it is.
    Mine,
    /// The second copy as it is.
    Theirs,
    /// A copy made of both.
    Both(Value),
}

/// Merges two copies of one entity (their JSON objects). Equal inputs give that input.
pub fn merge_entity(mine: &Value, theirs: &Value) -> Value {
    match merge(mine, theirs) {
        Merged::Mine => mine.clone(),
        Merged::Theirs => theirs.clone(),
        Merged::Both(out) => out,
    }
}

/// [`merge_entity`] without copying either input when the merge is one of them: when one
/// copy has seen everything the other holds (the other is an earlier version of it, the
/// usual case of a file from a device that had ours), the merge is that copy. The rule below
/// gives the same (the property test in `tests/merge.rs` checks it, see
/// [`merge_field_by_field`]); it is skipped because it costs most of an import.
pub fn merge(mine: &Value, theirs: &Value) -> Merged {
    if mine == theirs {
        return Merged::Mine;
    }
    merge_distinct(mine, theirs)
}

/// [`merge`] of two copies the caller already knows to differ (their typed forms compared
/// unequal), without comparing the two trees first: that comparison walked most of a sheet
/// before it reached the first edited field. Copies that are equal after all still merge
/// right: each includes the other, so the rule gives the same copy.
pub fn merge_distinct(mine: &Value, theirs: &Value) -> Merged {
    let (Some(m), Some(t)) = (mine.as_object(), theirs.as_object()) else {
        return Merged::Mine;
    };
    let (cm, ct) = (context(m), context(t));
    shortcut(m, &cm, t, &ct).unwrap_or_else(|| Merged::Both(field_by_field(m, cm, t, ct)))
}

/// The merge when one copy includes the other ([`Merged::Mine`] or [`Merged::Theirs`]);
/// `None` when the rule must merge them field by field.
fn shortcut(m: &Map<String, Value>, cm: &Ctx, t: &Map<String, Value>, ct: &Ctx) -> Option<Merged> {
    let inclusion = (includes(m, cm, t, ct), includes(t, ct, m, cm));
    let (um, ut) = (updated_of(m), updated_of(t));
    match inclusion {
        (true, false) if um >= ut && in_merged_order(m, t, &entity_fallback(m)) => {
            Some(Merged::Mine)
        }
        (false, true) if ut >= um && in_merged_order(t, m, &entity_fallback(t)) => {
            Some(Merged::Theirs)
        }
        _ => None,
    }
}

/// The shortcut of [`merge_distinct`] for two copies from which the row lists they hold
/// equally were left out ([`crate::model::entity::SharedRows`]); `shared` is the metadata of
/// every row left out, each with a base stamp of its own ([`has_own_stamp`]). `None` when
/// the shortcut does not apply: the caller then merges the whole copies.
///
/// It decides as [`merge_distinct`] on the whole copies would. A row list held equally, each
/// row with its own base, is the same place with the same stamps and values in both copies:
/// the walk of `includes` finds every stamp of it held by the other copy with the same
/// value, `in_merged_order` finds its ids in the same order, and both copies count the same
/// conflicts in it. What it does change, the causal contexts, is given back by holding the
/// rows' stamps in both.
pub fn shortcut_without_shared(
    mine: &Value,
    theirs: &Value,
    shared: &[&Map<String, Value>],
) -> Option<Merged> {
    let (m, t) = (mine.as_object()?, theirs.as_object()?);
    if !shared.iter().all(|row| has_own_stamp(row)) {
        return None;
    }
    let (mut cm, mut ct) = (context(m), context(t));
    for row in shared {
        // A row's own base makes what it inherits irrelevant (see above).
        held(row, &entity_fallback(m), &mut cm);
        held(row, &entity_fallback(t), &mut ct);
    }
    shortcut(m, &cm, t, &ct)
}

/// Whether a row's merge metadata holds a base stamp of its own (every row this program
/// stamps or migrates has one; a row of a hand-made file may not).
pub fn has_own_stamp(extra: &Map<String, Value>) -> bool {
    stamp_at(extra.get(STAMP)).is_some()
}

/// Whether copy `a` (causal context `ca`) includes copy `b` (context `cb`) of one entity, so
/// that `a` is their merge: `a` has seen all `b` holds (what only `b` holds was replaced or
/// deleted in `a`), and every stamp `a` holds is either held by `b` at the same place (the
/// same object, found by row id, and the same field; with the same value where the stamp is
/// version 1's, which names no value) or not seen by `b` (nothing of `a` was replaced or
/// deleted in `b`). Worked out by walking both copies side by side. A list holding a row id
/// twice (only a hand-made file has one) answers `false`: the rule then decides.
fn includes(a: &Map<String, Value>, ca: &Ctx, b: &Map<String, Value>, cb: &Ctx) -> bool {
    contains(ca, cb)
        && Walk { cb }.object(a, &entity_fallback(a), Some((b, entity_fallback(b))), true)
}

struct Walk<'c> {
    cb: &'c Ctx,
}

impl Walk<'_> {
    /// Whether every stamp `a` holds is either held by `b` at the same place (with the same
    /// value where the stamp is version 1's) or not seen by `b`. `b` is the object at the same
    /// place in the other copy, with the stamp it inherits.
    fn object(
        &self,
        a: &Map<String, Value>,
        a_inherited: &Stamp,
        b: Option<(&Map<String, Value>, Stamp)>,
        entity: bool,
    ) -> bool {
        let base = base_of(a, a_inherited);
        let b = b.map(|(b, inherited)| (b, base_of(b, &inherited)));
        // One stamp held by `a` at `field` (`""`: the base), against what `b` holds there.
        let fits = |field: &str, stamp: &Stamp| -> bool {
            let held_by_b = b.is_some_and(|(b, b_base)| {
                if field.is_empty() {
                    b_base == *stamp
                } else {
                    stamp_at(stamps_map(b).and_then(|s| s.get(field))).as_ref() == Some(stamp)
                        || conflicts_of(b, field).iter().any(|(s, _)| s == stamp)
                }
            });
            match b {
                Some((b, _)) if held_by_b => !stamp.is_migrated() || same_at(field, entity, a, b),
                _ => !covered(self.cb, stamp),
            }
        };
        if !fits("", &base) {
            return false;
        }
        if let Some(stamps) = stamps_map(a) {
            for (field, stamp) in stamps {
                if stamp_at(Some(stamp)).is_some_and(|s| !fits(field, &s)) {
                    return false;
                }
            }
        }
        if let Some(conflicts) = a.get(CONFLICTS).and_then(Value::as_object) {
            for field in conflicts.keys() {
                if !conflicts_of(a, field).iter().all(|(s, _)| fits(field, s)) {
                    return false;
                }
            }
        }
        for (key, value) in a {
            if !(is_field(key, false) && is_rows(value)) {
                continue;
            }
            let rows = row_list(Some(value));
            let theirs = match b {
                Some((b, b_base)) if b.get(key.as_str()).is_some_and(is_rows) => {
                    match TheirRows::new(&rows, row_list(b.get(key.as_str()))) {
                        Some(list) => Some((list, b_base)),
                        None => return false,
                    }
                }
                _ => None,
            };
            let mut seen = FxHashSet::default();
            for (index, row) in rows.iter().enumerate() {
                if !seen.insert(id(row)) {
                    return false;
                }
                let other = theirs
                    .as_ref()
                    .and_then(|(list, b_base)| list.get(index, id(row)).map(|r| (r, *b_base)));
                // The usual row, untouched on both sides: the same object with the same base
                // holds every stamp the other holds at the same place, with the same value,
                // so it fits as a whole (its own rows too, unless one lists an id twice).
                if let Some((r, b_base)) = other {
                    if *row == r && base_of(row, &base) == base_of(r, &b_base) && unique_ids(row) {
                        continue;
                    }
                }
                if !self.object(row, &base, other, false) {
                    return false;
                }
            }
        }
        true
    }
}

/// The other copy's rows of one list, found by id: by position while the two lists hold the
/// same ids in the same order (the usual case: no index to build), else through an index.
enum TheirRows<'a> {
    InStep(Vec<&'a Map<String, Value>>),
    ById(HashMap<&'a str, &'a Map<String, Value>>),
}

impl<'a> TheirRows<'a> {
    /// `None` when the other list holds an id twice (only a hand-made file does).
    fn new(ours: &[&Map<String, Value>], theirs: Vec<&'a Map<String, Value>>) -> Option<Self> {
        // In step, their ids are ours in our order: unique if ours are (the walk checks).
        if ours.len() == theirs.len() && ours.iter().zip(&theirs).all(|(a, b)| id(a) == id(b)) {
            return Some(TheirRows::InStep(theirs));
        }
        let ids: HashMap<_, _> = theirs.iter().map(|r| (id(r), *r)).collect();
        (ids.len() == theirs.len()).then_some(TheirRows::ById(ids))
    }

    fn get(&self, index: usize, row_id: &str) -> Option<&'a Map<String, Value>> {
        match self {
            TheirRows::InStep(list) => list.get(index).copied(),
            TheirRows::ById(ids) => ids.get(row_id).copied(),
        }
    }
}

/// Whether no list of rows in `obj`, at any depth, holds a row id twice.
fn unique_ids(obj: &Map<String, Value>) -> bool {
    obj.iter()
        .filter(|(key, value)| is_field(key, false) && is_rows(value))
        .all(|(_, value)| {
            let rows = row_list(Some(value));
            let mut seen = FxHashSet::default();
            rows.iter()
                .all(|row| seen.insert(id(row)) && unique_ids(row))
        })
}

/// Whether the rows of `a`, a copy that includes `b`, are in the order the merge gives them:
/// their own order where `b` lists the rows both hold in that order too, else by stamp (see
/// [`Sides::rows`]); and no row id twice.
fn in_merged_order(a: &Map<String, Value>, b: &Map<String, Value>, inherited: &Stamp) -> bool {
    let base = base_of(a, inherited);
    a.iter()
        .filter(|(key, value)| is_field(key, false) && is_rows(value))
        .all(|(key, value)| {
            let (ra, rb) = (row_list(Some(value)), row_list(b.get(key.as_str())));
            // The usual case, the same rows in the same order: in order if their rows are
            // (`a` includes `b`, so it lists no id twice: `includes` refused that).
            if ra.len() == rb.len() && ra.iter().zip(&rb).all(|(x, y)| id(x) == id(y)) {
                return ra
                    .iter()
                    .zip(&rb)
                    .all(|(x, y)| in_merged_order(x, y, &base));
            }
            let ids: HashMap<&str, &Map<String, Value>> = ra.iter().map(|r| (id(r), *r)).collect();
            if ids.len() != ra.len() {
                return false;
            }
            let order_b =
                first_occurrences(rb.iter().map(|r| id(r)).filter(|i| ids.contains_key(i)));
            let same_order = ra.iter().map(|r| id(r)).eq(order_b);
            (same_order || ra.iter().map(|r| (base_of(r, &base), id(r))).is_sorted())
                && rb.iter().all(|r| {
                    ids.get(id(r))
                        .is_none_or(|row_a| in_merged_order(row_a, r, &base))
                })
        })
}

/// The general rule of [`merge_entity`], without the shortcut [`merge`] takes (for tests).
#[doc(hidden)]
pub fn merge_field_by_field(mine: &Value, theirs: &Value) -> Value {
    match (mine.as_object(), theirs.as_object()) {
        (Some(m), Some(t)) if mine != theirs => field_by_field(m, context(m), t, context(t)),
        _ => mine.clone(),
    }
}

/// Row ids in list order, each once (where a hand-made file lists a row id twice, its first
/// place counts), so the order a merge gives does not depend on repeated ids.
fn first_occurrences<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = FxHashSet::default();
    ids.filter(|i| seen.insert(*i)).collect()
}

fn updated_of(entity: &Map<String, Value>) -> Option<i64> {
    entity.get("updated").and_then(Value::as_i64)
}

/// Whether context `a` holds every stamp of `b`.
fn contains(a: &Ctx, b: &Ctx) -> bool {
    b.values().all(|s| covered(a, s))
}

fn field_by_field(m: &Map<String, Value>, cm: Ctx, t: &Map<String, Value>, ct: Ctx) -> Value {
    let (fm, ft) = (entity_fallback(m), entity_fallback(t));
    let updated = updated_of(m).max(updated_of(t));
    let fo = Stamp::migrated(Timestamp(updated.unwrap_or(0)), 0);
    let sides = Sides { cm: &cm, ct: &ct };
    let mut out = sides.object(m, &fm, t, &ft, &fo, true);
    if let Some(updated) = updated {
        out.insert("updated".into(), Value::from(updated));
    }
    let mut all = cm;
    ct.values().for_each(|s| note(&mut all, s));
    write_seen(&mut out, &all);
    Value::Object(out)
}

struct Sides<'a> {
    cm: &'a Ctx,
    ct: &'a Ctx,
}

impl Sides<'_> {
    fn object(
        &self,
        m: &Map<String, Value>,
        m_inherited: &Stamp,
        t: &Map<String, Value>,
        t_inherited: &Stamp,
        out_inherited: &Stamp,
        entity: bool,
    ) -> Map<String, Value> {
        let (bm, bt) = (base_of(m, m_inherited), base_of(t, t_inherited));
        let base = bm.max(bt);
        let mut out = Map::new();
        if let Some(id) = m.get("id") {
            out.insert("id".into(), id.clone());
        }
        let mut stamps = Map::new();
        let mut conflicts = Map::new();
        let keys: std::collections::BTreeSet<&String> = m
            .keys()
            .chain(t.keys())
            .filter(|k| is_field(k, entity))
            .collect();
        for key in keys {
            let (vm, vt) = (m.get(key), t.get(key));
            if (vm.is_some_and(is_rows) || vt.is_some_and(is_rows))
                && rows_or_empty(vm)
                && rows_or_empty(vt)
            {
                let rows = self.rows(vm, &bm, vt, &bt, &base);
                out.insert(key.clone(), Value::Array(rows));
                continue;
            }
            if let Some((stamp, value)) = self.single_version(m, &bm, t, &bt, key) {
                if let Some(value) = value {
                    out.insert(key.clone(), value.clone());
                }
                if stamp != base {
                    stamps.insert(key.clone(), Value::String(stamp.to_string()));
                }
                continue;
            }
            let mut versions: BTreeMap<Stamp, Version> = BTreeMap::new();
            let mut add = |stamp: Stamp, value: Option<Value>, mine: bool| {
                let v = match versions.entry(stamp) {
                    std::collections::btree_map::Entry::Vacant(slot) => slot.insert(Version {
                        value,
                        mine: false,
                        theirs: false,
                    }),
                    std::collections::btree_map::Entry::Occupied(slot) => {
                        // Two values under one stamp (only a corrupted or hand-edited file
                        // has them): the greater canonical JSON, so both sides agree.
                        let v = slot.into_mut();
                        if value != v.value && canonical(&value) > canonical(&v.value) {
                            v.value = value;
                        }
                        v
                    }
                };
                if mine {
                    v.mine = true;
                } else {
                    v.theirs = true;
                }
            };
            add(dot_of(m, key, &bm), vm.cloned(), true);
            conflicts_of(m, key)
                .into_iter()
                .for_each(|(s, v)| add(s, v, true));
            add(dot_of(t, key, &bt), vt.cloned(), false);
            conflicts_of(t, key)
                .into_iter()
                .for_each(|(s, v)| add(s, v, false));
            let alive = |(stamp, v): &(&Stamp, &Version)| {
                // Held by both, or held by one and not seen by the other.
                (v.mine && (v.theirs || !covered(self.ct, stamp)))
                    || (v.theirs && !covered(self.cm, stamp))
            };
            let mut kept: Vec<(&Stamp, &Version)> = versions.iter().filter(alive).collect();
            if kept.is_empty() {
                kept = versions.iter().collect();
            }
            // Ascending by stamp: the last is the winner.
            let (win_stamp, winner) = kept.pop().expect("at least one version");
            if let Some(value) = &winner.value {
                out.insert(key.clone(), value.clone());
            }
            if *win_stamp != base {
                stamps.insert(key.clone(), Value::String(win_stamp.to_string()));
            }
            if !kept.is_empty() {
                let list = kept.iter().map(|(s, v)| {
                    let mut entry = vec![Value::String(s.to_string())];
                    entry.extend(v.value.clone());
                    Value::Array(entry)
                });
                conflicts.insert(key.clone(), Value::Array(list.collect()));
            }
        }
        if base != *out_inherited {
            out.insert(STAMP.into(), Value::String(base.to_string()));
        }
        if !stamps.is_empty() {
            out.insert(STAMPS.into(), Value::Object(stamps));
        }
        if !conflicts.is_empty() {
            out.insert(CONFLICTS.into(), Value::Object(conflicts));
        }
        out
    }

    /// The common cases of a field without conflicts on either side, where the general rule
    /// below keeps exactly one version: both copies hold the same one, or one copy's version
    /// was seen (and replaced) by the other. `None` for the general rule.
    fn single_version<'v>(
        &self,
        m: &'v Map<String, Value>,
        bm: &Stamp,
        t: &'v Map<String, Value>,
        bt: &Stamp,
        key: &str,
    ) -> Option<(Stamp, Option<&'v Value>)> {
        let conflicted = |o: &Map<String, Value>| {
            o.get(CONFLICTS)
                .and_then(|c| c.get(key))
                .is_some_and(|list| list.as_array().is_none_or(|l| !l.is_empty()))
        };
        if conflicted(m) || conflicted(t) {
            return None;
        }
        let (vm, vt) = (m.get(key), t.get(key));
        let (dm, dt) = (dot_of(m, key, bm), dot_of(t, key, bt));
        if dm == dt {
            return (vm == vt).then_some((dm, vm));
        }
        match (!covered(self.ct, &dm), !covered(self.cm, &dt)) {
            (true, false) => Some((dm, vm)),
            (false, true) => Some((dt, vt)),
            _ => None,
        }
    }

    fn rows(
        &self,
        vm: Option<&Value>,
        bm: &Stamp,
        vt: Option<&Value>,
        bt: &Stamp,
        base: &Stamp,
    ) -> Vec<Value> {
        let (rm, rt) = (row_list(vm), row_list(vt));
        let tm: HashMap<&str, &Map<String, Value>> = rt.iter().map(|r| (id(r), *r)).collect();
        let mm: HashMap<&str, &Map<String, Value>> = rm.iter().map(|r| (id(r), *r)).collect();
        let mut out: HashMap<&str, Map<String, Value>> = HashMap::default();
        // A row one copy lacks is kept if it holds something that copy has not seen.
        let lone = |row: &Map<String, Value>, inherited: &Stamp, other: &Ctx| {
            let mut ctx = Ctx::default();
            held(row, inherited, &mut ctx);
            if ctx.values().all(|s| covered(other, s)) {
                return None;
            }
            let mut row = row.clone();
            let own = base_of(&row, inherited);
            if own == *base {
                row.remove(STAMP);
            } else {
                row.insert(STAMP.into(), Value::String(own.to_string()));
            }
            Some(row)
        };
        for row in &rm {
            let merged = match tm.get(id(row)) {
                Some(theirs) => Some(self.object(row, bm, theirs, bt, base, false)),
                None => lone(row, bm, self.ct),
            };
            if let Some(merged) = merged {
                out.insert(id(row), merged);
            }
        }
        for row in &rt {
            if !mm.contains_key(id(row)) {
                if let Some(kept) = lone(row, bt, self.cm) {
                    out.insert(id(row), kept);
                }
            }
        }
        let order_m = first_occurrences(rm.iter().map(|r| id(r)).filter(|i| out.contains_key(i)));
        let order_t = first_occurrences(rt.iter().map(|r| id(r)).filter(|i| out.contains_key(i)));
        let order = if order_m == order_t {
            order_m
        } else {
            let mut all: Vec<(Stamp, &str)> = out
                .iter()
                .map(|(i, row)| (base_of(row, base), *i))
                .collect();
            all.sort();
            all.into_iter().map(|(_, i)| i).collect()
        };
        order
            .into_iter()
            .filter_map(|i| out.remove(i).map(Value::Object))
            .collect()
    }
}

/// Stamps a local edit of one entity: every field whose value differs from `before` (the
/// entity as it was after the last stamping or merge) gets a new stamp from `clock`, every new
/// row a base stamp; `seen` keeps what the edit replaced or deleted. `before` is `None` for a
/// new entity.
pub fn stamp_entity(
    before: Option<&Value>,
    after: &mut Value,
    clock: &mut Clock,
    wall: Timestamp,
    replica: &str,
) {
    let Some(a) = after.as_object_mut() else {
        return;
    };
    let Some(b) = before.and_then(Value::as_object) else {
        // A new entity takes the version-1 rule (`<updated>.0.`, rows `<updated>.<n>.`): made
        // again from the same source (a pasted report, a derived id) it is the same entity,
        // not a conflict with itself. Its later edits get real stamps.
        migrate_entity(after);
        return;
    };
    let ctx = context(b);
    ctx.values().for_each(|s| clock.observe(s));
    let mut tick = || clock.tick(wall, replica);
    let base = base_of(b, &entity_fallback(b));
    if !a.contains_key(STAMP) && base != entity_fallback(a) {
        a.insert(STAMP.into(), Value::String(base.to_string()));
    }
    stamp_object(b, &base, a, true, &mut tick);
    write_seen(a, &ctx);
}

fn new_rows(obj: &mut Map<String, Value>, tick: &mut impl FnMut() -> Stamp) {
    for (key, value) in obj.iter_mut() {
        if is_field(key, false) && is_rows(value) {
            for row in value.as_array_mut().into_iter().flatten() {
                if let Some(row) = row.as_object_mut() {
                    if !row.contains_key(STAMP) {
                        row.insert(STAMP.into(), Value::String(tick().to_string()));
                    }
                    new_rows(row, tick);
                }
            }
        }
    }
}

fn stamp_object(
    b: &Map<String, Value>,
    base: &Stamp,
    a: &mut Map<String, Value>,
    entity: bool,
    tick: &mut impl FnMut() -> Stamp,
) {
    let keys: Vec<String> = b
        .keys()
        .chain(a.keys())
        .filter(|k| is_field(k, entity))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for key in keys {
        let (vb, va) = (b.get(&key), a.get(&key));
        if (vb.is_some_and(is_rows) || va.is_some_and(is_rows))
            && rows_or_empty(vb)
            && rows_or_empty(va)
        {
            let before: HashMap<&str, &Map<String, Value>> = vb
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_object)
                .map(|r| (r.get("id").and_then(Value::as_str).unwrap_or_default(), r))
                .collect();
            let Some(rows) = a.get_mut(&key).and_then(Value::as_array_mut) else {
                continue;
            };
            for row in rows.iter_mut().filter_map(Value::as_object_mut) {
                let id = row.get("id").and_then(Value::as_str).unwrap_or_default();
                match before.get(id) {
                    Some(old) => {
                        let row_base = base_of(old, base);
                        stamp_object(old, &row_base, row, false, tick);
                    }
                    None => {
                        if !row.contains_key(STAMP) {
                            row.insert(STAMP.into(), Value::String(tick().to_string()));
                        }
                        new_rows(row, tick);
                    }
                }
            }
            continue;
        }
        if vb != va && dot_of(a, &key, base) == dot_of(b, &key, base) {
            let stamp = Value::String(tick().to_string());
            let stamps = a.entry(STAMPS).or_insert_with(|| Value::Object(Map::new()));
            if let Some(stamps) = stamps.as_object_mut() {
                stamps.insert(key, stamp);
            }
        }
    }
}

/// How many fields, in an entity and its rows, show a conflict: a concurrent value that
/// differs from the one shown.
pub fn conflict_count(entity: &Value) -> usize {
    let Some(obj) = entity.as_object() else {
        return 0;
    };
    let own = obj
        .get(CONFLICTS)
        .and_then(Value::as_object)
        .map_or(0, |c| {
            c.keys()
                .filter(|field| !shown_conflicts(obj, field).is_empty())
                .count()
        });
    let rows: usize = obj
        .iter()
        .filter(|(k, v)| is_field(k, false) && is_rows(v))
        .flat_map(|(_, v)| v.as_array().into_iter().flatten())
        .map(conflict_count)
        .sum();
    own + rows
}

/// Whether an object whose typed rows are looked at on their own may hold a conflict, by its
/// merge metadata (`extra`): one of its own, or a row list among its unknown fields (whose
/// rows may hold one). `false` means [`conflict_count`] finds none here.
pub fn extra_may_hold_conflicts(extra: &Map<String, Value>) -> bool {
    extra.contains_key(CONFLICTS) || extra.values().any(is_rows)
}

/// The conflicts of a field that differ from its value (those the UI shows), oldest first.
pub fn shown_conflicts(obj: &Map<String, Value>, field: &str) -> Vec<(Stamp, Option<Value>)> {
    let current = obj.get(field).cloned();
    conflicts_of(obj, field)
        .into_iter()
        .filter(|(_, v)| *v != current)
        .collect()
}

/// Resolves one conflict of `field`: with `take` its value becomes the field's value (an
/// ordinary edit, stamped as such), otherwise it is dropped; either way it is no longer a
/// conflict. Returns whether there was such a conflict.
pub fn resolve(obj: &mut Map<String, Value>, field: &str, stamp: &Stamp, take: bool) -> bool {
    let Some(list) = obj
        .get_mut(CONFLICTS)
        .and_then(|c| c.get_mut(field))
        .and_then(Value::as_array_mut)
    else {
        return false;
    };
    let Some(index) = list.iter().position(|entry| {
        stamp_at(entry.as_array().and_then(|e| e.first())).as_ref() == Some(stamp)
    }) else {
        return false;
    };
    let entry = list.remove(index);
    if take {
        // Every conflict of the field is settled by choosing one.
        list.clear();
    }
    let empty = list.is_empty();
    if empty {
        if let Some(conflicts) = obj.get_mut(CONFLICTS).and_then(Value::as_object_mut) {
            conflicts.remove(field);
            if conflicts.is_empty() {
                obj.remove(CONFLICTS);
            }
        }
    }
    if take {
        match entry.as_array().and_then(|e| e.get(1)) {
            Some(value) => {
                obj.insert(field.to_owned(), value.clone());
            }
            None => {
                obj.remove(field);
            }
        }
    }
    true
}

/// The version-1 rule for rows: a row without a base stamp takes `<updated>.<n>.`, `n`
/// counting the rows of the entity in document order from 1, so merges keep their order.
/// Entities keep no stamp: theirs is `<updated>.0.` already.
pub fn migrate_entity(entity: &mut Value) {
    let Some(obj) = entity.as_object_mut() else {
        return;
    };
    let updated = Timestamp(obj.get("updated").and_then(Value::as_i64).unwrap_or(0));
    migrate_unknown_rows(updated, obj);
}

/// [`migrate_entity`] on an object's fields alone, for an entity in its type whose own fields
/// hold no rows (a note: `Workspace::with_row_stamps`): the rows its unknown fields keep are
/// the only rows it has, so they are numbered as `migrate_entity` numbers them.
pub fn migrate_unknown_rows(updated: Timestamp, obj: &mut Map<String, Value>) {
    if !updated.is_valid() {
        return; // refused by the checks of times, naming the entity's `updated`
    }
    let mut n = 0;
    let mut next = || {
        n += 1;
        Stamp::migrated(updated, n)
    };
    new_rows(obj, &mut next);
}

/// Checks the metadata of an object and its rows: every stamp must read as a [`Stamp`];
/// returns the first bad place, a key path starting with `at` (made only then: a document
/// has thousands of rows).
pub fn check(value: &Value, at: impl FnOnce() -> String) -> Result<(), String> {
    match bad_metadata(value) {
        None => Ok(()),
        Some((trail, key)) => {
            let place: String = std::iter::once(at())
                .chain(trail.into_iter().rev())
                .collect();
            Err(not_a_stamp(&place, key))
        }
    }
}

/// The first bad metadata key of an object or its rows, with the path to it from the inside
/// out (`[2]`, `.measures`).
fn bad_metadata(value: &Value) -> Option<(Vec<String>, &'static str)> {
    bad_in_object(value.as_object()?)
}

/// For `#[serde(flatten, deserialize_with = "...")]` on the `extra` map of every entity and
/// row type: refuses the map if its metadata (or a row kept in it) fails [`check`]. The
/// fields the type knows are checked by their own types, so a document read straight into
/// the types is refused where [`check`] on its JSON would refuse it (see
/// `envelope::decode_with`, which then reads it the long way for the message).
pub fn checked_extra<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Map<String, Value>, D::Error> {
    let map = <Map<String, Value> as serde::Deserialize>::deserialize(deserializer)?;
    match bad_in_object(&map) {
        None => Ok(map),
        Some((_, key)) => Err(serde::de::Error::custom(not_a_stamp("", key))),
    }
}

fn bad_in_object(obj: &Map<String, Value>) -> Option<(Vec<String>, &'static str)> {
    if let Some(key) = META
        .into_iter()
        .find(|key| obj.get(*key).is_some_and(|v| !meta_ok(key, v)))
    {
        return Some((Vec::new(), key));
    }
    for (key, value) in obj {
        if is_field(key, false) && is_rows(value) {
            for (i, row) in value.as_array().into_iter().flatten().enumerate() {
                if let Some((mut trail, bad)) = bad_metadata(row) {
                    trail.push(format!("[{i}]"));
                    trail.push(format!(".{key}"));
                    return Some((trail, bad));
                }
            }
        }
    }
    None
}

/// Whether `value` is well formed as metadata `key` (true for a key that is not metadata).
fn meta_ok(key: &str, value: &Value) -> bool {
    let stamp = |v: &Value| v.as_str().is_some_and(Stamp::is_valid);
    match key {
        STAMP => stamp(value),
        STAMPS | SEEN => value.as_object().is_some_and(|m| m.values().all(stamp)),
        CONFLICTS => value.as_object().is_some_and(|c| {
            c.values().all(|list| {
                list.as_array().is_some_and(|l| {
                    l.iter().all(|e| {
                        e.as_array().is_some_and(|e| {
                            (1..=2).contains(&e.len()) && e.first().is_some_and(stamp)
                        })
                    })
                })
            })
        }),
        _ => true,
    }
}

/// The reason [`check`] gives for bad metadata `key` at `at`.
pub fn not_a_stamp(at: &str, key: &str) -> String {
    format!("{at}.{key}: not a stamp")
}

/// Removes every stamp, context and conflict from an object and its rows (a copy made anew,
/// e.g. a duplicated sheet, starts without history).
pub fn clear(obj: &mut Map<String, Value>) {
    META.iter().for_each(|k| {
        obj.remove(*k);
    });
    for (key, value) in obj.iter_mut() {
        if is_field(key, false) && is_rows(value) {
            value
                .as_array_mut()
                .into_iter()
                .flatten()
                .filter_map(Value::as_object_mut)
                .for_each(clear);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_maps_iterate_in_key_order() {
        // `same_at` walks two maps together and relies on it (serde_json without its
        // `preserve_order` feature).
        let map: Map<String, Value> =
            serde_json::from_str(r#"{"b":1,"id":2,"a":3,"stamps":4,"conflicts":5}"#).unwrap();
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "b", "conflicts", "id", "stamps"]);
    }

    #[test]
    fn a_field_is_any_key_but_the_id_updated_and_metadata() {
        let old = |key: &str, entity: bool| {
            key != "id" && !(entity && key == "updated") && !META.contains(&key)
        };
        for key in [
            "id",
            "ix",
            "updated",
            "updatex",
            "stamp",
            "stamps",
            "stampz",
            "seen",
            "seem",
            "conflicts",
            "conflictz",
            "title",
            "",
            "measures",
            "created",
        ] {
            for entity in [true, false] {
                assert_eq!(is_field(key, entity), old(key, entity), "{key} {entity}");
            }
        }
    }
}
