//! The three languages' tables side by side: each language's `Texts` and its `LeaderTexts` (the
//! texts only the full app shows), read as one list of texts.
//!
//! The compiler already refuses a table that lacks a text (every language is a value of the same
//! structs). These tests catch what it cannot: a translation that drops or renames a `{placeholder}`
//! (the figure would silently vanish from the screen), an English text left in Norwegian, and a
//! blank text.

use std::collections::BTreeSet;

/// One text of a table: its key (the path of names down to it, `home.title`) and the string
/// literals of its value (one, or several for a nested table written as one value).
struct Entry {
    key: String,
    values: Vec<String>,
}

/// Reads the `key: value,` entries of a language's two tables from its source file: its `Texts`,
/// then its `LeaderTexts`. A group of texts is written `name: Struct {` … `},` with its entries
/// indented one level (four spaces) deeper; every text is keyed by its path through the groups
/// (`home.title`, `a3.field_title`: a group's name says where it is, not which table holds it).
fn table(file: &str) -> Vec<Entry> {
    let path = format!("{}/src/i18n/{file}.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).expect("language table is readable");
    let mut entries = Vec::new();
    for table in ["Texts", "LeaderTexts"] {
        let opening = format!(": {table} = {table} {{\n");
        let body = source
            .split_once(&opening)
            .unwrap_or_else(|| panic!("{file}.rs: no table starts with `{opening}`"))
            .1
            .split_once("\n};\n")
            .unwrap_or_else(|| panic!("{file}.rs: the {table} table does not end with `}};`"))
            .0;
        entries.extend(table_entries(file, body));
    }
    let mut keys = BTreeSet::new();
    for entry in &entries {
        assert!(keys.insert(&entry.key), "{file}.rs: {} twice", entry.key);
    }
    entries
}

/// The entries of one table's body (the lines between its `{` and `};`).
fn table_entries(file: &str, body: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    // The groups open around the current line, each with the indentation of its entries.
    let mut groups: Vec<(String, usize)> = Vec::new();
    let mut depth = 4;
    for line in body.lines() {
        let indent = line.len() - line.trim_start().len();
        if line.trim() == "}," && indent + 4 == depth && !groups.is_empty() {
            groups.pop();
            depth -= 4;
            continue;
        }
        let is_key = indent == depth
            && line.trim_start().split_once(':').is_some_and(|(key, _)| {
                key.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            });
        if is_key {
            let (key, rest) = line.trim_start().split_once(':').expect("checked above");
            let path: Vec<&str> = groups
                .iter()
                .map(|(name, _)| name.as_str())
                .chain([key])
                .collect();
            let opens_group = rest.trim_end().ends_with('{');
            if opens_group {
                groups.push((key.to_owned(), depth));
                depth += 4;
                continue;
            }
            entries.push(Entry {
                key: path.join("."),
                values: Vec::new(),
            });
            collect_literals(rest, entries.last_mut().expect("just pushed"));
        } else if let Some(entry) = entries.last_mut() {
            collect_literals(line, entry);
        }
    }
    assert!(groups.is_empty(), "{file}.rs: a group is not closed");
    entries
}

/// Adds the string literals on one source line to `entry`; a literal continued with `\` at the
/// end of a line is joined to the next.
fn collect_literals(line: &str, entry: &mut Entry) {
    let continues = entry.values.last().is_some_and(|v| v.ends_with('\u{1}'));
    let mut rest = line;
    if continues {
        let value = entry.values.last_mut().expect("checked above");
        value.pop();
        let (text, after) = read_until_quote(rest.trim_start());
        value.push_str(&text);
        rest = after;
    }
    while let Some(start) = rest.find('"') {
        let (text, after) = read_until_quote(&rest[start + 1..]);
        entry.values.push(text);
        rest = after;
    }
}

/// The text up to the closing quote, and what follows it. A line that ends inside the literal
/// (with `\`) returns the text with a `\u{1}` marker.
fn read_until_quote(s: &str) -> (String, &str) {
    let mut text = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (text, &s[i + 1..]),
            '\\' => match chars.next() {
                Some((_, 'n')) => text.push('\n'),
                Some((_, other)) => text.push(other),
                None => {
                    text.push('\u{1}');
                    return (text, "");
                }
            },
            _ => text.push(c),
        }
    }
    text.push('\u{1}');
    (text, "")
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            found.insert(name.to_owned());
        }
        rest = &rest[start + len..];
    }
    found
}

