//! A hybrid logical clock: stamps `(wall ms, counter, replica)` ordered in that order, so an
//! edit made after a device has seen a stamp always gets a greater one, whatever the device's
//! wall clock says (see [`Clock::tick`]).
//!
//! A stamp is written as text: `<wall base 36>.<counter base 36>.<replica>`, e.g.
//! `mf2k8s1c.0.k3j9x2`. The replica is a short random name of the device (kept in device
//! state, not in the document); the empty replica marks stamps made by the migration from
//! version 1 (`<updated>.<n>.`).

use crate::model::entity::Timestamp;
use std::cmp::Ordering;
use std::fmt;

/// One point of the clock; also the identity of the edit it stamps (a "dot"). `Copy`: a
/// merge reads thousands of stamps, and none of them allocates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stamp {
    pub wall: i64,
    pub count: u32,
    pub replica: Replica,
}

/// A replica name (at most [`Replica::MAX`] ASCII letters and digits) held inline.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Replica {
    // Zero-padded: the padding sorts before every character, so the order is the text's.
    bytes: [u8; Replica::MAX],
    len: u8,
}

impl Replica {
    pub const MAX: usize = 16;

    /// The name, if it is one: at most [`Replica::MAX`] ASCII letters and digits.
    pub fn new(name: &str) -> Option<Self> {
        let ok = name.len() <= Self::MAX && name.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| {
            let mut bytes = [0; Self::MAX];
            bytes[..name.len()].copy_from_slice(name.as_bytes());
            Replica {
                bytes,
                len: name.len() as u8,
            }
        })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII goes in (see `new`).
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl From<&str> for Replica {
    /// For names this program makes ([`replica_name`], tests); one that is not a name
    /// becomes the empty (migration's) replica.
    fn from(name: &str) -> Self {
        Replica::new(name).unwrap_or_default()
    }
}

impl fmt::Debug for Replica {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.wall, self.count, &self.replica).cmp(&(other.wall, other.count, &other.replica))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Stamp {
    /// The stamp every field of a version-1 entity takes: its `updated`, counter `count`,
    /// the migration's empty replica.
    pub fn migrated(updated: Timestamp, count: u32) -> Self {
        Stamp {
            wall: updated.0,
            count,
            replica: Replica::default(),
        }
    }

    /// Whether this is a version-1 entity's stamp (see [`Stamp::migrated`]): unlike an
    /// edit's stamp, two such stamps can be equal for different values.
    pub fn is_migrated(&self) -> bool {
        self.replica.is_empty()
    }

    /// Reads the text form; `None` if it is not one (or its time is out of range).
    pub fn parse(text: &str) -> Option<Self> {
        let (wall, count, replica) = Self::parts(text)?;
        Some(Stamp {
            wall,
            count,
            replica,
        })
    }

    /// Whether `text` reads as a stamp ([`Stamp::parse`] without making one).
    pub fn is_valid(text: &str) -> bool {
        Self::parts(text).is_some()
    }

    fn parts(text: &str) -> Option<(i64, u32, Replica)> {
        // `<wall>.<count>.<replica>`; the replica has no dot (see `Replica::new`).
        let first = text.bytes().position(|b| b == b'.')?;
        let (wall, rest) = (&text[..first], &text[first + 1..]);
        let second = rest.bytes().position(|b| b == b'.')?;
        let wall = base36_i64(wall)?;
        let count = base36_u32(&rest[..second])?;
        let replica = Replica::new(&rest[second + 1..])?;
        Timestamp(wall).is_valid().then_some((wall, count, replica))
    }
}

/// The value of up to `max` lower-case base-36 digits, the form this program writes; `None`
/// for anything else, which then goes to the standard parser (signs, upper case, overflow).
/// A merge reads every stamp of both copies: this is most of it.
fn base36_short(text: &str, max: usize) -> Option<u64> {
    if text.is_empty() || text.len() > max {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'z' => b - b'a' + 10,
            _ => return None,
        };
        Some(n * 36 + u64::from(digit))
    })
}

fn base36_i64(text: &str) -> Option<i64> {
    // 36^12 < 2^63: twelve digits always fit.
    match base36_short(text, 12) {
        Some(n) => i64::try_from(n).ok(),
        None => i64::from_str_radix(text, 36).ok(),
    }
}

fn base36_u32(text: &str) -> Option<u32> {
    // 36^6 < 2^32: six digits always fit.
    match base36_short(text, 6) {
        Some(n) => u32::try_from(n).ok(),
        None => u32::from_str_radix(text, 36).ok(),
    }
}

