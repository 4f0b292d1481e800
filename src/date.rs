//! Dates as pages write them, read and checked with a calendar: `published` and `modified`.
//!
//! A date that names a time and an offset comes out as RFC 3339 with whole seconds and the
//! page's own offset (`2024-03-19T08:30:00+01:00`, `Z` kept as `Z`). A date without a time, or
//! with a time but no zone, comes out as the date alone (`2024-03-19`): the day is known, the
//! instant is not. A date that does not exist on the calendar (month 13, 31 April, 29 February
//! of a common year), a year outside 1900–2100 (the zero dates and far-future placeholders of
//! content systems), an impossible time or offset: no date at all.

use jiff::civil::{Date, Time};
use jiff::tz::Offset;
use regex::Regex;
use std::sync::LazyLock;

/// The years a news page's date may name.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=2100;

/// A date read from a page: a day, or an instant with the page's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date,
    /// The time of day and its offset; `None` for a date alone. `true` when the page wrote
    /// the offset as `Z` (or `UTC`, `GMT`).
    pub time: Option<(Time, Offset, bool)>,
}

impl Stamp {
    /// RFC 3339 (`2024-03-19T08:30:00+01:00`), or the date alone (`2024-03-19`).
    pub fn to_rfc3339(self) -> String {
        let d = self.date;
        let date = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
        let Some((t, off, z)) = self.time else {
            return date;
        };
        let secs = off.seconds();
        let zone = if z && secs == 0 {
            "Z".to_string()
        } else {
            let sign = if secs < 0 { '-' } else { '+' };
            let a = secs.unsigned_abs();
            format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
        };
        format!(
            "{date}T{:02}:{:02}:{:02}{zone}",
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// The instant, when the stamp names one.
    pub fn instant(&self) -> Option<jiff::Timestamp> {
        let (t, off, _) = self.time?;
        off.to_timestamp(self.date.to_datetime(t)).ok()
    }

    /// The offset from UTC in seconds, when the stamp names a time.
    pub fn offset_seconds(&self) -> Option<i32> {
        self.time.map(|(_, off, _)| off.seconds())
    }

    /// Whether this stamp names a time of day.
    pub fn has_time(&self) -> bool {
        self.time.is_some()
    }
}

/// Reads a date as a page's metadata writes it, or as a line of text says it: ISO 8601 and
/// RFC 3339 (`2024-03-19T08:30:00.000+0100`, `2024-03-19 08:30`, `2024/03/19`), RFC 2822
/// (`Tue, 19 Mar 2024 08:30:00 GMT`), and English month names (`March 19, 2024 8:30 AM EDT`,
/// `19 March 2024`). `None` for anything else and for a date the calendar does not have.
pub fn parse(s: &str) -> Option<Stamp> {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    iso(s)
        .or_else(|| worded(s))
        .or_else(|| worded_prefix(s))
        .or_else(|| time_first(s))
}

/// A time before the date, as some sites print it: `Fri 6:45 PM, Feb 16, 2018`. Without a
/// zone the day alone, as for any date.
fn time_first(s: &str) -> Option<Stamp> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\p{L}{2,9}\.?,?\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[,|-]?\s+(.+)$",
        )
        .expect("time-first date pattern")
    });
    let rest = RE.captures(s)?.get(1)?.as_str();
    worded(rest).or_else(|| worded_prefix(rest))
}

/// [`parse`], then RFC 3339 or the date alone: the form the tests check dates in.
#[cfg(test)]
pub fn normalize(s: &str) -> Option<String> {
    parse(s).map(|d| d.to_rfc3339())
}

fn num<T: std::str::FromStr>(m: Option<regex::Match>) -> Option<T> {
    m?.as_str().parse().ok()
}

