//! The model's folders use each other in one direction only (see `src/model/mod.rs` and
//! `docs/architecture.md`): this test reads every file of `src/model/` and fails on a path to a
//! module that is not below it, and on an import cycle between files.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each part of the model and its layer: a part uses only parts of a lower layer (and itself).
/// Parts on the same layer (`seminar` and `programme`) do not use each other.
const LAYERS: &[(&str, u8)] = &[
    ("entity", 0),
    ("money", 0),
    ("json", 0),
    ("hlc", 1),
    ("merge", 2),
    ("a3", 3),
    ("seminar", 4),
    ("programme", 4),
    ("collect", 5),
    ("workspace", 6),
];

fn layer(part: &str) -> Option<u8> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == part)
        .map(|(_, l)| *l)
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("src/model is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The module path of a file below `src/model`: `a3/measure.rs` → `["a3", "measure"]`,
/// `a3/mod.rs` → `["a3"]`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without its unit tests (which may use anything) and comments.
fn code(text: &str) -> String {
    let end = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            line.starts_with("///") || !line.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file's code names: each `crate::model::a::b` path, as far as it names modules
/// that exist, and `super::x` (resolved against the file's own module). Doc comments count:
/// a link to a module above is a dependency a reader follows.
fn used_modules(
    code: &str,
    own: &[String],
    known: &BTreeSet<Vec<String>>,
) -> Result<Vec<Vec<String>>, String> {
    let mut used = Vec::new();
    let mut resolve = |start: Vec<String>, rest: &str| -> Result<(), String> {
        let mut path = start;
        let mut best = None;
        for segment in rest.split("::") {
            let name: String = segment
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                if segment.starts_with('{') && best.is_none() {
                    return Err(format!(
                        "a grouped path `{{…}}` after {path:?}: write one path per module"
                    ));
                }
                break;
            }
            path.push(name);
            if known.contains(&path) {
                best = Some(path.clone());
            } else {
                break;
            }
            if segment.len() > path.last().map_or(0, |n| n.len()) {
                break;
            }
        }
        match best {
            Some(module) => used.push(module),
            None => return Err(format!("`{}` does not name a module of the model (use the module that defines it, not a re-export)", rest.split_whitespace().next().unwrap_or(rest))),
        }
        Ok(())
    };
    for (i, _) in code.match_indices("crate::model::") {
        resolve(Vec::new(), &code[i + "crate::model::".len()..])?;
    }
    for (i, _) in code.match_indices("super::") {
        if code[..i].ends_with("::") || code[i..].starts_with("super::*") {
            continue;
        }
        let parent = own[..own.len().saturating_sub(1)].to_vec();
        resolve(parent, &code[i + "super::".len()..])?;
    }
    Ok(used)
}

#[test]
fn the_model_uses_its_parts_in_one_direction_without_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let sources: Vec<(Vec<String>, String)> = files(&root)
        .into_iter()
        .filter(|p| p != &root.join("mod.rs"))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("a model file is readable");
            (
                module_of(p.strip_prefix(&root).expect("below src/model")),
                text,
            )
        })
        .collect();
    let known: BTreeSet<Vec<String>> = sources.iter().map(|(m, _)| m.clone()).collect();

    let mut problems = Vec::new();
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, text) in &sources {
        let part = &module[0];
        let Some(own_layer) = layer(part) else {
            problems.push(format!("{part}: not in LAYERS (add it where it belongs)"));
            continue;
        };
        let used = match used_modules(&code(text), module, &known) {
            Ok(used) => used,
            Err(why) => {
                problems.push(format!("{}: {why}", module.join("::")));
                continue;
            }
        };
        for target in used {
            if &target == module || target.starts_with(module) {
                continue;
            }
            let other = &target[0];
            let allowed = other == part || layer(other).is_some_and(|l| l < own_layer);
            if !allowed {
                problems.push(format!(
                    "{} uses {}: {part} may use only parts below it",
                    module.join("::"),
                    target.join("::")
                ));
            }
            graph.entry(module.clone()).or_default().insert(target);
        }
    }
    // A cycle between files (within a folder too): depth-first search.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        problems: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|n| n == node) {
            let cycle: Vec<String> = stack[at..]
                .iter()
                .chain([node])
                .map(|m| m.join("::"))
                .collect();
            problems.push(format!("import cycle: {}", cycle.join(" → ")));
            return;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, problems);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done, &mut problems);
    }
    assert!(
        problems.is_empty(),
        "the model's layering is broken:\n{}",
        problems.join("\n")
    );
}

/// The model is plain Rust that holds no words and knows no browser: no file of `src/model/`
/// uses the texts, the screens, the reports, storage, sharing or the platform, or a browser or
/// UI crate (doc comments may name them; translated output is made in `src/report/`).
#[test]
fn the_model_uses_no_texts_screens_or_browser() {
    const OUTSIDE: &[&str] = &[
        "crate::i18n",
        "crate::ui",
        "crate::report",
        "crate::store",
        "crate::share",
        "crate::platform",
        "crate::scan",
        "crate::route",
        "leptos::",
        "web_sys::",
        "wasm_bindgen",
        "js_sys::",
        "gloo_storage",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("model");
    let mut found = Vec::new();
    for path in files(&root) {
        let text = code(&fs::read_to_string(&path).expect("a source file is readable"));
        for line in text.lines().filter(|l| !l.trim_start().starts_with("///")) {
            for name in OUTSIDE.iter().filter(|name| line.contains(*name)) {
                found.push(format!("{}: {name}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the model uses what is above it: {found:?}"
    );
}