fn base36(mut n: u64, out: &mut String) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = [0u8; 16];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(buf[i..].iter().map(|&b| b as char));
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(24);
        base36(self.wall.max(0) as u64, &mut text);
        text.push('.');
        base36(self.count as u64, &mut text);
        text.push('.');
        text.push_str(self.replica.as_str());
        f.write_str(&text)
    }
}

/// A device's clock: the greatest stamp it has issued or seen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    last: (i64, u32),
}

impl Clock {
    /// Takes note of a stamp seen (in a document received or an entity about to change), so
    /// the next [`Clock::tick`] is greater.
    pub fn observe(&mut self, seen: &Stamp) {
        self.last = self.last.max((seen.wall, seen.count));
    }

    /// A new stamp for `replica`, greater than every stamp issued or observed: the wall clock
    /// if it is ahead, else the last time with the counter one up.
    pub fn tick(&mut self, wall: Timestamp, replica: &str) -> Stamp {
        let wall = wall.0.clamp(Timestamp::MIN.0, Timestamp::MAX.0);
        self.last = if wall > self.last.0 {
            (wall, 0)
        } else if self.last.1 == u32::MAX {
            (self.last.0 + 1, 0)
        } else {
            (self.last.0, self.last.1 + 1)
        };
        Stamp {
            wall: self.last.0,
            count: self.last.1,
            replica: Replica::from(replica),
        }
    }
}

/// A new random replica name: 8 base-36 characters from `random` (e.g. a uuid's bits).
pub fn replica_name(random: u128) -> String {
    let mut text = String::new();
    base36((random as u64) % 2_821_109_907_456, &mut text); // 36^8
    format!("{text:0>8}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_round_trip_through_text_and_order_by_time_counter_replica() {
        let a = Stamp {
            wall: 1_700_000_000_000,
            count: 3,
            replica: "ab12".into(),
        };
        assert_eq!(Stamp::parse(&a.to_string()), Some(a));
        assert_eq!(Stamp::parse("0.0."), Some(Stamp::default()));
        for bad in [
            "",
            "x",
            "1.2",
            "-1.0.a",
            "1.0.a-b",
            "zzzzzzzzzzzz.0.a",
            "1..a",
            "1.zzzzzzz.a",
        ] {
            assert_eq!(Stamp::parse(bad), None, "{bad}");
        }
        // Forms this program does not write read as the standard parser reads them.
        for (text, wall, count) in [
            ("MF2K8S1C.0.a", 1_756_818_279_408_i64, 0),
            ("+1.+z.a", 1, 35),
            ("mf2k8s1c.1ekf.a", 1_756_818_279_408, 65_535),
        ] {
            let stamp = Stamp::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((stamp.wall, stamp.count), (wall, count), "{text}");
        }
        let later_count = Stamp { count: 4, ..a };
        let later_replica = Stamp {
            replica: "ab13".into(),
            ..a
        };
        assert!(a < later_count && a < later_replica && later_replica < later_count);
    }

    #[test]
    fn replica_names_are_held_inline_and_keep_the_text_order() {
        let sixteen = "abcdefghijklmnop";
        assert_eq!(
            Replica::new(sixteen).map(|r| r.as_str().to_owned()),
            Some(sixteen.into())
        );
        assert_eq!(Replica::new("abcdefghijklmnopq"), None, "17 characters");
        assert_eq!(Replica::new("a-b"), None);
        assert!(Stamp::parse("1.0.abcdefghijklmnopq").is_none());
        assert!(Replica::from("").is_empty() && Replica::from("a b").is_empty());
        let mut names = ["ab1", "b", "", "ab", "Z", "a"];
        let mut replicas = names.map(Replica::from);
        names.sort();
        replicas.sort();
        assert_eq!(
            replicas.map(|r| r.as_str().to_owned()),
            names.map(str::to_owned)
        );
    }

    #[test]
    fn a_tick_is_after_everything_seen_whatever_the_wall_clock() {
        let mut clock = Clock::default();
        let first = clock.tick(Timestamp(1000), "a");
        assert_eq!((first.wall, first.count), (1000, 0));
        let same_ms = clock.tick(Timestamp(1000), "a");
        assert!(same_ms > first);
        // A stamp from a device a year ahead: the next local tick still comes after it.
        let ahead = Stamp {
            wall: 1000 + 365 * 24 * 3_600_000,
            count: 7,
            replica: "z".into(),
        };
        clock.observe(&ahead);
        let next = clock.tick(Timestamp(2000), "a");
        assert!(next > ahead, "{next} > {ahead}");
        assert_eq!(replica_name(0), "00000000");
        assert_eq!(replica_name(u128::MAX).len(), 8);
    }
}