fn day(y: i16, m: i8, d: i8) -> Option<Date> {
    if !YEARS.contains(&y) {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// `Z`, `UTC`, `GMT`, `+05:30`, `+0530`, `+05`, `-8` and a few North American and European
/// zone abbreviations; the `bool` says the zone was written as UTC.
fn zone(z: &str) -> Option<(Offset, bool)> {
    let z = z.trim();
    // "GMT+0100", as JavaScript's dates print it: the offset is what counts.
    let z = match z.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("gmt") && z.len() > 3 => &z[3..],
        _ => z,
    };
    let named = match z.to_ascii_uppercase().as_str() {
        "Z" | "UTC" | "GMT" | "UT" => return Some((Offset::UTC, true)),
        "EST" | "CDT" => -5,
        "EDT" => -4,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        "BST" | "CET" => 1,
        "CEST" | "EET" => 2,
        "EEST" => 3,
        "IST" => {
            return Offset::from_seconds(5 * 3600 + 1800)
                .ok()
                .map(|o| (o, false));
        }
        _ => {
            let (sign, rest) = if let Some(r) = z.strip_prefix('+') {
                (1, r)
            } else if let Some(r) = z.strip_prefix('-').or_else(|| z.strip_prefix('−')) {
                (-1, r)
            } else {
                return None;
            };
            let digits: String = rest.chars().filter(|c| *c != ':').collect();
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (h, m): (i32, i32) = match digits.len() {
                1 | 2 => (digits.parse().ok()?, 0),
                4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
                _ => return None,
            };
            if h > 18 || m > 59 {
                return None;
            }
            return Offset::from_seconds(sign * (h * 3600 + m * 60))
                .ok()
                .map(|o| (o, false));
        }
    };
    Offset::from_seconds(named * 3600).ok().map(|o| (o, false))
}

/// A time of day from its parts; `pm` is `Some` for a 12-hour clock.
fn clock(h: i8, m: i8, s: i8, pm: Option<bool>) -> Option<Time> {
    let h = match pm {
        None => h,
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    // A leap second as written (`23:59:60`) is the last second of the minute.
    Time::new(h, m, s.min(59), 0).ok()
}

fn iso(s: &str) -> Option<Stamp> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^
            (\d{4})[-/.](\d{1,2})[-/.](\d{1,2})
            (?:
              (?:[Tt]|\s+|,\s*)
              (\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?
              \s*([AaPp]\.?[Mm]\.?)?
              \s*(Z|z|(?i:UTC|GMT|[ECMP][SD]T|BST|CES?T|EES?T|IST)|[-+−]\d{1,2}(?::?\d{2})?)?
            )?
            (?:\s*\[[^\]]{1,64}\])?$",
        )
        .expect("iso date pattern")
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[-+]\d{4})?)?$")
            .expect("compact date pattern")
    });
    let c = RE.captures(s).or_else(|| COMPACT.captures(s))?;
    let date = day(num(c.get(1))?, num(c.get(2))?, num(c.get(3))?)?;
    let Some(h) = c.get(4) else {
        return Some(Stamp { date, time: None });
    };
    // The compact form has no group 8: its zone sits in group 7.
    let (ampm, z) = if c.len() > 8 {
        (c.get(7), c.get(8))
    } else {
        (None, c.get(7))
    };
    let pm = ampm.map(|m| m.as_str().to_ascii_lowercase().starts_with('p'));
    let time = clock(
        h.as_str().parse().ok()?,
        num(c.get(5))?,
        c.get(6).map_or(Some(0), |m| m.as_str().parse().ok())?,
        pm,
    )?;
    stamp(date, time, z.map(|z| z.as_str()))
}

/// A date and a time: with a zone an instant; without one, the day alone.
fn stamp(date: Date, time: Time, z: Option<&str>) -> Option<Stamp> {
    match z {
        None => Some(Stamp { date, time: None }),
        Some(z) => {
            let (off, utc) = zone(z)?;
            Some(Stamp {
                date,
                time: Some((time, off, utc)),
            })
        }
    }
}

fn month(name: &str) -> Option<i8> {
    let lower = name.trim_end_matches('.').to_lowercase();
    if let Some(i) = OTHER_MONTHS
        .iter()
        .position(|names| names.contains(&lower.as_str()))
    {
        return Some(i as i8 + 1);
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    if n.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| n.starts_with(m))?;
    // The month's full name or a prefix of it ("Sept", "March"), nothing longer.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    FULL[i].starts_with(&n).then_some(i as i8 + 1)
}

