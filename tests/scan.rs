//! The scanner's decoder against codes as a camera sees them: every version the app's share
//! links use (1–20) at EC M and L filled to capacity, then turned, noisy and blurred like a
//! phone filming a screen, in camera-sized frames, in colour, two at once, and frames with no
//! code. Why the decoder is quircs and not rqrr is measured and written down above the burst test.
//!
//! Codes are made with the `qrcode` crate and rasterised here: each output pixel is the mean
//! of 4×4 samples inverse-mapped onto the rotated code (so edges are grey, as through a lens),
//! on a canvas larger than the code, then noise (a deterministic LCG, ±N per pixel, clamped)
//! and optionally a 3×3 box blur.
#![cfg(not(target_arch = "wasm32"))]

use gevinstverksted::scan::{decode_grey, decode_rgba, grey_from_rgba};
use qrcode::{Color, EcLevel, QrCode, Version};

/// The start of a share link; the rest is base64url-ish characters.
const PREFIX: &str = "https://levanger.kommune.no/gevinst/#/del/";
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A deterministic LCG (Knuth's MMIX constants); the high bits are used.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    /// Uniform in `-n..=n`.
    fn offset(&mut self, n: i32) -> i32 {
        if n == 0 {
            0
        } else {
            (self.next() % (2 * n as u32 + 1)) as i32 - n
        }
    }
}

/// A share-link-like text of exactly `len` bytes (the prefix, cut short if `len` is smaller).
fn link_text(len: usize, seed: u64) -> String {
    let mut rng = Lcg(seed);
    let mut s = String::from(&PREFIX[..len.min(PREFIX.len())]);
    while s.len() < len {
        s.push(B64URL[rng.next() as usize % B64URL.len()] as char);
    }
    s
}

/// The longest share-link-like text that fits `version` at `ec` (its byte capacity, found by
/// bisection since `qrcode` picks the segment modes itself).
fn full_text(version: i16, ec: EcLevel, seed: u64) -> String {
    let fits = |len: usize| {
        QrCode::with_version(link_text(len, seed), Version::Normal(version), ec).is_ok()
    };
    let (mut lo, mut hi) = (1usize, 4000usize);
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    link_text(lo, seed)
}

/// A code's modules, `true` = dark, row-major, `width` per side (no quiet zone).
struct Modules {
    dark: Vec<bool>,
    width: usize,
}

fn modules(text: &str, version: i16, ec: EcLevel) -> Modules {
    let code = QrCode::with_version(text, Version::Normal(version), ec).expect("text fits");
    Modules {
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
        width: code.width(),
    }
}

/// Where and how a code lies in the frame.
struct Placement {
    /// Pixels per module.
    scale: f64,
    /// Clockwise, in degrees.
    degrees: f64,
    /// The code's centre in the frame, in pixels.
    centre: (f64, f64),
}

const QUIET: usize = 4;

/// A frame as linear RGB floats (0–255), to be turned into grey or RGBA bytes.
struct Frame {
    w: usize,
    h: usize,
    px: Vec<[f64; 3]>,
}

impl Frame {
    fn new(w: usize, h: usize, background: [f64; 3]) -> Self {
        Frame {
            w,
            h,
            px: vec![background; w * h],
        }
    }

