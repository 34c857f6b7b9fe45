//! Share links: a workspace part (a seminar's setup, a participant's notes, a group's answer,
//! one A3 sheet) packed into the URL fragment, so it never reaches a server. The packing is
//! the ordinary file (the envelope) → deflate → base64url (no padding) → `#/del/<data>`.
//! Opening the link decodes it with the one decode path and shows the import preview.

use crate::model::{decode_workspace, encode_workspace, DecodeError, Workspace};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The route prefix of a share link's fragment.
pub const PREFIX: &str = "#/del/";

/// The longest text of one part of a multi-part code: the byte capacity of a version-20 code
/// at error correction M, so every part is a code phone cameras read from a screen.
pub const PART_MAX_BYTES: usize = 666;

/// Longest packed data accepted when opening a link (a link is typed or scanned, never a
/// backup): 1 MB of base64 text.
pub const MAX_LINK_DATA: usize = 1024 * 1024;

/// Largest inflated document a link may hold, so a small link cannot expand without bound.
pub const MAX_INFLATED: usize = 8 * 1024 * 1024;

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Longer than [`MAX_LINK_DATA`].
    TooLong,
    /// Not base64url (cut off, or changed on the way).
    NotBase64,
    /// Not deflate data, or it expands beyond [`MAX_INFLATED`].
    Corrupt,
    /// Unpacked, but not a document this build reads.
    Decode(DecodeError),
}

/// The fragment data (without the prefix) for a workspace part.
pub fn pack(workspace: &Workspace) -> String {
    let json = encode_workspace(workspace);
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(deflated)
}

/// The whole link: `base` (the app's address without a fragment) + `#/del/` + data.
pub fn share_link(base: &str, workspace: &Workspace) -> String {
    format!("{base}{PREFIX}{}", pack(workspace))
}

/// Reads the data of a `#/del/…` fragment back; all or nothing.
pub fn unpack(data: &str) -> Result<Workspace, LinkError> {
    let data = data.trim();
    if data.len() > MAX_LINK_DATA {
        return Err(LinkError::TooLong);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| LinkError::NotBase64)?;
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_INFLATED)
        .map_err(|_| LinkError::Corrupt)?;
    let text = String::from_utf8(inflated).map_err(|_| LinkError::Corrupt)?;
    decode_workspace(&text).map_err(LinkError::Decode)
}

/// The packed data of a share link pasted or scanned as text (the part after `#/del/`), if
/// the text is one.
pub fn data_of(text: &str) -> Option<&str> {
    let (_, data) = text.trim().split_once(PREFIX)?;
    Some(data.split(['&', '#', ' ', '\n']).next().unwrap_or(data))
}

/// The highest QR version phone cameras read reliably from a screen.
pub const QR_MAX_READABLE_VERSION: i16 = 20;

/// The code for a link: error correction M (a smudged screen still scans) while that fits in
/// version [`QR_MAX_READABLE_VERSION`], else L, which packs the same link in fewer, larger
/// modules; longer links take the smallest version L allows.
fn qr_code(link: &str) -> Option<qrcode::QrCode> {
    let low = || qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::L);
    // Past what version 40 holds at level M (2 331 bytes), level L holds up to 2 953.
    let Ok(medium) =
        qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
    else {
        return low().ok();
    };
    match medium.version() {
        qrcode::Version::Normal(v) if v > QR_MAX_READABLE_VERSION => low().ok().or(Some(medium)),
        _ => Some(medium),
    }
}

/// The highest QR version printed on a sheet (issue 22): the largest there is. Printed 55 mm
/// wide (style/main.css, `.doc-qr`), version 40's 177 modules and quiet zone are 0.3 mm each,
/// which a phone camera reads from paper held close; a screen needs the larger modules of
/// [`QR_MAX_READABLE_VERSION`]. A sheet's link is 2–3 KB (seed 002's sheet: 2.2 KB).
pub const QR_MAX_PRINTED_VERSION: i16 = 40;

/// `link` as one QR code for print (SVG), or `None` when one printable code cannot hold it.
pub fn printed_qr_svg(link: &str) -> Option<String> {
    // Encoded once: the encoding is most of the cost of the printed sheet.
    let code = qr_code(link)?;
    let fits = matches!(code.version(), qrcode::Version::Normal(v) if v <= QR_MAX_PRINTED_VERSION);
    fits.then(|| svg_of(&code))
}

