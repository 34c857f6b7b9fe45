//! QR decoding of camera frames, for the in-app scanner.
//!
//! A frame from the camera arrives as RGBA (4 bytes per pixel, read back from a canvas), is
//! reduced to greyscale and given to `quircs` (a pure-Rust port of quirc), which finds the
//! codes, samples their modules and corrects errors. quircs was chosen over `rqrr` (the other
//! quirc port) because it read far more of the codes a phone sees: on versions 10, 15 and 20
//! at 4 px per module, turned 0–45° and blurred, quircs read 21 of 24 and rqrr 10. Everything
//! here is plain Rust on byte slices, so it is tested natively; it
//! is used by the scanner's Web Worker, not by the app's first load.
//!
//! Nothing here panics on a buffer of the wrong size: such a frame gives no codes. Should the
//! decoder itself panic on some odd frame, that ends the worker, and the page starts another
//! (see `platform::camera`).

/// Greyscale (luma, BT.601 integer approximation) of an RGBA buffer (4 bytes per pixel).
///
/// `Y = (77 R + 150 G + 29 B + 128) >> 8`; alpha is ignored, and so is a trailing partial pixel.
pub fn grey_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let y = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128;
            (y >> 8) as u8
        })
        .collect()
}

/// The texts of every QR code found in a greyscale frame of `width`×`height` (row-major).
///
/// Wrong-sized buffers give an empty list, never a panic. Codes that fail to decode are skipped.
pub fn decode_grey(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width.checked_mul(height) != Some(grey.len()) {
        return Vec::new();
    }
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, grey)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// Convenience: `decode_grey(grey_from_rgba(..))`.
///
/// `rgba` must hold exactly `width`×`height` pixels of 4 bytes, else the list is empty.
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    let expected = width.checked_mul(height).and_then(|n| n.checked_mul(4));
    if expected != Some(rgba.len()) {
        return Vec::new();
    }
    decode_grey(width, height, &grey_from_rgba(rgba))
}