    /// Draws a code (with its quiet zone) in `light` and `dark`: each pixel is the mean of 4×4
    /// samples, a sample outside the code keeps the pixel's colour.
    fn draw(&mut self, m: &Modules, at: &Placement, light: [f64; 3], dark: [f64; 3]) {
        const SS: usize = 4;
        let side = (m.width + 2 * QUIET) as f64 * at.scale;
        let (sin, cos) = at.degrees.to_radians().sin_cos();
        // The module (in the code with its quiet zone) under a point of the frame, if any.
        let cell = |x: f64, y: f64| {
            let (dx, dy) = (x - at.centre.0, y - at.centre.1);
            // Inverse of a clockwise turn (y down): into the code's own axes.
            let u = cos * dx + sin * dy + side / 2.0;
            let v = -sin * dx + cos * dy + side / 2.0;
            (u >= 0.0 && v >= 0.0 && u < side && v < side)
                .then(|| ((u / at.scale) as usize, (v / at.scale) as usize))
        };
        let colour = |cell: (usize, usize)| {
            let (mx, my) = cell;
            let inside =
                (QUIET..QUIET + m.width).contains(&mx) && (QUIET..QUIET + m.width).contains(&my);
            if inside && m.dark[(my - QUIET) * m.width + (mx - QUIET)] {
                dark
            } else {
                light
            }
        };
        let reach = side * (sin.abs() + cos.abs()) / 2.0 + 2.0;
        let x0 = (at.centre.0 - reach).floor().max(0.0) as usize;
        let x1 = ((at.centre.0 + reach).ceil() as usize).min(self.w);
        let y0 = (at.centre.1 - reach).floor().max(0.0) as usize;
        let y1 = ((at.centre.1 + reach).ceil() as usize).min(self.h);
        for y in y0..y1 {
            for x in x0..x1 {
                let (fx, fy) = (x as f64, y as f64);
                let corners = [
                    cell(fx, fy),
                    cell(fx + 1.0, fy),
                    cell(fx, fy + 1.0),
                    cell(fx + 1.0, fy + 1.0),
                ];
                let pixel = &mut self.px[y * self.w + x];
                // A pixel whose corners lie in one module lies in it whole (modules are convex).
                if corners.iter().all(|c| *c == corners[0]) {
                    if let Some(c) = corners[0] {
                        *pixel = colour(c);
                    }
                    continue;
                }
                let mut sum = [0.0; 3];
                for sy in 0..SS {
                    for sx in 0..SS {
                        let sample = cell(
                            fx + (sx as f64 + 0.5) / SS as f64,
                            fy + (sy as f64 + 0.5) / SS as f64,
                        )
                        .map_or(*pixel, colour);
                        for c in 0..3 {
                            sum[c] += sample[c];
                        }
                    }
                }
                *pixel = sum.map(|s| s / (SS * SS) as f64);
            }
        }
    }

    /// A 3×3 box blur (edges clamp).
    fn blur(&mut self) {
        let (w, h) = (self.w as isize, self.h as isize);
        let src = self.px.clone();
        for y in 0..h {
            for x in 0..w {
                let mut sum = [0.0; 3];
                for dy in -1..=1 {
                    for dx in -1..=1 {
                        let (sx, sy) = ((x + dx).clamp(0, w - 1), (y + dy).clamp(0, h - 1));
                        let p = src[(sy * w + sx) as usize];
                        for c in 0..3 {
                            sum[c] += p[c];
                        }
                    }
                }
                self.px[(y * w + x) as usize] = sum.map(|s| s / 9.0);
            }
        }
    }

    /// Bytes per channel with noise ±`noise` (each channel its own draw), clamped.
    fn bytes(&self, noise: i32, seed: u64, channels: usize) -> Vec<u8> {
        let mut rng = Lcg(seed);
        let mut out = Vec::with_capacity(self.w * self.h * channels);
        for p in &self.px {
            for c in 0..channels {
                let v = if channels == 1 { p[0] } else { p[c.min(2)] };
                let v = if c == 3 { 255.0 } else { v };
                let n = if c == 3 { 0 } else { rng.offset(noise) };
                out.push((v.round() as i32 + n).clamp(0, 255) as u8);
            }
        }
        out
    }

    fn grey(&self, noise: i32, seed: u64) -> Vec<u8> {
        self.bytes(noise, seed, 1)
    }

    fn rgba(&self, noise: i32, seed: u64) -> Vec<u8> {
        self.bytes(noise, seed, 4)
    }
}

/// A phone screen filmed: black is not black, white is not white.
const SCREEN_LIGHT: [f64; 3] = [225.0; 3];
const SCREEN_DARK: [f64; 3] = [35.0; 3];

/// How a single code is filmed.
#[derive(Clone, Copy)]
struct Shot {
    /// Pixels per module.
    scale: f64,
    degrees: f64,
    noise: i32,
    blur: bool,
}

/// Frames per burst: a live scanner sees about ten frames a second, each with the code a
/// fraction of a pixel and of a degree elsewhere and with fresh sensor noise.
const BURST: u64 = 10;