/// Month names besides English, in the languages scraped news comes in most (German, French,
/// Spanish, Portuguese, Italian, Dutch), full and in their usual short forms.
#[rustfmt::skip]
const OTHER_MONTHS: [&[&str]; 12] = [
    &["januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "genn", "januari"],
    &["februar", "février", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio", "febbr", "februari"],
    &["märz", "mär", "mars", "marzo", "março", "maart", "mrt"],
    &["avril", "avr", "abril", "abr", "aprile"],
    &["mai", "mayo", "maio", "maggio", "mag", "mei"],
    &["juni", "juin", "junio", "junho", "giugno", "giu"],
    &["juli", "juillet", "juil", "julio", "julho", "luglio", "lug"],
    &["août", "aout", "agosto", "ago", "augustus"],
    &["septembre", "septiembre", "setembro", "set", "settembre", "sett"],
    &["oktober", "octobre", "octubre", "outubro", "out", "ottobre", "ott"],
    &["novembre", "noviembre", "novembro", "novembro"],
    &["dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro", "dicembre", "december"],
];

/// `Tue, 19 Mar 2024 08:30:00 GMT`, `March 19, 2024 8:30 AM EDT`, `19 March 2024`,
/// `Mar. 19, 2024, at 8:30 a.m.`: English month names, day before or after the month.
fn worded(s: &str) -> Option<Stamp> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^
            (?:\p{L}{2,9}\.?,?\s+)??
            (?:
              (\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(\p{L}{3,9}\.?),?\s+(?:de\s+)?(\d{4})
            | (\p{L}{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})
            )
            (?:
              (?:,?\s+(?:at\s+)?|\s*[-–|]\s*)(\d{1,2})[:.](\d{2})(?::(\d{2}))?
              \s*([AaPp]\.?[Mm]\.?)?
              \s*(Z|(?i:GMT)[-+]\d{4}|(?i:UTC|GMT|UT|[ECMP][SD]T|BST|CES?T|EES?T|IST)|[-+−]\d{2}:?\d{2})?
              (?:\s*\([^)]{1,40}\))?
            )?\s*$",
        )
        .expect("worded date pattern")
    });
    let c = RE.captures(s)?;
    let (d, m, y) = if c.get(1).is_some() {
        (c.get(1), c.get(2), c.get(3))
    } else {
        (c.get(5), c.get(4), c.get(6))
    };
    let date = day(num(y)?, month(m?.as_str())?, num(d)?)?;
    let Some(h) = c.get(7) else {
        return Some(Stamp { date, time: None });
    };
    let pm = c
        .get(10)
        .map(|m| m.as_str().to_ascii_lowercase().starts_with('p'));
    let time = clock(
        h.as_str().parse().ok()?,
        num(c.get(8))?,
        c.get(9).map_or(Some(0), |m| m.as_str().parse().ok())?,
        pm,
    )?;
    stamp(date, time, c.get(11).map(|z| z.as_str()))
}

/// A worded date that opens a longer text whose rest is not understood ("November 20, 2019 -
/// 11:28 AMT"): the day alone.
fn worded_prefix(s: &str) -> Option<Stamp> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\p{L}{2,9}\.?,?\s+)??(?:(\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(\p{L}{3,9}\.?),?\s+(?:de\s+)?(\d{4})|(\p{L}{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b",
        )
        .expect("worded date prefix pattern")
    });
    let c = RE.captures(s)?;
    let (d, m, y) = if c.get(1).is_some() {
        (c.get(1), c.get(2), c.get(3))
    } else {
        (c.get(5), c.get(4), c.get(6))
    };
    let date = day(num(y)?, month(m?.as_str())?, num(d)?)?;
    Some(Stamp { date, time: None })
}

/// The date a story's address is filed under: `/2024/03/15/`, `/2024-03-15/`, `/20240315/`
/// (a date alone).
pub fn from_url(url: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)/((?:19|20)\d{2})(?:/(\d{1,2})/(\d{1,2})|/([a-z]{3,9})/(\d{1,2})|-(\d{2})-(\d{2}))(?:[/_.-]|$)|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.]|$)",
        )
        .expect("url date pattern")
    });
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()?;
    // Not the host: a date path starts after it.
    let path = &path[path.find('/')?..];
    RE.captures_iter(path).find_map(|c| {
        let (y, m, d) = if let Some(m) = c.get(2) {
            (c.get(1), num(Some(m))?, c.get(3))
        } else if let Some(m) = c.get(4) {
            (c.get(1), month(m.as_str())?, c.get(5))
        } else if let Some(m) = c.get(6) {
            (c.get(1), num(Some(m))?, c.get(7))
        } else {
            (c.get(8), num(c.get(9))?, c.get(10))
        };
        let date = day(num(y)?, m, num(d)?)?;
        Some(Stamp { date, time: None }.to_rfc3339())
    })
}

