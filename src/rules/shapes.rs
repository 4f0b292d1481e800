//! Shapes of text that page furniture leaves and a story's prose does not: the date stamp on
//! a reader's comment or a teaser card, a headline run into its story's dateline, the
//! template's own names, a date line over the story. The story picker (`classify::story`)
//! and the head's lifter (`classify::meta`) read blocks with them.

use regex::Regex;
use std::sync::LazyLock;

/// A full date ("November 19, 2019", "Nov. 20, 2019"), optionally with a time of day (the
/// first group): a card's stamp.
pub static CARD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // ASCII word boundaries: the fast engines cannot take Unicode ones on non-ASCII text.
        r"(?i-u:\b)(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.? \d{1,2},? \d{4}(?-u:\b)(,?(?i: at)? \d{1,2}:\d{2} ?[apAP]\.?[mM](?-u:\b))?",
    )
    .expect("date pattern compiles")
});

/// A capitalised place and a colon after a lower-case word: a teaser's headline run into its
/// story's dateline ("… stateless WASHINGTON: Expressing …").
pub static HEADLINE_OVER_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[a-z,)’'] [A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+){0,2}: [A-Z]")
        .expect("dateline pattern compiles")
});

/// A template file ("subitem_timestamp.tpl"), a widget's data hook ("widgetdataprovider"), a
/// CSS class (".comment-author").
pub static TEMPLATE_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[a-z]\.tpl\b|\bwidgetdataprovider\b|(?:^| )\.[a-z]+(?:-[a-z]+)+(?: |$)")
        .expect("template names compile")
});

/// A date in any common form, or "Posted" opening the line: with few words, a stamp over the
/// story ("November 19, 2019, 9:02 AM", "Posted on …").
pub static LEAD_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|^posted\b")
        .expect("date pattern")
});

/// Forces every pattern here, so that a typo fails `cargo test`.
#[cfg(test)]
pub fn compiled() {
    LazyLock::force(&CARD_DATE);
    LazyLock::force(&HEADLINE_OVER_DATELINE);
    LazyLock::force(&TEMPLATE_NAMES);
    LazyLock::force(&LEAD_STAMP);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_compiles() {
        compiled();
    }

    #[test]
    fn a_cards_stamp_has_its_time_of_day_in_the_first_group() {
        let c = CARD_DATE
            .captures("Jan Smith August 8, 2018 at 7:21 pm Hi")
            .unwrap();
        assert_eq!(&c[0], "August 8, 2018 at 7:21 pm");
        assert!(
            CARD_DATE
                .captures("on November 18, 2019.")
                .unwrap()
                .get(1)
                .is_none()
        );
        assert!(LEAD_STAMP.is_match("Posted on the site"));
    }
}