/// Frame `k` of a burst: a single code on a canvas of the screen's white with room for it to
/// turn; shifted by a fraction of a pixel and turned by a fraction of a degree per frame.
fn shot_frame(m: &Modules, shot: Shot, k: u64) -> (usize, Vec<u8>) {
    let side = (m.width + 2 * QUIET) as f64 * shot.scale;
    let (sin, cos) = shot.degrees.to_radians().sin_cos();
    let canvas = (side * (sin.abs() + cos.abs())).ceil() as usize + 16;
    let mut frame = Frame::new(canvas, canvas, SCREEN_LIGHT);
    let c = canvas as f64 / 2.0 + 0.3 + 0.13 * k as f64;
    let at = Placement {
        scale: shot.scale,
        degrees: shot.degrees + 0.4 * k as f64,
        centre: (c, c + 0.21 * k as f64),
    };
    frame.draw(m, &at, SCREEN_LIGHT, SCREEN_DARK);
    if shot.blur {
        frame.blur();
    }
    (canvas, frame.grey(shot.noise, 7 + k))
}

/// The first frame of a burst that decodes to exactly `text` (and nothing else).
fn first_hit(text: &str, version: i16, ec: EcLevel, shot: Shot) -> Option<u64> {
    let m = modules(text, version, ec);
    (0..BURST).find(|&k| {
        let (side, grey) = shot_frame(&m, shot, k);
        decode_grey(side, side, &grey) == [text]
    })
}

fn ec_name(ec: EcLevel) -> &'static str {
    match ec {
        EcLevel::L => "L",
        EcLevel::M => "M",
        EcLevel::Q => "Q",
        EcLevel::H => "H",
    }
}

/// A code drawn upright on the pixel grid, black on white, `scale` whole pixels per module.
fn aligned_frame(m: &Modules, scale: usize) -> (usize, Vec<u8>) {
    let side = (m.width + 2 * QUIET) * scale;
    let grey = (0..side * side)
        .map(|i| {
            let (mx, my) = ((i % side) / scale, (i / side) / scale);
            let inside =
                (QUIET..QUIET + m.width).contains(&mx) && (QUIET..QUIET + m.width).contains(&my);
            if inside && m.dark[(my - QUIET) * m.width + (mx - QUIET)] {
                0
            } else {
                255
            }
        })
        .collect();
    (side, grey)
}

/// Every version the share links use, filled to capacity, upright and clean on the pixel grid:
/// 3 px/module from version 10, 4 below. Every single frame must decode to the exact text.
/// (Off the pixel grid at 3 px/module even an upright clean code may fail: rendered with its
/// edges a fraction of a pixel off the grid, several of v16–v19 did not decode. The bursts
/// below cover codes off the grid.)
#[test]
fn every_version_at_ec_m_and_l_decodes_to_the_exact_text() {
    let mut failed = Vec::new();
    for version in 1..=20i16 {
        for ec in [EcLevel::M, EcLevel::L] {
            let text = full_text(version, ec, version as u64);
            let scale = if version >= 10 { 3 } else { 4 };
            let (side, grey) = aligned_frame(&modules(&text, version, ec), scale);
            let found = decode_grey(side, side, &grey);
            if found != [text.clone()] {
                failed.push(format!(
                    "v{version} {} ({} bytes): {found:?}",
                    ec_name(ec),
                    text.len()
                ));
            }
        }
    }
    assert!(failed.is_empty(), "not decoded: {failed:#?}");
}

// Turned, noisy and blurred codes. The decoder (quircs) was chosen over rqrr on frames like
// these: rqrr, which takes each code's geometry from the exact corner pixels of its finder
// patterns, read a v20 code with blur and ±30 noise in 1 of 25 frames at 4 px/module and 8 of
// 25 at 8 px/module, and needed 6 px/module without the combination of blur and noise to pass
// the bursts below. quircs passed them all at 5 px/module, and all but one of 150 at 4.
#[test]
fn turned_noisy_blurred_codes_decode_within_a_burst() {
    // At 4 px/module nearly every case decodes in a burst (the misses are printed, and at most
    // 2 of the 150 are allowed; at 5 px/module all did, which is not rerun here to keep
    // `make test` short).
    for (scale, allowed) in [(4.0, 2)] {
        let mut failed = Vec::new();
        let mut tried = 0;
        for version in [1i16, 5, 10, 15, 20] {
            for ec in [EcLevel::M, EcLevel::L] {
                let text = full_text(version, ec, 100 + version as u64);
                for degrees in [0.0, 7.0, 30.0, 90.0, 180.0] {
                    for (noise, blur) in [(10, true), (30, true), (30, false)] {
                        let shot = Shot {
                            scale: if version == 1 { scale + 2.0 } else { scale },
                            degrees,
                            noise,
                            blur,
                        };
                        tried += 1;
                        if first_hit(&text, version, ec, shot).is_none() {
                            failed.push(format!(
                                "v{version} {} at {degrees}° ±{noise} blur {blur}",
                                ec_name(ec)
                            ));
                        }
                    }
                }
            }
        }
        eprintln!(
            "{scale} px/module: {} of {tried} bursts without a decode: {failed:?}",
            failed.len()
        );
        assert!(
            failed.len() <= allowed,
            "{scale} px/module: {} of {tried} bursts without a decode: {failed:#?}",
            failed.len()
        );
    }
}