/// A date said in a line of the page's text: "Published March 19, 2024", "Updated: 19 Mar
/// 2024 08:30 GMT", "Posted on 2024-03-19". Only short lines that open with such a word.
pub fn from_line(line: &str) -> Option<(Label, Stamp)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(first published|published|posted|updated|last updated|last modified|modified|veröffentlicht|publiziert|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|опубликовано|обновлено|기사입력|입력|수정)(?:\s+on|\s+at|\s+am|\s+le|\s+el|\s+em|\s+il|\s+op)?\s*:?\s*\[?\s*(.{6,60}?)\s*\]?\s*\.?$",
        )
        .expect("date line pattern")
    });
    if line.len() > 90 {
        return None;
    }
    let c = RE.captures(line.trim())?;
    let word = c.get(1)?.as_str().to_ascii_lowercase();
    let label = if [
        "publish",
        "posted",
        "veröffentlicht",
        "publiziert",
        "publié",
        "publicado",
        "pubblicato",
        "gepubliceerd",
        "opublikowano",
        "опубликовано",
        "입력",
    ]
    .iter()
    .any(|w| word.contains(w))
    {
        Label::Published
    } else {
        Label::Modified
    };
    // "Published 19 March 2024 | Updated 20 March 2024": the first date only.
    let rest = c.get(2)?.as_str();
    let rest = rest.split(['|', '•']).next()?.trim();
    parse(rest).map(|s| (label, s))
}

