//! Share links too long for one QR code, cut into numbered parts: each part is itself a link,
//! `<base>#/deler/<i>/<n>/<id>/<chunk>`, so a phone's camera app that scans one opens the app.
//! `i` counts from 1 to `n` (at most [`MAX_PARTS`]); `id` is [`hash_id`] of the whole packed
//! data (the part after `#/del/`, see [`super::link`]), in 8 lowercase hex digits; the chunks
//! joined in order are that data. The scanning side collects parts in any order in an
//! [`Assembly`] and checks the joined data against `id` before handing it on.

use super::link::MAX_LINK_DATA;

/// The route prefix of a part's fragment.
pub const PARTS_PREFIX: &str = "#/deler/";

/// The most parts one payload is cut into (two digits in the part text).
pub const MAX_PARTS: usize = 99;

/// One numbered piece of a payload's packed data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// 1-based position of the chunk, at most `total`.
    pub index: u8,
    /// How many parts the payload is cut into, 2 to [`MAX_PARTS`] (1 only if built by hand).
    pub total: u8,
    /// [`hash_id`] of the whole data: tells payloads apart and checks the joined result.
    pub id: u32,
    /// This part's slice of the data (base64url characters).
    pub chunk: String,
}

impl Part {
    /// The part as a link: `base` (the app's address without a fragment) + `#/deler/` +
    /// `<index>/<total>/<id as 8 lowercase hex>/<chunk>`.
    pub fn to_text(&self, base: &str) -> String {
        format!(
            "{base}{PARTS_PREFIX}{}/{}/{:08x}/{}",
            self.index, self.total, self.id, self.chunk
        )
    }

    /// The part in a pasted or scanned text, if the text (trimmed) holds one: `#/deler/` may
    /// stand anywhere, and the chunk ends at `&`, `#`, a space or a line break, as in
    /// [`super::link::data_of`]. `None` for anything malformed: numbers that are not 1 or 2
    /// plain digits (no sign, no leading zero), an index of 0 or above the total, a total
    /// below 2 or above [`MAX_PARTS`], an id that is not 8 lowercase hex digits, an empty
    /// chunk, one longer than [`MAX_LINK_DATA`], or one with a character outside base64url.
    pub fn parse(text: &str) -> Option<Part> {
        let (_, rest) = text.trim().split_once(PARTS_PREFIX)?;
        let mut fields = rest.splitn(4, '/');
        let index = small_number(fields.next()?)?;
        let total = small_number(fields.next()?)?;
        let id = hex_id(fields.next()?)?;
        let chunk = fields.next()?.split(['&', '#', ' ', '\n']).next()?;
        let valid = (2..=MAX_PARTS as u8).contains(&total)
            && (1..=total).contains(&index)
            && !chunk.is_empty()
            && chunk.len() <= MAX_LINK_DATA
            && is_base64url(chunk);
        valid.then(|| Part {
            index,
            total,
            id,
            chunk: chunk.to_owned(),
        })
    }

    /// Whether [`Part::parse`] could have returned this part (apart from the chunk's
    /// characters): index within 1..=total, total at most [`MAX_PARTS`].
    fn is_well_formed(&self) -> bool {
        usize::from(self.total) <= MAX_PARTS && (1..=self.total).contains(&self.index)
    }
}

/// `1`..`99` written as 1 or 2 ASCII digits without a leading zero.
fn small_number(text: &str) -> Option<u8> {
    let plain = (1..=2).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    plain.then(|| text.parse().ok()).flatten()
}

/// Exactly 8 lowercase hex digits.
fn hex_id(text: &str) -> Option<u32> {
    let hex = text.len() == 8 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex.then(|| u32::from_str_radix(text, 16).ok()).flatten()
}

/// Only `A`–`Z`, `a`–`z`, `0`–`9`, `-` and `_`.
fn is_base64url(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The payload id: the first (high) 32 bits of the FNV-1a 64-bit hash of `data`. Not a
/// cryptographic check, only enough to tell payloads apart and to catch a misread chunk.
/// Written in a part as 8 lowercase hex digits (`{:08x}`).
pub fn hash_id(data: &str) -> u32 {
    /// FNV-1a 64-bit offset basis.
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    /// FNV-1a 64-bit prime, 2^40 + 2^8 + 0xb3.
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = data.bytes().fold(OFFSET_BASIS, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    });
    (hash >> 32) as u32
}

/// Why data could not be cut into parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitError {
    /// It would take more than [`MAX_PARTS`] parts, or `max_text_len` leaves no room for a
    /// chunk next to the base and the part's numbers.
    TooLarge,
    /// Fewer than 2 characters: nothing to cut (such data fits a plain link).
    TooShort,
    /// A character outside base64url: not packed data, and no part could be parsed back.
    NotBase64,
}