/// A camera frame `w`×`h` with a version 20 code (EC M) filling 70 % of its height in a grey
/// room, turned by 5° (and a fraction more per frame `k`), blurred, with noise ±`noise`.
fn camera_frame(w: usize, h: usize, noise: i32, blur: bool, k: u64) -> (String, Vec<u8>) {
    let text = full_text(20, EcLevel::M, 2020);
    let m = modules(&text, 20, EcLevel::M);
    let scale = 0.7 * h as f64 / (m.width + 2 * QUIET) as f64;
    let mut frame = Frame::new(w, h, [110.0; 3]);
    let at = Placement {
        scale,
        degrees: 5.0 + 0.3 * k as f64,
        centre: (
            w as f64 / 2.0 + 11.3 + 0.17 * k as f64,
            h as f64 / 2.0 - 6.7 + 0.23 * k as f64,
        ),
    };
    frame.draw(&m, &at, SCREEN_LIGHT, SCREEN_DARK);
    if blur {
        frame.blur();
    }
    (text, frame.grey(noise, 99 + k))
}

/// At 1280×720 the v20 code has 4.8 px/module; about 4 frames in 10 decode.
#[test]
fn a_camera_frame_decodes_within_a_burst() {
    let hit = (0..BURST).find(|&k| {
        let (text, grey) = camera_frame(1280, 720, 10, true, k);
        let start = std::time::Instant::now();
        let found = decode_grey(1280, 720, &grey);
        // A rough native timing (`cargo test --release --test scan -- --nocapture`), no assert.
        eprintln!(
            "1280×720 frame {k}: {:?}, {} code(s)",
            start.elapsed(),
            found.len()
        );
        found == [text]
    });
    assert!(hit.is_some());
}

/// At 640×480 the v20 code has 3.2 px/module: about two frames in ten decode (without blur),
/// which is why the scanner asks the camera for 1280×720. Never a wrong text.
#[test]
fn a_small_camera_frame_is_timed_and_gives_no_wrong_text() {
    let mut hits = 0;
    for k in 0..BURST {
        let (text, grey) = camera_frame(640, 480, 10, false, k);
        let start = std::time::Instant::now();
        let found = decode_grey(640, 480, &grey);
        eprintln!(
            "640×480 frame {k}: {:?}, {} code(s)",
            start.elapsed(),
            found.len()
        );
        assert!(found.iter().all(|t| *t == text), "{found:?}");
        hits += usize::from(found == [text]);
    }
    eprintln!("640×480: {hits} of {BURST} frames decoded");
    assert!(hits > 0);
}

#[test]
fn an_rgba_frame_decodes_within_a_burst() {
    let (w, h) = (640, 480);
    let text = full_text(10, EcLevel::M, 10);
    let m = modules(&text, 10, EcLevel::M);
    let hit = (0..BURST).any(|k| {
        let mut frame = Frame::new(w, h, [40.0, 110.0, 170.0]);
        let at = Placement {
            scale: 5.0,
            degrees: -3.0 - 0.4 * k as f64,
            centre: (330.0 + 0.3 * k as f64, 235.0),
        };
        frame.draw(&m, &at, [235.0, 230.0, 200.0], [50.0, 20.0, 70.0]);
        frame.blur();
        decode_rgba(w, h, &frame.rgba(10, 5 + k)) == [text.clone()]
    });
    assert!(hit);
}

