//! NOK amounts, årsverk and other exact decimals: parsing what people type and showing numbers
//! the Norwegian way.
//!
//! Everything is [`Decimal`]; no floating point is used anywhere, so sums such as
//! `0.1 + 0.1 + …` stay exact and budget tables add up to the øre.
//!
//! # Parsing rules ([`parse_number`])
//!
//! 1. Leading and trailing whitespace is ignored.
//! 2. One currency word — `kr`, `kr.` or `NOK`, case-insensitive — may stand at the start or at
//!    the end (`"kr 1 400 000"`, `"1 400 000 kr"`, `"NOK1400000"`). Only one currency word per
//!    number; a word must not run into letters (`"krone 5"` is not a number).
//! 3. A trailing whole-kroner mark `,-` or `,–` (en dash) is removed (`"1 400 000,-"`), and so is a
//!    trailing `%` (`"12,6 %"` = 12.6). Each decoration at most once.
//! 4. One optional sign: `-`, `−` (U+2212 MINUS SIGN) or `+`. It stands first, either before the
//!    currency word (`"-kr 500"`) or after it (`"kr -500"`); whitespace may follow it. A sign
//!    anywhere else (`"5-"`, `"1-2"`) or a second sign (`"--5"`) makes the text
//!    [`NumberError::NotANumber`].
//! 5. What remains may contain only ASCII digits, `.`, `,` and the space characters
//!    U+0020, U+00A0 (no-break space), U+202F (narrow no-break space) and U+2009 (thin space).
//!    Anything else (letters, `1e5`, `½`, tabs, …) is [`NumberError::NotANumber`].
//! 6. Choosing the decimal separator:
//!    * both `.` and `,` occur: the one occurring *last* is the decimal separator and must occur
//!      exactly once (`"1,400,000.00"`, `"1.400.000,00"`); the other one is a grouping separator.
//!      If the last one occurs more than once (`"1,2,3.4.5"`) it is `NotANumber`;
//!    * only one kind occurs, exactly once: it is the decimal separator. So `"1,400"` = 1.4
//!      (a single comma is always the Norwegian decimal comma) and — deliberately — `"1.400"` =
//!      1.4 as well: a single dot is always a decimal point, which is what makes English-style
//!      input like `"1400000.00"` work. Write `"1 400"` or `"1400"` for one thousand four hundred;
//!    * only one kind occurs, more than once: it is a grouping separator (`"1.400.000"`,
//!      `"1,400,000"`).
//! 7. Spaces (rule 5) are always grouping separators; a run of several spaces counts as one.
//!    Kinds may be mixed in one number (`"1 400.000,00"`).
//! 8. If the integer part contains any grouping separator, it must be a first group of 1–3 digits
//!    followed by groups of exactly 3 digits, else [`NumberError::BadGrouping`] (`"1 40 000"`,
//!    `"1.40.000"`, `"1234 567"`). Two punctuation separators in a row, a punctuation separator
//!    next to a space, or a separator at the start or end of the integer part (`"12..5"`,
//!    `"1. 400"`, `"1 400 ,5"`) are `NotANumber`: they look like typos, not like grouping.
//! 9. The integer part may be empty when there are decimals (`",5"` = 0.5). The decimal separator
//!    must be followed by at least one digit (`"5,"` and `","` are `NotANumber`); the decimals
//!    are plain digits without any grouping.
//! 10. At most 4 decimals (NOK needs 2, årsverk 2, indicators rarely more), counting the digits as
//!     typed (`"1,00000"` is [`NumberError::TooManyDecimals`]).
//! 11. The absolute value must not exceed [`MAX_ABS`] (ten trillion), else
//!     [`NumberError::TooLarge`]. Arbitrarily long digit strings are rejected without overflow
//!     or panic.
//! 12. Text that is empty after removing whitespace, the currency word, `,-` and `%` is
//!     [`NumberError::Empty`] (`""`, `"  "`, `"kr"`, `",-"`, `"%"`). A lone sign (`"-"`,
//!     `"kr -"`) is `NotANumber`.
//!
//! The result keeps the scale that was typed (`"2,60"` has scale 2); `-0` is returned as plain 0.
//! Errors are reported in this order of precedence: `Empty`, `NotANumber`, `BadGrouping`,
//! `TooManyDecimals`, `TooLarge`.
//!
//! # Formatting rules ([`format_number`] and friends)
//!
//! Round with [`RoundingStrategy::MidpointAwayFromZero`] to the requested number of decimals,
//! always show exactly that many decimals after a decimal comma, group the integer part in
//! threes with U+00A0 NO-BREAK SPACE, and put U+2212 MINUS SIGN in front of negative values. A
//! value that rounds to zero never gets a minus sign.