/// Cuts packed `data` into the fewest parts whose text (with `base`, see [`Part::to_text`])
/// is at most `max_text_len` bytes each, the chunks as equal in length as possible (they
/// differ by at most one character; the longer ones come first). Always at least two parts:
/// whether the data would do as one plain `#/del/` link is the caller's decision (see
/// [`super::link::qr_texts`]).
pub fn split(base: &str, data: &str, max_text_len: usize) -> Result<Vec<Part>, SplitError> {
    if !is_base64url(data) {
        return Err(SplitError::NotBase64);
    }
    if data.len() < 2 {
        return Err(SplitError::TooShort);
    }
    let total = (2..=MAX_PARTS)
        .find(|&n| {
            let capacity = max_text_len.saturating_sub(part_overhead(base, n));
            data.len().div_ceil(n) <= capacity
        })
        .ok_or(SplitError::TooLarge)?;
    let id = hash_id(data);
    let (short, longer) = (data.len() / total, data.len() % total);
    let mut start = 0;
    Ok((0..total)
        .map(|i| {
            let end = start + short + usize::from(i < longer);
            let chunk = data[start..end].to_owned();
            start = end;
            Part {
                index: (i + 1) as u8,
                total: total as u8,
                id,
                chunk,
            }
        })
        .collect())
}

/// The bytes of a part text around its chunk when the payload has `total` parts, counting
/// the index at its widest (as many digits as `total`).
fn part_overhead(base: &str, total: usize) -> usize {
    let digits = total.to_string().len();
    // "<i>/<n>/<id>/": two numbers, an 8-digit id and three slashes.
    base.len() + PARTS_PREFIX.len() + 2 * digits + 8 + 3
}

/// The scanning side: collects the parts of one payload in any order. Starts empty; the first
/// part accepted fixes the payload (its id and total) until it completes, turns out corrupt,
/// or is discarded with [`Assembly::reset`] or [`Assembly::restart_with`].
#[derive(Clone, Debug, Default)]
pub struct Assembly {
    current: Option<Collecting>,
}

/// The payload being collected.
#[derive(Clone, Debug)]
struct Collecting {
    id: u32,
    /// One slot per part, `total` long.
    chunks: Vec<Option<String>>,
    have: usize,
}

/// What accepting a part did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// A part not seen before: `have` of `total` collected now.
    Added { have: usize, total: usize },
    /// A part already collected (a camera sees the same code many times a second): nothing
    /// changes. Also a part with the same index and id but another chunk, which is a
    /// misread: the first chunk is kept, and if it was the misread one the joined data fails
    /// its check and gives [`Progress::Corrupt`].
    Duplicate { have: usize, total: usize },
    /// A part of a different payload (another id or total) while one is being collected, or
    /// a part built by hand that [`Part::parse`] would refuse: ignored, the collected parts
    /// are kept. `have` and `total` are those of the payload being collected (0 and 0 if
    /// none).
    OtherPayload { have: usize, total: usize },
    /// The last part: the chunks joined hash to the id. The whole packed data, for
    /// [`super::link::unpack`]; the assembly is empty again.
    Complete(String),
    /// All parts are there but the joined data does not hash to the id (a misread chunk):
    /// the assembly is empty again, to scan from the start.
    Corrupt,
}

impl Assembly {
    /// Takes a scanned part; see [`Progress`] for what can happen. A repeated part costs a
    /// comparison of ids and a look at one slot.
    pub fn accept(&mut self, part: Part) -> Progress {
        if !part.is_well_formed() {
            return self.other_payload();
        }
        let current = self.current.get_or_insert_with(|| Collecting {
            id: part.id,
            chunks: vec![None; usize::from(part.total)],
            have: 0,
        });
        let total = current.chunks.len();
        if current.id != part.id || total != usize::from(part.total) {
            return self.other_payload();
        }
        let slot = &mut current.chunks[usize::from(part.index) - 1];
        if slot.is_some() {
            return Progress::Duplicate {
                have: current.have,
                total,
            };
        }
        *slot = Some(part.chunk);
        current.have += 1;
        if current.have < total {
            return Progress::Added {
                have: current.have,
                total,
            };
        }
        let done = self.current.take().expect("collecting");
        let data: String = done.chunks.into_iter().flatten().collect();
        if hash_id(&data) == done.id {
            Progress::Complete(data)
        } else {
            Progress::Corrupt
        }
    }

    fn other_payload(&self) -> Progress {
        Progress::OtherPayload {
            have: self.have(),
            total: self.total().unwrap_or(0),
        }
    }

    /// How many different parts are collected.
    pub fn have(&self) -> usize {
        self.current.as_ref().map_or(0, |c| c.have)
    }

    /// How many parts the payload being collected has, or `None` if nothing is collected.
    pub fn total(&self) -> Option<usize> {
        self.current.as_ref().map(|c| c.chunks.len())
    }

    /// The 1-based indices of the parts still missing, in order (empty if nothing is being
    /// collected), for the screen.
    pub fn missing(&self) -> Vec<u8> {
        self.current.as_ref().map_or_else(Vec::new, |c| {
            (1..=c.chunks.len() as u8)
                .zip(&c.chunks)
                .filter(|(_, chunk)| chunk.is_none())
                .map(|(index, _)| index)
                .collect()
        })
    }