#[test]
fn two_codes_in_one_frame_are_both_found() {
    let (w, h) = (640, 480);
    let first = full_text(5, EcLevel::M, 1);
    let second = full_text(7, EcLevel::L, 2);
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    let hit = (0..BURST).any(|k| {
        let mut frame = Frame::new(w, h, [200.0; 3]);
        let d = 0.3 * k as f64;
        let a = Placement {
            scale: 5.0,
            degrees: 4.0 + d,
            centre: (155.0 + d, 240.0),
        };
        let b = Placement {
            scale: 5.0,
            degrees: -10.0 - d,
            centre: (480.0, 235.0 + d),
        };
        frame.draw(
            &modules(&first, 5, EcLevel::M),
            &a,
            SCREEN_LIGHT,
            SCREEN_DARK,
        );
        frame.draw(
            &modules(&second, 7, EcLevel::L),
            &b,
            SCREEN_LIGHT,
            SCREEN_DARK,
        );
        frame.blur();
        let mut found = decode_grey(w, h, &frame.grey(10, 3 + k));
        found.sort();
        found == expected
    });
    assert!(hit);
}

#[test]
fn frames_without_a_code_give_nothing() {
    let (w, h) = (640, 480);
    assert!(decode_grey(w, h, &vec![255; w * h]).is_empty(), "white");
    assert!(decode_grey(w, h, &vec![0; w * h]).is_empty(), "black");
    assert!(
        decode_rgba(w, h, &vec![255; w * h * 4]).is_empty(),
        "white RGBA"
    );
    for seed in 1..=3 {
        // Pixel noise, and blocks of 1, 4 and 7 px (finder-like runs appear in these by chance).
        let mut rng = Lcg(seed);
        let noise: Vec<u8> = (0..w * h).map(|_| rng.next() as u8).collect();
        assert!(decode_grey(w, h, &noise).is_empty(), "noise, seed {seed}");
        let block = seed as usize * 3 - 2;
        let cells: Vec<u8> = (0..(w / block + 1) * (h / block + 1))
            .map(|_| if rng.next() % 2 == 0 { 20 } else { 230 })
            .collect();
        let blocky: Vec<u8> = (0..w * h)
            .map(|i| cells[(i / w / block) * (w / block + 1) + (i % w) / block])
            .collect();
        assert!(
            decode_grey(w, h, &blocky).is_empty(),
            "{block} px blocks, seed {seed}"
        );
    }
}

#[test]
fn wrong_sized_buffers_give_nothing() {
    let text = full_text(5, EcLevel::M, 5);
    let (side, grey) = aligned_frame(&modules(&text, 5, EcLevel::M), 4);
    assert_eq!(
        decode_grey(side, side, &grey),
        [text.as_str()],
        "the frame itself decodes"
    );
    assert!(decode_grey(side, side - 1, &grey).is_empty());
    assert!(decode_grey(side + 1, side, &grey).is_empty());
    assert!(decode_grey(side, side, &grey[1..]).is_empty());
    assert!(decode_grey(0, side, &grey).is_empty());
    assert!(decode_grey(0, 0, &[]).is_empty());
    assert!(decode_grey(usize::MAX, 2, &grey).is_empty());
    assert!(decode_grey(1, 1, &[0]).is_empty());
    assert!(decode_grey(1, 3, &[0, 255, 0]).is_empty());
    // An RGBA frame is four times the pixels, neither more nor fewer bytes.
    let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
    assert_eq!(decode_rgba(side, side, &rgba), [text]);
    assert!(decode_rgba(side, side, &rgba[..rgba.len() - 1]).is_empty());
    assert!(decode_rgba(side, side, &grey).is_empty());
    assert!(decode_rgba(usize::MAX / 2, 3, &rgba).is_empty());
}

#[test]
fn grey_is_bt601_luma() {
    let rgba = [
        255, 255, 255, 0, // white, transparent: alpha ignored
        0, 0, 0, 255, // black
        255, 0, 0, 255, // red
        0, 255, 0, 255, // green
        0, 0, 255, 255, // blue
        128, 128, 128, 255, // grey stays grey
        9, 9, // a trailing partial pixel is dropped
    ];
    assert_eq!(grey_from_rgba(&rgba), [255, 0, 77, 149, 29, 128]);
}