use rust_decimal::{Decimal, RoundingStrategy};

/// Why typed text is not a number. (The UI maps each variant to a Norwegian message.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Only whitespace and/or currency decorations (`kr`, `NOK`, `,-`, `%`).
    Empty,
    /// Letters, two decimal separators, misplaced or repeated signs, separators without digits.
    NotANumber,
    /// Thousands separators that do not split the integer part into groups of three digits,
    /// e.g. `"1 40 000"` or `"1.40.000"`.
    BadGrouping,
    /// Absolute value above [`MAX_ABS`].
    TooLarge,
    /// More than [`MAX_DECIMALS`] decimals (NOK and årsverk never need more).
    TooManyDecimals,
}

/// Largest absolute value accepted: 10 000 000 000 000 (ten trillion).
// 10^13 = 0x918_4E72_A000.
pub const MAX_ABS: Decimal = Decimal::from_parts(0x4E72_A000, 0x918, 0, false, 0);

/// Most decimals [`parse_number`] accepts.
pub const MAX_DECIMALS: usize = 4;

/// Digits in [`MAX_ABS`]; an integer part with more significant digits is always too large.
const MAX_INT_DIGITS: usize = 14;

/// Most decimals [`format_number`] shows (the largest scale a [`Decimal`] can have).
const MAX_FORMAT_DECIMALS: u32 = 28;

const NBSP: char = '\u{a0}';
const MINUS_SIGN: char = '\u{2212}';

/// Parses a number as Norwegians type it (amounts in NOK, årsverk, indicator values).
///
/// See the module documentation for the exact rules. Never panics.
pub fn parse_number(input: &str) -> Result<Decimal, NumberError> {
    let mut rest = input.trim();

    // Sign (possibly before the currency word), currency word, sign after the currency word.
    let mut negative = None;
    if let Some((neg, after)) = strip_sign(rest) {
        negative = Some(neg);
        rest = after.trim_start();
    }
    let mut had_currency = false;
    if let Some(after) = strip_currency_prefix(rest) {
        had_currency = true;
        rest = after.trim_start();
        if negative.is_none() {
            if let Some((neg, after)) = strip_sign(rest) {
                negative = Some(neg);
                rest = after.trim_start();
            }
        }
    }

    // Trailing decorations, each at most once, in any order.
    let mut had_whole_mark = false;
    let mut had_percent = false;
    loop {
        rest = rest.trim_end();
        if !had_currency {
            if let Some(before) = strip_currency_suffix(rest) {
                had_currency = true;
                rest = before;
                continue;
            }
        }
        if !had_whole_mark {
            if let Some(before) = rest
                .strip_suffix(",-")
                .or_else(|| rest.strip_suffix(",\u{2013}"))
            {
                had_whole_mark = true;
                rest = before;
                continue;
            }
        }
        if !had_percent {
            if let Some(before) = rest.strip_suffix('%') {
                had_percent = true;
                rest = before;
                continue;
            }
        }
        break;
    }

    if rest.is_empty() {
        return Err(if negative.is_some() {
            NumberError::NotANumber
        } else {
            NumberError::Empty
        });
    }

    let value = parse_unsigned(rest)?;
    if negative == Some(true) && !value.is_zero() {
        Ok(-value)
    } else {
        Ok(value)
    }
}