    /// Discards everything collected (the user starts over).
    pub fn reset(&mut self) {
        self.current = None;
    }

    /// Discards everything collected and begins with `part` (the user turned to another
    /// screen's code).
    pub fn restart_with(&mut self, part: Part) -> Progress {
        self.reset();
        self.accept(part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_id_is_the_high_half_of_fnv1a_64() {
        // Published FNV-1a 64-bit test vectors.
        assert_eq!(hash_id(""), 0xcbf2_9ce4);
        assert_eq!(hash_id("a"), 0xaf63_dc4c);
        assert_eq!(hash_id("foobar"), 0x8594_4171);
        assert_ne!(hash_id("AAAB"), hash_id("AABA"));
    }

    #[test]
    fn a_part_reads_back_from_its_text() {
        let part = Part {
            index: 3,
            total: 12,
            id: 0x00ab_cdef,
            chunk: "eJyr-_09".into(),
        };
        let text = part.to_text("https://x.no/app/");
        assert_eq!(text, "https://x.no/app/#/deler/3/12/00abcdef/eJyr-_09");
        assert_eq!(Part::parse(&text), Some(part.clone()));
        assert_eq!(
            Part::parse(&format!("  \n{text}\r\n ")),
            Some(part.clone()),
            "surrounding whitespace"
        );
        assert_eq!(Part::parse(&format!("{text}&utm=x")), Some(part.clone()));
        assert_eq!(Part::parse(&format!("Skann: {text} takk")), Some(part));
        assert_eq!(
            super::super::link::data_of(&text),
            None,
            "a part is not a plain link"
        );
    }

    #[test]
    fn malformed_part_texts_are_refused() {
        let base = "https://x.no/#/deler/";
        for (text, why) in [
            ("https://x.no/#/del/eJyr", "a plain link"),
            ("eJyr", "no prefix"),
            ("https://x.no/#/deler/0/3/00abcdef/eJyr", "index 0"),
            (
                "https://x.no/#/deler/4/3/00abcdef/eJyr",
                "index above total",
            ),
            ("https://x.no/#/deler/1/1/00abcdef/eJyr", "total 1"),
            ("https://x.no/#/deler/1/100/00abcdef/eJyr", "total 100"),
            ("https://x.no/#/deler/01/3/00abcdef/eJyr", "leading zero"),
            ("https://x.no/#/deler/+1/3/00abcdef/eJyr", "sign"),
            (
                "https://x.no/#/deler/a/3/00abcdef/eJyr",
                "index not a number",
            ),
            ("https://x.no/#/deler/1/3/abcdef/eJyr", "id of 6 digits"),
            ("https://x.no/#/deler/1/3/00abcdef0/eJyr", "id of 9 digits"),
            ("https://x.no/#/deler/1/3/00ABCDEF/eJyr", "id in upper case"),
            ("https://x.no/#/deler/1/3/0xabcdef/eJyr", "id not hex"),
            ("https://x.no/#/deler/1/3/00abcdef/", "empty chunk"),
            ("https://x.no/#/deler/1/3/00abcdef", "no chunk"),
            (
                "https://x.no/#/deler/1/3/00abcdef/&x",
                "chunk empty before junk",
            ),
            (
                "https://x.no/#/deler/1/3/00abcdef/eJ+r",
                "chunk not base64url",
            ),
            ("https://x.no/#/deler/1/3/00abcdef/eJ/r", "slash in chunk"),
            ("https://x.no/#/deler/1/3/00abcdef/eJyr=", "padding"),
            ("https://x.no/#/deler/1/3/00abcdef/ø", "non-ASCII chunk"),
            ("https://x.no/#/deler/1//00abcdef/eJyr", "no total"),
        ] {
            assert_eq!(Part::parse(text), None, "{why}: {text}");
        }
        let long = format!("{base}1/2/00abcdef/{}", "A".repeat(MAX_LINK_DATA + 1));
        assert_eq!(Part::parse(&long), None, "chunk too long");
    }

    #[test]
    fn split_refuses_what_it_cannot_cut() {
        assert_eq!(split("b/", "A", 100), Err(SplitError::TooShort));
        assert_eq!(split("b/", "", 100), Err(SplitError::TooShort));
        assert_eq!(split("b/", "eJ+r", 100), Err(SplitError::NotBase64));
        // Base, prefix, "1/2/", id and slash take 2 + 8 + 4 + 9 = 23 bytes: no room left.
        assert_eq!(split("b/", "AAAA", 23), Err(SplitError::TooLarge));
        assert_eq!(split("b/", "AAAA", 24).map(|p| p.len()), Ok(4));
    }

    #[test]
    fn a_hand_built_part_outside_its_total_is_ignored() {
        let mut assembly = Assembly::default();
        let bad = Part {
            index: 0,
            total: 2,
            id: 1,
            chunk: "A".into(),
        };
        assert_eq!(
            assembly.accept(bad),
            Progress::OtherPayload { have: 0, total: 0 }
        );
        assert_eq!(assembly.total(), None);
    }
}