/// The QR version a link is drawn at (for tests and the size budget).
pub fn qr_version(link: &str) -> Option<i16> {
    match qr_code(link)?.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => Some(v),
    }
}

/// The texts to show as QR codes for `link`: the link itself when one code of at most
/// version [`QR_MAX_READABLE_VERSION`] holds it, else its numbered parts
/// ([`super::parts`]), each a code of at most that version; `None` if even the most parts
/// cannot hold it (the link and the file still work).
pub fn qr_texts(link: &str) -> Option<Vec<String>> {
    if qr_version(link).is_some_and(|v| v <= QR_MAX_READABLE_VERSION) {
        return Some(vec![link.to_owned()]);
    }
    let (base, data) = link.split_once(PREFIX)?;
    let parts = super::parts::split(base, data, PART_MAX_BYTES).ok()?;
    Some(parts.iter().map(|part| part.to_text(base)).collect())
}

/// `text` as a QR code in SVG (black on white, quiet zone included), or `None` if no code
/// holds it.
pub fn qr_svg(text: &str) -> Option<String> {
    qr_code(text).map(|code| svg_of(&code))
}

fn svg_of(code: &qrcode::QrCode) -> String {
    code.render::<qrcode::render::svg::Color>()
        // One user unit per module: the `viewBox` is the module count (quiet zone
        // included), which `platform::fit_qr_code` sizes to whole device pixels per module.
        .module_dimensions(1, 1)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .quiet_zone(true)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, Seminar, Timestamp};

    #[test]
    fn a_seminar_setup_fits_one_qr_code() {
        let mut w = Workspace::default();
        let mut seminar = Seminar::new(
            Id::new_random(),
            "Dialogseminar helse og omsorg, Levanger kommune",
            Timestamp(1_764_000_000_000),
        );
        seminar.date = "2026-11-24".into();
        w.add_seminar(seminar);
        let link = share_link("https://kommune.example.no/gevinstverksted/", &w);
        assert_eq!(
            qr_texts(&link),
            Some(vec![link.clone()]),
            "{} bytes",
            link.len()
        );
        assert!(qr_svg(&link).is_some_and(|svg| svg.starts_with("<?xml") && svg.contains("<svg")));
        assert_eq!(unpack(link.split(PREFIX).nth(1).unwrap()).unwrap(), w);
    }

    #[test]
    fn the_example_sheet_prints_as_one_code_and_a_far_larger_one_does_not() {
        let example =
            crate::model::workspace::example::example_workspace(Timestamp(1_764_000_000_000));
        let sheet = |s: crate::model::A3Sheet| Workspace {
            a3_sheets: vec![s],
            ..Default::default()
        };
        let base = "https://kommune.example.no/gevinstverksted/";
        let one = sheet(example.a3_sheets[0].clone());
        let link = share_link(base, &one);
        let version = qr_version(&link).unwrap();
        assert!(
            version > QR_MAX_READABLE_VERSION && version <= QR_MAX_PRINTED_VERSION,
            "version {version}, {} bytes",
            link.len()
        );
        assert!(printed_qr_svg(&link).is_some_and(|svg| svg.contains("<svg")));
        // The same sheet with twenty more measures of new text: no printable code holds it.
        let mut long = example.a3_sheets[0].clone();
        for i in 0..20 {
            let mut m = crate::model::a3::measure::Measure::new(Id::new_random());
            m.name = format!(
                "Tiltak {i} med en lang og unik beskrivelse {}",
                Id::new_random()
            );
            long.measures.push(m);
        }
        assert_eq!(printed_qr_svg(&share_link(base, &sheet(long))), None);
    }

    #[test]
    fn a_link_past_what_level_m_holds_prints_at_level_l() {
        // 2 600 bytes of lowercase text (byte mode): more than version 40 holds at level M
        // (2 331), less than at level L (2 953).
        let text: String = std::iter::repeat_with(|| Id::new_random().to_string())
            .flat_map(|id| id.chars().collect::<Vec<_>>())
            .filter_map(|c| c.to_digit(16))
            .map(|n| char::from(b'a' + n as u8))
            .take(2_600)
            .collect();
        assert!(
            qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
                .is_err()
        );
        assert!(
            qr_version(&text).is_some_and(|v| v > QR_MAX_READABLE_VERSION),
            "at level L"
        );
        assert!(printed_qr_svg(&text).is_some());
        let too_long: String = text.repeat(2);
        assert_eq!(printed_qr_svg(&too_long), None);
    }

    #[test]
    fn corrupt_links_are_refused_with_a_reason() {
        assert_eq!(unpack("ikke base64!"), Err(LinkError::NotBase64));
        assert_eq!(
            unpack("aGVp"),
            Err(LinkError::Corrupt),
            "base64, but not deflate"
        );
        let not_ours =
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"{\"a\":1}", 9));
        assert_eq!(
            unpack(&not_ours),
            Err(LinkError::Decode(DecodeError::WrongFormat))
        );
        assert_eq!(
            unpack(&"A".repeat(MAX_LINK_DATA + 1)),
            Err(LinkError::TooLong)
        );
        // A tiny link that would inflate to more than the limit (a "zip bomb").
        let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
            &vec![b' '; MAX_INFLATED + 1],
            9,
        ));
        assert!(bomb.len() < 20_000);
        assert_eq!(unpack(&bomb), Err(LinkError::Corrupt));
        // A link cut short on the way (a chat app wrapping it) fails, never half-imports.
        let w = Workspace::default();
        let data = pack(&w);
        assert!(unpack(&data[..data.len() / 2]).is_err());
    }

    #[test]
    fn the_data_is_found_in_a_pasted_or_scanned_link() {
        assert_eq!(data_of("https://x.no/app/#/del/eJyr"), Some("eJyr"));
        assert_eq!(data_of("  https://x.no/#/del/eJyr\n"), Some("eJyr"));
        assert_eq!(data_of("{\"format\": 1}"), None);
    }

    #[test]
    fn a_long_link_drops_to_error_correction_l_to_stay_readable() {
        // A seminar setup (about 600 characters) stays at M.
        let short = format!("https://x.no/{PREFIX}{}", "A".repeat(560));
        let medium =
            qrcode::QrCode::with_error_correction_level(short.as_bytes(), qrcode::EcLevel::M)
                .unwrap();
        assert_eq!(
            qr_version(&short),
            Some(match medium.version() {
                qrcode::Version::Normal(v) => v,
                qrcode::Version::Micro(v) => v,
            })
        );
        // A group answer of about 1 200 characters would need version 25 at M; at L it is 20.
        let answer = format!("https://x.no/{PREFIX}{}", "A".repeat(1_160));
        assert!(
            qr_version(&answer).unwrap() <= QR_MAX_READABLE_VERSION,
            "{:?}",
            qr_version(&answer)
        );
        assert!(qr_svg(&answer).is_some());
    }

    /// base64url text that does not compress into a QR code's digit or letter modes.
    fn packed_like(len: usize) -> String {
        (0..len)
            .map(|i| b"aZ3_-kQ9xYw7"[(i * 7 + i / 13) % 12] as char)
            .collect()
    }

    #[test]
    fn a_link_too_long_for_one_readable_code_becomes_parts() {
        let link = format!("https://x.no/app/{PREFIX}{}", packed_like(3_000));
        assert_eq!(qr_version(&link), None, "beyond even version 40");
        let texts = qr_texts(&link).unwrap();
        assert!(texts.len() >= 5, "{} parts", texts.len());
        // One that version 40 holds, but not version 20, is cut up too.
        let long = format!("https://x.no/app/{PREFIX}{}", packed_like(1_500));
        assert!(qr_version(&long).unwrap() > QR_MAX_READABLE_VERSION);
        assert_eq!(qr_texts(&long).unwrap().len(), 3);
        for text in &texts {
            assert!(text.len() <= PART_MAX_BYTES, "{}", text.len());
            assert!(text.starts_with("https://x.no/app/"));
            let code =
                qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
                    .unwrap();
            assert!(
                matches!(code.version(), qrcode::Version::Normal(v) if v <= QR_MAX_READABLE_VERSION)
            );
            assert!(qr_svg(text).is_some());
        }
    }

    #[test]
    fn links_too_long_even_for_parts_say_so() {
        let long = format!("https://x.no/{PREFIX}{}", packed_like(99 * PART_MAX_BYTES));
        assert_eq!(qr_texts(&long), None);
    }
}