/// Parses the bare number left after signs and decorations are gone (rules 5–11).
fn parse_unsigned(body: &str) -> Result<Decimal, NumberError> {
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_space(c))
    {
        return Err(NumberError::NotANumber);
    }

    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    // (decimal separator, punctuation used for grouping)
    let (decimal_sep, group_punct) = match (dots, commas) {
        (0, 0) => (None, None),
        (1, 0) => (Some('.'), None),
        (0, 1) => (Some(','), None),
        (_, 0) => (None, Some('.')),
        (0, _) => (None, Some(',')),
        _ => {
            let last = body.rfind(['.', ',']).map(|i| body.as_bytes()[i]);
            if last == Some(b'.') {
                if dots != 1 {
                    return Err(NumberError::NotANumber);
                }
                (Some('.'), Some(','))
            } else {
                if commas != 1 {
                    return Err(NumberError::NotANumber);
                }
                (Some(','), Some('.'))
            }
        }
    };

    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => match body.split_once(sep) {
            Some((int_part, frac_part)) => (int_part, Some(frac_part)),
            None => (body, None),
        },
        None => (body, None),
    };

    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
    }

    let int_digits = parse_integer_part(int_part, group_punct, frac_part.is_some())?;
    let frac_digits = frac_part.unwrap_or("");

    if frac_digits.len() > MAX_DECIMALS {
        return Err(NumberError::TooManyDecimals);
    }
    let significant = int_digits.trim_start_matches('0');
    if significant.len() > MAX_INT_DIGITS {
        return Err(NumberError::TooLarge);
    }

    // At most 14 + 4 = 18 digits: always fits in an i64.
    let mut mantissa: i64 = 0;
    for b in significant.bytes().chain(frac_digits.bytes()) {
        mantissa = mantissa * 10 + i64::from(b - b'0');
    }
    // frac_digits.len() <= 4, so the cast cannot truncate.
    let value = Decimal::new(mantissa, frac_digits.len() as u32);
    if value > MAX_ABS {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

/// Checks the grouping of the integer part (rules 7–9) and returns its digits without
/// separators.
fn parse_integer_part(
    int_part: &str,
    group_punct: Option<char>,
    has_decimals: bool,
) -> Result<String, NumberError> {
    #[derive(PartialEq)]
    enum Prev {
        Start,
        Digit,
        Space,
        Punct,
    }

    let mut digits = String::with_capacity(int_part.len());
    let mut groups: Vec<usize> = Vec::new();
    let mut current = 0usize;
    let mut prev = Prev::Start;
    for c in int_part.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            current += 1;
            prev = Prev::Digit;
        } else if is_group_space(c) {
            match prev {
                Prev::Digit => {
                    groups.push(current);
                    current = 0;
                }
                Prev::Space => {}
                Prev::Start | Prev::Punct => return Err(NumberError::NotANumber),
            }
            prev = Prev::Space;
        } else if Some(c) == group_punct && prev == Prev::Digit {
            groups.push(current);
            current = 0;
            prev = Prev::Punct;
        } else {
            return Err(NumberError::NotANumber);
        }
    }
    match prev {
        Prev::Digit => groups.push(current),
        Prev::Start if has_decimals => {}
        _ => return Err(NumberError::NotANumber),
    }

    if let Some((first, others)) = groups.split_first() {
        if !others.is_empty() && (*first > 3 || others.iter().any(|&len| len != 3)) {
            return Err(NumberError::BadGrouping);
        }
    }
    Ok(digits)
}

/// Spaces accepted as thousands separators inside a number.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Splits off a leading `-`, `−` or `+`; returns (is negative, rest).
fn strip_sign(s: &str) -> Option<(bool, &str)> {
    let mut chars = s.chars();
    let negative = match chars.next()? {
        '-' | MINUS_SIGN => true,
        '+' => false,
        _ => return None,
    };
    Some((negative, chars.as_str()))
}

/// The currency words, longest first so that `kr.` wins over `kr`.
const CURRENCY_WORDS: [&str; 3] = ["kr.", "nok", "kr"];

/// Removes a leading currency word that is not followed by a letter.
fn strip_currency_prefix(s: &str) -> Option<&str> {
    CURRENCY_WORDS.iter().find_map(|word| {
        let head = s.get(..word.len())?;
        let rest = s.get(word.len()..)?;
        let runs_on = rest.chars().next().is_some_and(char::is_alphabetic);
        (head.eq_ignore_ascii_case(word) && !runs_on).then_some(rest)
    })
}

/// Removes a trailing currency word that is not preceded by a letter.
fn strip_currency_suffix(s: &str) -> Option<&str> {
    CURRENCY_WORDS.iter().find_map(|word| {
        let split = s.len().checked_sub(word.len())?;
        let head = s.get(..split)?;
        let tail = s.get(split..)?;
        let runs_on = head.chars().next_back().is_some_and(char::is_alphabetic);
        (tail.eq_ignore_ascii_case(word) && !runs_on).then_some(head)
    })
}