/// Texts that are the same in English as in bokmål: names, codes and formats.
const SAME_IN_ENGLISH: &[&str] = &[
    "nav.app_name",
    "nav.a3",
    "common.count_a3",
    "nav.lang_label",
];

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let nb = table("nb");
    assert!(nb.len() > 400, "parsed only {} texts from nb.rs", nb.len());
    for entry in &nb {
        // Every text is a named field of its own: one string literal per key.
        assert_eq!(entry.values.len(), 1, "nb.{} is not one text", entry.key);
    }
    for lang in ["nn", "en"] {
        let other = table(lang);
        let nb_keys: Vec<&str> = nb.iter().map(|e| e.key.as_str()).collect();
        let other_keys: Vec<&str> = other.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            nb_keys, other_keys,
            "{lang}.rs lists other texts than nb.rs"
        );
        for (a, b) in nb.iter().zip(&other) {
            assert_eq!(
                a.values.len(),
                b.values.len(),
                "{lang}.{}: {} strings in nb, {} here",
                a.key,
                a.values.len(),
                b.values.len()
            );
            for (x, y) in a.values.iter().zip(&b.values) {
                assert_eq!(
                    placeholders(x),
                    placeholders(y),
                    "{lang}.{}: {y:?} has other placeholders than nb's {x:?}",
                    a.key
                );
                assert_eq!(x.is_empty(), y.is_empty(), "{lang}.{} is blank", a.key);
            }
        }
    }
}

#[test]
fn english_texts_are_translated() {
    let nb = table("nb");
    let en = table("en");
    let untranslated: Vec<&str> = nb
        .iter()
        .zip(&en)
        .filter(|(a, b)| {
            a.key != "lang"
                && !SAME_IN_ENGLISH.contains(&a.key.as_str())
                && a.values.iter().zip(&b.values).any(|(x, y)| {
                    // Single words such as "Seminar" may well be the same; sentences may not.
                    x == y && x.split_whitespace().count() > 2
                })
        })
        .map(|(a, _)| a.key.as_str())
        .collect();
    assert!(
        untranslated.is_empty(),
        "still in bokmål in en.rs: {untranslated:?}"
    );
}

#[test]
fn nynorsk_texts_are_translated() {
    // Nynorsk shares many words with bokmål, so a single text may rightly be identical; a table
    // that is mostly identical has not been translated.
    let nb = table("nb");
    let nn = table("nn");
    let same = nb
        .iter()
        .zip(&nn)
        .filter(|(a, b)| {
            a.values.iter().any(|v| v.split_whitespace().count() > 3) && a.values == b.values
        })
        .count();
    let sentences = nb
        .iter()
        .filter(|a| a.values.iter().any(|v| v.split_whitespace().count() > 3))
        .count();
    assert!(
        same * 5 < sentences,
        "{same} of {sentences} sentences in nn.rs are word for word bokmål"
    );
}

#[test]
fn the_tables_in_the_binary_match_the_source_files() {
    use gevinstverksted::i18n::{Lang, EN, NB, NN};
    assert_eq!(Lang::Nb.texts().lang, "nb");
    assert_eq!(Lang::Nn.texts().lang, "nn");
    assert_eq!(Lang::En.texts().lang, "en");
    for (texts, file) in [(&NB, "nb"), (&NN, "nn"), (&EN, "en")] {
        let parsed = table(file);
        let text = |key: &str| {
            let entry = parsed.iter().find(|e| e.key == key);
            entry
                .unwrap_or_else(|| panic!("{key} is parsed"))
                .values
                .clone()
        };
        assert_eq!(text("home.title"), [texts.home.title]);
        // The leader texts are reached through the language's own table.
        assert_eq!(text("a3.field_owner"), [texts.a3().field_owner]);
        assert_eq!(text("report.title"), [texts.report().title]);
    }
}