/// What a date line says its date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Published,
    Modified,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<String> {
        normalize(s)
    }

    #[test]
    fn dates_in_other_languages_and_javascripts_own_format() {
        assert_eq!(n("25. September 2018").as_deref(), Some("2018-09-25"));
        assert_eq!(n("3. März 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(n("19 de marzo de 2024").as_deref(), Some("2024-03-19"));
        assert_eq!(n("12 février 2023").as_deref(), Some("2023-02-12"));
        assert_eq!(
            n("Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)").as_deref(),
            Some("2019-11-19T03:05:46+00:00")
        );
        assert_eq!(
            from_line("publiziert am 25. September 2018").map(|(l, s)| (l, s.to_rfc3339())),
            Some((Label::Published, "2018-09-25".to_string()))
        );
        assert_eq!(
            from_line("기사입력 :[ 2018-08-25 15:24 ]").map(|(l, _)| l),
            Some(Label::Published)
        );
        assert_eq!(
            n("Fri 6:45 PM, Feb 16, 2018").as_deref(),
            Some("2018-02-16")
        );
        // "2 ago": no year, no date.
        assert_eq!(n("2 ago"), None);
    }

    #[test]
    fn rfc3339_with_the_page_offset() {
        assert_eq!(
            n("2023-11-22T10:15:00+0530").as_deref(),
            Some("2023-11-22T10:15:00+05:30")
        );
        assert_eq!(
            n("2023-11-22T10:15:00.000Z").as_deref(),
            Some("2023-11-22T10:15:00Z")
        );
        assert_eq!(
            n("2023-11-22T10:15:00+00:00").as_deref(),
            Some("2023-11-22T10:15:00+00:00")
        );
        assert_eq!(
            n("2023-11-22 10:15 -05:00").as_deref(),
            Some("2023-11-22T10:15:00-05:00")
        );
        assert_eq!(
            n("2019-11-18T14:26:00-10").as_deref(),
            Some("2019-11-18T14:26:00-10:00")
        );
        assert_eq!(
            n("2024-03-19T08:30:00+01:00[Europe/Paris]").as_deref(),
            Some("2024-03-19T08:30:00+01:00")
        );
        assert_eq!(
            n("20240319T083000Z").as_deref(),
            Some("2024-03-19T08:30:00Z")
        );
    }

    #[test]
    fn a_date_without_a_zone_is_the_day_alone() {
        assert_eq!(n("2024-03-19").as_deref(), Some("2024-03-19"));
        assert_eq!(n("2024-03-19T08:30:00").as_deref(), Some("2024-03-19"));
        assert_eq!(n("2024/3/9").as_deref(), Some("2024-03-09"));
    }

    #[test]
    fn rfc2822_and_worded_dates() {
        assert_eq!(
            n("Tue, 19 Mar 2024 08:30:00 GMT").as_deref(),
            Some("2024-03-19T08:30:00Z")
        );
        assert_eq!(
            n("Tue, 19 Mar 2024 08:30:00 +0100").as_deref(),
            Some("2024-03-19T08:30:00+01:00")
        );
        assert_eq!(
            n("March 19, 2024 8:30 PM EDT").as_deref(),
            Some("2024-03-19T20:30:00-04:00")
        );
        assert_eq!(
            n("Mar. 19, 2024, at 12:05 a.m. EST").as_deref(),
            Some("2024-03-19T00:05:00-05:00")
        );
        assert_eq!(n("19 September 2024").as_deref(), Some("2024-09-19"));
        assert_eq!(n("Sept 19, 2024").as_deref(), Some("2024-09-19"));
        assert_eq!(n("1st March 2024").as_deref(), Some("2024-03-01"));
        assert_eq!(
            n("November 20, 2019 - 11:28 AM EST").as_deref(),
            Some("2019-11-20T11:28:00-05:00")
        );
        assert_eq!(
            n("November 20, 2019 - 11:28 AMT").as_deref(),
            Some("2019-11-20")
        );
    }

    #[test]
    fn dates_the_calendar_does_not_have_are_dropped() {
        for bad in [
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "2024-04-31",
            "2023-02-29",
            "0000-01-01",
            "0001-01-01T00:00:00Z",
            "9999-12-31",
            "2024-03-19T24:30:00Z",
            "2024-03-19T08:61:00Z",
            "2024-03-19T08:30:00+25:00",
            "2024-03-19T13:30 PM GMT",
            "February 30, 2024",
            "Smarch 3, 2024",
            "32 March 2024",
            "99999999999999999999-01-01",
            "",
            "yesterday",
            "2024",
        ] {
            assert_eq!(n(bad), None, "{bad}");
        }
        assert_eq!(n("2024-02-29").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn garbage_never_panics() {
        for s in [
            "-",
            "+",
            "−",
            "2024-03-19T08:30:00−",
            "2024-03-19T08:30:00+",
            "2024-03-19T08:30:00+999",
            "2024-03-19T99:99:99.9999999999Z",
            "\u{0}\u{ffff}",
            "১২৩৪-০১-০১",
            "2024-03-19T08:30:00 [",
        ] {
            let _ = n(s);
            let _ = from_url(s);
            let _ = from_line(s);
        }
    }

    #[test]
    fn the_date_a_url_is_filed_under() {
        assert_eq!(
            from_url("https://x.example/news/2024/03/15/story-slug").as_deref(),
            Some("2024-03-15")
        );
        assert_eq!(
            from_url("https://x.example/2019-11-18/story.html").as_deref(),
            Some("2019-11-18")
        );
        assert_eq!(
            from_url("https://x.example/world/20191118/story").as_deref(),
            Some("2019-11-18")
        );
        assert_eq!(
            from_url("https://x.example/statements/2019/nov/18/name/story/").as_deref(),
            Some("2019-11-18")
        );
        assert_eq!(
            from_url("https://x.example/story-slug-20191115/").as_deref(),
            Some("2019-11-15")
        );
        assert_eq!(from_url("https://x.example/2024/13/45/x"), None);
        assert_eq!(from_url("https://x.example/story-474349633.html"), None);
        assert_eq!(from_url("https://x.example/story-123456789"), None);
        assert_eq!(from_url("https://2024.example/x?d=/2024/03/15/"), None);
    }

    #[test]
    fn a_published_line() {
        let (l, s) = from_line("Published March 19, 2024").unwrap();
        assert_eq!(l, Label::Published);
        assert_eq!(s.to_rfc3339(), "2024-03-19");
        let (l, s) = from_line("Updated: 19 Mar 2024 08:30 GMT").unwrap();
        assert_eq!(l, Label::Modified);
        assert_eq!(s.to_rfc3339(), "2024-03-19T08:30:00Z");
        assert!(from_line("Published by the council in a report").is_none());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 512,
            failure_persistence: None,
            ..Default::default()
        })]

        /// Anything at all: no panic; what is read is valid RFC 3339 (or a valid date) that
        /// reads back to itself.
        #[test]
        fn any_text_reads_safely(s in "\\PC{0,40}") {
            check(&s);
        }

        #[test]
        fn date_shaped_text_reads_safely(
            s in "[0-9]{1,7}[-/][0-9]{1,3}[-/][0-9]{1,3}([T ][0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3}(\\.[0-9]{1,12})?)?( ?[AP]M)?(Z|[-+][0-9]{1,5}|[-+][0-9]{2}:[0-9]{2}| [A-Z]{2,4})?)?"
        ) {
            check(&s);
        }

        #[test]
        fn worded_text_reads_safely(
            s in "([A-Z][a-z]{2,5},? )?[0-9]{1,3} [A-Z][a-z]{2,9},? [0-9]{1,6}( [0-9]{1,3}:[0-9]{1,3}( [ap]\\.?m\\.?)?( [A-Z]{2,4}|[-+][0-9]{4})?)?"
        ) {
            check(&s);
        }
    }

    fn check(s: &str) {
        let _ = from_url(s);
        let _ = from_line(s);
        if let Some(out) = normalize(s) {
            assert_eq!(normalize(&out).as_deref(), Some(out.as_str()), "{s:?}");
            if out.len() == 10 {
                assert!(out.parse::<jiff::civil::Date>().is_ok(), "{s:?} -> {out}");
            } else {
                assert!(out.parse::<jiff::Timestamp>().is_ok(), "{s:?} -> {out}");
            }
        }
    }
}