/// Formats with `decimals` decimals (rounded half away from zero), thousands grouped with
/// U+00A0 NO-BREAK SPACE, decimal comma, and U+2212 MINUS SIGN for negatives.
///
/// A value that rounds to zero is shown without a sign. `decimals` above 28 (the largest scale
/// a [`Decimal`] can hold) is treated as 28.
pub fn format_number(value: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(MAX_FORMAT_DECIMALS);
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    // round_dp never increases the scale, so scale <= decimals here.
    let scale = rounded.scale() as usize;
    let decimals = decimals as usize;

    let mut digits = rounded.mantissa().unsigned_abs().to_string();
    if digits.len() <= scale {
        // Make sure there is at least one integer digit ("0,05", not ",05").
        let zeros = scale + 1 - digits.len();
        digits.insert_str(0, &"0".repeat(zeros));
    }
    let (int_digits, frac_digits) = digits.split_at(digits.len() - scale);

    let mut out = String::with_capacity(int_digits.len() * 2 + decimals + 4);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push(MINUS_SIGN);
    }
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(NBSP);
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push(',');
        out.push_str(frac_digits);
        for _ in scale..decimals {
            out.push('0');
        }
    }
    out
}

/// "1 400 000,00 kr" (format_number with 2 decimals + U+00A0 + "kr").
pub fn format_nok(value: Decimal) -> String {
    let mut out = format_number(value, 2);
    out.push(NBSP);
    out.push_str("kr");
    out
}

/// Whole kroner, as in budget tables: "−18 425 474" (0 decimals, no "kr").
pub fn format_whole(value: Decimal) -> String {
    format_number(value, 0)
}

/// Årsverk: "2,60" (2 decimals).
pub fn format_fte(value: Decimal) -> String {
    format_number(value, 2)
}

/// Exact sum (Decimal addition, never floats).
///
/// Saturates at [`Decimal::MAX`] / [`Decimal::MIN`] instead of panicking; with values accepted by
/// [`parse_number`] that needs about 10^15 terms, so in practice the sum is always exact.
pub fn sum<'a>(values: impl IntoIterator<Item = &'a Decimal>) -> Decimal {
    values
        .into_iter()
        .fold(Decimal::ZERO, |acc, v| acc.saturating_add(*v))
}

/// How a [`Decimal`] appears in the schema: a string, as it is serialized.
#[cfg(feature = "schema")]
pub struct DecimalString;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DecimalString {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": format!(
                "An exact decimal number as a string, with '.' as the decimal point and no \
                 grouping or exponent, e.g. \"1400000.00\" or \"-0.5\". Its absolute value \
                 is at most {MAX_ABS}."
            ),
            "type": "string",
            "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test literal is a valid decimal")
    }

    /// Replaces "␣" with U+00A0 so expected strings are readable.
    fn nb(s: &str) -> String {
        s.replace('␣', "\u{a0}")
    }

    #[test]
    fn max_abs_is_ten_trillion() {
        assert_eq!(MAX_ABS, Decimal::from(10_000_000_000_000i64));
    }

    #[test]
    fn accepts_all_spellings_of_1400000() {
        let inputs = [
            "1400000",
            "1 400 000,00",
            "1400000.00",
            "1.400.000,00",
            "kr 1 400 000",
            "1 400 000 kr",
            "1 400 000,- ",
            "NOK 1400000",
            "1\u{a0}400\u{a0}000,00",
            "1\u{202f}400\u{202f}000,00",
            "1\u{2009}400\u{2009}000,00",
            "1,400,000.00",
            "  1400000  ",
            "1.400.000",
            "1,400,000",
            "1 400.000,00",
            "kr. 1 400 000",
            "KR 1 400 000",
            "nok 1 400 000",
            "1400000kr",
            "1 400 000 NOK",
            "kr 1 400 000,-",
            "1 400 000,\u{2013}",
            "1  400  000",
        ];
        for input in inputs {
            assert_eq!(
                parse_number(input),
                Ok(Decimal::from(1_400_000)),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn accepts_small_numbers_and_signs() {
        let cases = [
            ("2,60", "2.60"),
            ("2.6", "2.6"),
            ("0,5", "0.5"),
            (",5", "0.5"),
            ("-18 425 474", "-18425474"),
            ("\u{2212}18 425 474", "-18425474"),
            ("12,6", "12.6"),
            ("12,6 %", "12.6"),
            ("12,6%", "12.6"),
            ("+5", "5"),
            ("1.400", "1.4"),
            ("1,400", "1.4"),
            ("-kr 500", "-500"),
            ("kr -500", "-500"),
            ("kr \u{2212}500", "-500"),
            ("- 500", "-500"),
            ("-500 kr", "-500"),
            ("0", "0"),
            ("007", "7"),
            ("1,2345", "1.2345"),
            ("10 000 000 000 000", "10000000000000"),
            ("-10 000 000 000 000", "-10000000000000"),
            ("0000000000000000000001", "1"),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_number(input), Ok(d(expected)), "input {input:?}");
        }
    }

    #[test]
    fn keeps_typed_scale() {
        assert_eq!(parse_number("2,60").unwrap().scale(), 2);
        assert_eq!(parse_number("1 400 000").unwrap().scale(), 0);
    }

    #[test]
    fn negative_zero_is_plain_zero() {
        let zero = parse_number("-0,00").unwrap();
        assert!(zero.is_zero());
        assert!(!zero.is_sign_negative());
        assert_eq!(format_number(zero, 2), "0,00");
    }

    #[test]
    fn rejects_bad_input_with_the_right_error() {
        use NumberError::*;
        let nines = "9".repeat(500);
        let nines_with_decimals = format!("{nines},99");
        let many_zero_decimals = format!("1,{}", "0".repeat(500));
        let cases: Vec<(&str, NumberError)> = vec![
            ("", Empty),
            ("   ", Empty),
            ("kr", Empty),
            ("NOK", Empty),
            (" kr. ", Empty),
            (",-", Empty),
            ("%", Empty),
            ("abc", NotANumber),
            ("1,2,3.4.5", NotANumber),
            ("1.2.3,4,5", NotANumber),
            ("12..5", NotANumber),
            ("--5", NotANumber),
            ("-+5", NotANumber),
            ("-kr -5", NotANumber),
            ("5-", NotANumber),
            ("1-2", NotANumber),
            ("1e5", NotANumber),
            (",", NotANumber),
            (".", NotANumber),
            ("-", NotANumber),
            ("kr -", NotANumber),
            ("5,", NotANumber),
            ("½", NotANumber),
            ("١٢٣", NotANumber),
            ("1\t400", NotANumber),
            ("1. 400", NotANumber),
            ("1 400 ,5", NotANumber),
            (".400,00", NotANumber),
            ("1,5 0", NotANumber),
            ("kr 5 kr", NotANumber),
            ("krone 5", NotANumber),
            ("5 kroner", NotANumber),
            ("12,6 % %", NotANumber),
            ("1 40 000", BadGrouping),
            ("1.40.000", BadGrouping),
            ("1,40,000", BadGrouping),
            ("1234 567", BadGrouping),
            ("1 4000", BadGrouping),
            ("1 400.00.000", BadGrouping),
            ("1,00000", TooManyDecimals),
            ("0,12345", TooManyDecimals),
            ("1.400000", TooManyDecimals),
            (&many_zero_decimals, TooManyDecimals),
            (&nines, TooLarge),
            (&nines_with_decimals, TooLarge),
            ("10 000 000 000 000,01", TooLarge),
            ("-10 000 000 000 001", TooLarge),
            ("99999999999999", TooLarge),
        ];
        assert!(cases.len() >= 15);
        for (input, expected) in cases {
            assert_eq!(parse_number(input), Err(expected), "input {input:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "\u{0}", "kr\u{a0}", "∞", "NaN", "💰 5", "5 💰", "kr.", "k", "n", ",,,,", "....",
            "   ,   ", "−", "+", "é", "krø",
        ];
        for input in odd {
            assert!(parse_number(input).is_err(), "input {input:?}");
        }
        let huge = format!("-1{}", " 000".repeat(10_000));
        assert_eq!(parse_number(&huge), Err(NumberError::TooLarge));
    }

    #[test]
    fn formats_nok() {
        assert_eq!(format_nok(d("1400000")), nb("1␣400␣000,00␣kr"));
        assert_eq!(format_nok(d("700000.5")), nb("700␣000,50␣kr"));
        assert_eq!(format_nok(Decimal::ZERO), nb("0,00␣kr"));
        assert_eq!(format_nok(d("-1234.5")), nb("\u{2212}1␣234,50␣kr"));
    }

    #[test]
    fn formats_fte_and_whole() {
        assert_eq!(format_fte(d("2.6")), "2,60");
        assert_eq!(format_fte(d("1")), "1,00");
        assert_eq!(format_whole(d("-18425474")), nb("\u{2212}18␣425␣474"));
        assert_eq!(format_whole(d("258427430")), nb("258␣427␣430"));
        assert_eq!(format_whole(d("999")), "999");
        assert_eq!(format_whole(d("1000")), nb("1␣000"));
        assert_eq!(format_whole(d("100000")), nb("100␣000"));
    }

    #[test]
    fn formats_with_rounding() {
        assert_eq!(format_number(d("12.345"), 1), "12,3");
        assert_eq!(format_number(d("0.05"), 1), "0,1");
        assert_eq!(format_number(d("-0.05"), 1), "\u{2212}0,1");
        assert_eq!(format_number(d("0.25"), 1), "0,3");
        assert_eq!(format_number(d("-0.004"), 2), "0,00");
        assert_eq!(format_number(d("-0.4"), 0), "0");
        assert_eq!(format_number(d("999.995"), 2), nb("1␣000,00"));
        assert_eq!(format_number(d("0.0001"), 4), "0,0001");
        assert_eq!(format_number(d("5"), 0), "5");
        assert_eq!(format_number(d("1.5"), 0), "2");
        assert_eq!(format_number(d("2.5"), 0), "3");
    }

    #[test]
    fn formats_extremes_without_panicking() {
        assert_eq!(
            format_number(Decimal::MAX, 0),
            nb("79␣228␣162␣514␣264␣337␣593␣543␣950␣335")
        );
        assert!(format_number(Decimal::MIN, 2).starts_with('\u{2212}'));
        let tiny = format_number(Decimal::new(1, 28), u32::MAX);
        assert_eq!(tiny, format!("0,{}1", "0".repeat(27)));
    }

    #[test]
    fn seed_figures() {
        let tiltak = [
            parse_number("1 400 000,00").unwrap(),
            parse_number("700 000,00").unwrap(),
        ];
        assert_eq!(sum(&tiltak), d("2100000"));
        assert_eq!(format_nok(sum(&tiltak)), nb("2␣100␣000,00␣kr"));

        let aarsverk = [parse_number("2,00").unwrap(), parse_number("1,00").unwrap()];
        assert_eq!(format_fte(sum(&aarsverk)), "3,00");

        let budsjett = parse_number("258 427 430").unwrap();
        let regnskap = parse_number("276 852 904").unwrap();
        let resultat = budsjett - regnskap;
        assert_eq!(resultat, d("-18425474"));
        assert_eq!(format_whole(resultat), nb("\u{2212}18␣425␣474"));
    }

    #[test]
    fn round_trips_through_formatting() {
        let values = [
            "0",
            "1",
            "-1",
            "0.5",
            "2.6",
            "12.345",
            "-0.004",
            "999.995",
            "1400000",
            "700000.5",
            "-18425474",
            "258427430",
            "1234567.891",
            "-9999999999999.99",
            "10000000000000",
        ];
        for text in values {
            let v = d(text);
            let rounded = v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            assert_eq!(
                parse_number(&format_number(v, 2)),
                Ok(rounded),
                "value {text}"
            );
            assert_eq!(parse_number(&format_nok(v)), Ok(rounded), "value {text}");
            let whole = v.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            assert_eq!(parse_number(&format_whole(v)), Ok(whole), "value {text}");
        }
    }

    #[test]
    fn sum_is_exact() {
        let tenth = d("0.1");
        assert_eq!(sum(&[tenth; 10]), Decimal::ONE);
        assert_eq!(sum(&[]), Decimal::ZERO);
        assert_eq!(sum(&[d("0.1"), d("0.2")]), d("0.3"));
        assert_eq!(sum(&[Decimal::MAX, Decimal::ONE]), Decimal::MAX);
    }
}
