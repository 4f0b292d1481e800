//! How far to trust one cleaned article: a confidence from 0.0 to 1.0 and the warnings that
//! lowered it. The pipeline hands out the [`Signals`] it met on the way (whether the markup
//! named the story's container, how much of the input was kept, how close another run of
//! prose came to the story's); [`assess`] turns them into warnings, and each warning costs the
//! confidence a share set in [`WEIGHTS`], the one place to tune it.
//!
//! The weights are calibrated, not asserted: `examples/eval.rs --bands` prints the benchmark's
//! mean F1 by confidence band (docs/benchmarks.md has the table).

use crate::input::Kind;
use crate::removed::Removed;
use crate::rules::Reason;
use serde::Serialize;

/// What is wrong, or may be, with an article. The ids are stable: scripts match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Warning {
    /// HTML: no `<article>`, `<main>` or other container named the story; it was picked from
    /// the whole page's text, as for a dump.
    NoContainer,
    /// The story is short: a teaser, a gallery, a video page, or a story mostly lost.
    ShortStory,
    /// No headline was found, or the page's headline was not found in the text the story was
    /// picked from.
    HeadlineNotFound,
    /// Another run of prose outside the story came close to it: the pick could have gone the
    /// other way.
    SeveralCandidates,
    /// The input's charset was guessed from its bytes, not declared.
    EncodingGuessed,
    /// The page marks the story as behind a paywall, or prints a paywall's prompt.
    Paywalled,
    /// The story ends mid-sentence, or a "read more" or subscription prompt follows its last
    /// paragraph.
    Truncated,
    /// Most of the input's words went to `removed`.
    MostlyRemoved,
    /// A comments heading or counter stood among the story's paragraphs: readers' comments
    /// may have been kept as story.
    CommentsKept,
}

impl Warning {
    /// The warning's id, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Warning::NoContainer => "no-container",
            Warning::ShortStory => "short-story",
            Warning::HeadlineNotFound => "headline-not-found",
            Warning::SeveralCandidates => "several-candidates",
            Warning::EncodingGuessed => "encoding-guessed",
            Warning::Paywalled => "paywalled",
            Warning::Truncated => "truncated",
            Warning::MostlyRemoved => "mostly-removed",
            Warning::CommentsKept => "comments-kept",
        }
    }
}

/// What a warning costs: the confidence is the product of `1 - weight` over the article's
/// warnings, so two warnings cost more than either alone and the confidence never drops
/// below zero. Set on the benchmark's even-numbered pages and checked on the odd ones
/// (docs/benchmarks.md).
pub const WEIGHTS: &[(Warning, f64)] = &[
    // Without a container the story is picked by prose density alone. On the benchmark the
    // pages without one score as well as those with one: a small cost only.
    (Warning::NoContainer, 0.05),
    // A short story is the most telling sign of a page that is not an article (a video, a
    // gallery, a list of teasers) or of a story the picker mostly missed.
    (Warning::ShortStory, 0.50),
    // The headline is the anchor of the story's start: not finding it in the text the story
    // was taken from says the text may not be the story's.
    (Warning::HeadlineNotFound, 0.20),
    // A close runner-up means the story was one of two runs of prose of about the same
    // weight: a coin toss when the other was the story.
    (Warning::SeveralCandidates, 0.25),
    // A wrong guess garbles letters, not the choice of paragraphs. No benchmark page has a
    // guessed charset: set by judgement, not measured.
    (Warning::EncodingGuessed, 0.10),
    // The benchmark's paywalled pages hold the whole story; where a paywall did cut it,
    // `short-story` and `truncated` say so on their own.
    (Warning::Paywalled, 0.05),
    // A last paragraph cut short is often a trailer the story keeps; a cut that matters
    // usually also shows as a short story.
    (Warning::Truncated, 0.10),
    // Keeping little of a page is normal for a dump (menus, rails, footers); keeping very
    // little of it says the story may be missing.
    (Warning::MostlyRemoved, 0.20),
    // Readers' comments kept as story cost precision on every benchmark page where it
    // happens.
    (Warning::CommentsKept, 0.30),
];

/// The most blocks that may stand removed between the page's headline and the story's first
/// paragraph for the headline to still head the story: a byline, a date, share buttons and a
/// photo's caption, not another story's paragraphs.
pub const HEADLINE_REACH: usize = 8;

/// The fewest words a headline line must have to be matched against a title worded
/// otherwise (with the site's name after it, or as the page's SEO title), and the least share
/// (in percent) of its words the title must hold.
const HEADLINE_MIN_WORDS: usize = 4;
const HEADLINE_MIN_SHARE: usize = 70;

/// A line's words, lower-cased, for [`headline_just_above`] to compare.
fn headline_words(t: &str) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the page's headline (`title`) stands in the page's text just above the story that
/// starts at input line `first_line`: among the last [`HEADLINE_REACH`] + 1 blocks removed
/// before it, worded as the title or nearly (at least [`HEADLINE_MIN_WORDS`] words,
/// [`HEADLINE_MIN_SHARE`] percent of them in the title: "Video shows dramatic rescue of
/// kidnapped girl" under "Video shows dramatic rescue of 8-year-old kidnapping victim"). The
/// story was then picked under its headline even though the headline was not in the picked
/// run, as on a page with no container where a byline block parts the two.
pub fn headline_just_above(title: &str, first_line: usize, removed: &[Removed]) -> bool {
    let title = title.trim();
    let title_words = headline_words(title);
    let heads = |text: &str| {
        if text == title {
            return true;
        }
        let line = headline_words(text);
        let held = line.iter().filter(|w| title_words.contains(w)).count();
        line.len() >= HEADLINE_MIN_WORDS && held * 100 >= line.len() * HEADLINE_MIN_SHARE
    };
    removed
        .iter()
        .rev()
        .filter(|r| !r.inline && r.line < first_line)
        .take(HEADLINE_REACH + 1)
        .any(|r| heads(&r.text))
}

/// Words under which a story is short. A news brief has about a hundred; a teaser or a
/// video's blurb has fewer.
pub const SHORT_STORY_WORDS: usize = 100;

/// The share of the input's words kept under which most of the input is said to be removed.
/// A dump's story is usually a third to a half of its words; a page's container, most of
/// its own.
pub const MOSTLY_REMOVED_SHARE: f64 = 0.15;

/// How close the best run of prose outside the story must come to the story's own (its
/// score over the story run's) to count as a rival.
pub const RUNNER_UP_SHARE: f64 = 0.5;

/// Words a last paragraph without a final stop needs to read as prose cut short: a shorter
/// one is a trailer ("SOURCE: Reuters", "Contributing: Jane Doe", a signature).
pub const CUT_SHORT_WORDS: usize = 15;

/// How many blocks (a dump's lines) after the story's last paragraph a "read more" or a
/// paywall's prompt may stand to say the story goes on elsewhere; further down it is the
/// page's.
pub const READ_ON_REACH: usize = 3;

/// Rules whose removal says the page gates the story behind a subscription.
const PAYWALL_RULES: &[&str] = &[
    "subscribe-continue",
    "subscribers-only",
    "article-limit",
    "free-articles-read",
];

/// A subscription prompt (rule `subscribe-prompt` or `glued-subscribe`) that gates the story,
/// as opposed to a plain "Subscribe" button: lower case, matched as a part of the text.
const PAYWALL_PROMPTS: &[&str] = &[
    "continue reading",
    "keep reading",
    "subscriber only",
    "subscribers only",
    "exclusive for subscribers",
    "unlock this article",
    "sign in to continue",
];

/// Rules whose removal right after the story's last paragraph says the story goes on
/// elsewhere.
/// (A bare "Read more" is not one: it heads a list of related links as often.)
const READ_ON_RULES: &[&str] = &["read-full-story", "glued-read-on"];

/// Story paragraphs that must follow a removed comments line for the discussion to count as
/// kept: a "Leave a comment" prompt before the story's last footnote is not a discussion.
pub const PARAGRAPHS_AFTER_COMMENTS: usize = 2;

/// The confidence and its reasons, as the JSON gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quality {
    /// 0.0 to 1.0, two decimals.
    pub confidence: f64,
    /// In a stable order (as [`Warning`] lists them).
    pub warnings: Vec<Warning>,
}

impl Default for Quality {
    fn default() -> Self {
        Quality {
            confidence: 1.0,
            warnings: Vec::new(),
        }
    }
}

impl Quality {
    /// `0.31 (short-story, no-container)`: the confidence and its warnings, for messages.
    pub fn summary(&self) -> String {
        let ids: Vec<&str> = self.warnings.iter().map(|w| w.as_str()).collect();
        if ids.is_empty() {
            format!("{:.2}", self.confidence)
        } else {
            format!("{:.2} ({})", self.confidence, ids.join(", "))
        }
    }
}

/// What the pipeline met on the way, for `assess` to judge.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    /// How the input was read (`None` until the pipeline sets it).
    pub kind: Option<Kind>,
    /// HTML: the markup named the story's container.
    pub contained: bool,
    /// A headline is known (the page's metadata or a lifted headline line).
    pub headline: bool,
    /// The known headline stood in the text the story was picked from (or was lifted from
    /// it).
    pub headline_in_text: bool,
    /// A comments heading or counter was removed from among the story's paragraphs (after
    /// its first): the discussion under the story may have been kept as story.
    pub comments_inside: bool,
    /// Words of the input's blocks, before cleaning.
    pub input_words: usize,
    /// Words of the story's paragraphs.
    pub story_words: usize,
    /// The best other run of prose's score over the story run's, when the story was picked
    /// from a run (0 when there was no other).
    pub runner_up: Option<f64>,
    /// The charset was guessed from the bytes.
    pub encoding_guessed: bool,
    /// The page's markup marks the story as paywalled, or a paywall's prompt was removed.
    pub paywalled: bool,
    /// The story's last paragraph does not end like a sentence, or a "read more" or
    /// subscription prompt was removed after it.
    pub truncated: bool,
}

/// The warnings the signals give, and the confidence they leave.
pub fn assess(s: &Signals) -> Quality {
    let mut warnings = Vec::new();
    if s.kind == Some(Kind::Html) && !s.contained {
        warnings.push(Warning::NoContainer);
    }
    if s.story_words < SHORT_STORY_WORDS {
        warnings.push(Warning::ShortStory);
    }
    // A container the markup named often leaves the headline out (`itemprop="articleBody"`):
    // there only a missing headline counts.
    let contained = s.kind == Some(Kind::Html) && s.contained;
    if !s.headline || (!s.headline_in_text && !contained) {
        warnings.push(Warning::HeadlineNotFound);
    }
    if s.runner_up.is_some_and(|r| r >= RUNNER_UP_SHARE) {
        warnings.push(Warning::SeveralCandidates);
    }
    if s.encoding_guessed {
        warnings.push(Warning::EncodingGuessed);
    }
    if s.paywalled {
        warnings.push(Warning::Paywalled);
    }
    if s.truncated {
        warnings.push(Warning::Truncated);
    }
    if s.input_words > 0 && (s.story_words as f64) < MOSTLY_REMOVED_SHARE * s.input_words as f64 {
        warnings.push(Warning::MostlyRemoved);
    }
    if s.comments_inside {
        warnings.push(Warning::CommentsKept);
    }
    let confidence = warnings.iter().fold(1.0, |c, w| c * (1.0 - weight(*w)));
    Quality {
        confidence: (confidence * 100.0).round() / 100.0,
        warnings,
    }
}

/// A warning's weight, from [`WEIGHTS`].
pub fn weight(w: Warning) -> f64 {
    WEIGHTS
        .iter()
        .find(|(x, _)| *x == w)
        .map_or(0.0, |(_, weight)| *weight)
}

/// Whether a comments heading, counter or prompt was removed between the story's
/// paragraphs (`body_lines`, their input lines in order) with at least
/// [`PARAGRAPHS_AFTER_COMMENTS`] of them after it.
pub(crate) fn comments_inside(body_lines: &[usize], removed: &[Removed]) -> bool {
    let Some(&first) = body_lines.first() else {
        return false;
    };
    removed.iter().any(|r| {
        r.reason == Reason::Comments
            && !r.inline
            && r.line > first
            && body_lines.len() - body_lines.partition_point(|&l| l <= r.line)
                >= PARAGRAPHS_AFTER_COMMENTS
    })
}

/// A paywall's prompt among the removals: a rule that gates the story, or a subscription
/// prompt worded as a gate.
pub(crate) fn paywall_prompt(removed: &[Removed]) -> bool {
    removed.iter().any(|r| {
        r.reason == Reason::Subscribe
            && !r.kept
            && (PAYWALL_RULES.contains(&r.rule) || {
                let t = r.text.to_lowercase();
                PAYWALL_PROMPTS.iter().any(|p| t.contains(p))
            })
    })
}

/// Whether a story's last paragraph stops mid-sentence or in an ellipsis (a teaser's
/// "The council said that…").
pub(crate) fn cut_short(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '」', '』', '）']);
    let ends = t.ends_with(['.', '!', '?', ':', '。', '！', '？', '：', ';']);
    (!ends && crate::tidy::word_count(t) >= CUT_SHORT_WORDS)
        || t.ends_with("...")
        || t.ends_with('…')
}

/// Whether a "read more" link or a paywall's prompt was removed at or after `line`, the
/// story's last paragraph's: the story goes on elsewhere.
pub(crate) fn read_on_after(line: usize, removed: &[Removed]) -> bool {
    removed.iter().any(|r| {
        (line..=line + READ_ON_REACH).contains(&r.line)
            && !r.kept
            && (READ_ON_RULES.contains(&r.rule) || paywall_prompt(std::slice::from_ref(r)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outside(text: &str, line: usize) -> Removed {
        Removed {
            reason: Reason::Outside,
            rule: "outside-story",
            text: text.to_string(),
            line,
            inline: false,
            kept: false,
            site: None,
        }
    }

    #[test]
    fn a_headline_just_above_the_story_heads_it() {
        let title = "Video shows dramatic rescue of 8-year-old kidnapping victim - Example News";
        // The headline worded nearly as the title, a byline and a date between it and the
        // story's first paragraph at line 40.
        let mut removed = vec![
            outside("Menu", 2),
            outside("Video shows dramatic rescue of kidnapped girl", 20),
            outside("By Jane Doe", 24),
            outside("November 19, 2019", 26),
        ];
        assert!(headline_just_above(title, 40, &removed));
        // Below the story's start it heads nothing; nor does a line of other words.
        assert!(!headline_just_above(title, 10, &removed));
        assert!(!headline_just_above(
            "Council approves the flood barrier",
            40,
            &removed
        ));
        // Another story's paragraphs between: a rail's teaser under the headline was picked.
        for line in 27..27 + HEADLINE_REACH + 1 {
            removed.push(outside("Another story's paragraph.", line));
        }
        assert!(!headline_just_above(title, 40, &removed));
    }

    fn clean_page() -> Signals {
        Signals {
            kind: Some(Kind::Html),
            contained: true,
            headline: true,
            headline_in_text: true,
            input_words: 600,
            story_words: 500,
            runner_up: None,
            ..Signals::default()
        }
    }

    #[test]
    fn a_clean_page_is_fully_trusted() {
        let q = assess(&clean_page());
        assert_eq!(q.confidence, 1.0);
        assert!(q.warnings.is_empty());
        assert_eq!(q.summary(), "1.00");
    }

    #[test]
    fn each_warning_costs_its_weight_and_they_compound() {
        let s = Signals {
            contained: false,
            input_words: 60,
            story_words: 40,
            ..clean_page()
        };
        let q = assess(&s);
        assert_eq!(q.warnings, [Warning::NoContainer, Warning::ShortStory]);
        let want = (1.0 - weight(Warning::NoContainer)) * (1.0 - weight(Warning::ShortStory));
        assert!((q.confidence - want).abs() < 0.006, "{}", q.confidence);
        assert_eq!(
            q.summary(),
            format!("{:.2} (no-container, short-story)", q.confidence)
        );
        let json = serde_json::to_value(&q).unwrap();
        assert_eq!(
            json["warnings"],
            serde_json::json!(["no-container", "short-story"])
        );
    }

    #[test]
    fn a_dump_has_no_container_to_miss_but_may_keep_little() {
        let s = Signals {
            kind: Some(Kind::Text),
            contained: false,
            input_words: 5_000,
            story_words: 500,
            runner_up: Some(0.6),
            ..clean_page()
        };
        assert_eq!(
            assess(&s).warnings,
            [Warning::SeveralCandidates, Warning::MostlyRemoved]
        );
    }

    #[test]
    fn every_warning_has_a_weight_between_zero_and_one() {
        for w in [
            Warning::NoContainer,
            Warning::ShortStory,
            Warning::HeadlineNotFound,
            Warning::SeveralCandidates,
            Warning::EncodingGuessed,
            Warning::Paywalled,
            Warning::Truncated,
            Warning::MostlyRemoved,
            Warning::CommentsKept,
        ] {
            let n = WEIGHTS.iter().filter(|(x, _)| *x == w).count();
            assert_eq!(n, 1, "{}", w.as_str());
            assert!((0.0..1.0).contains(&weight(w)), "{}", w.as_str());
        }
    }

    fn removal(reason: Reason, rule: &'static str, text: &str, line: usize) -> Removed {
        Removed {
            reason,
            rule,
            text: text.into(),
            line,
            inline: false,
            kept: false,
            site: None,
        }
    }

    #[test]
    fn a_story_cut_short_or_followed_by_read_more_is_truncated() {
        assert!(!cut_short("It ended well."));
        assert!(!cut_short("\"It ended well,\" she said.”"));
        assert!(cut_short(
            "The council said on Tuesday that the bridge would stay closed until the engineers had finished the"
        ));
        // A short line without a stop is a trailer ("SOURCE: Reuters").
        assert!(!cut_short("SOURCE: Reuters"));
        assert!(cut_short("The council said that…"));
        assert!(cut_short("The council said that..."));
        let more = [removal(
            Reason::Related,
            "glued-read-on",
            "Continue reading",
            6,
        )];
        assert!(read_on_after(5, &more));
        // Before the story's end it is a link in the page, not the story's.
        assert!(!read_on_after(9, &more));
    }

    #[test]
    fn comments_count_as_kept_only_with_story_paragraphs_after_them() {
        let mark = [removal(
            Reason::Comments,
            "comment-heading",
            "Top Comments",
            6,
        )];
        assert!(comments_inside(&[2, 4, 8, 10], &mark));
        // One paragraph after it (a footnote): no discussion.
        assert!(!comments_inside(&[2, 4, 8], &mark));
        // Before the story: a share bar's link.
        assert!(!comments_inside(&[8, 10, 12], &mark));
    }

    #[test]
    fn a_gate_is_a_paywall_prompt_a_subscribe_button_is_not() {
        let gate = removal(
            Reason::Subscribe,
            "subscribe-continue",
            "Subscribe to keep reading",
            3,
        );
        assert!(paywall_prompt(&[gate]));
        let worded = removal(
            Reason::Subscribe,
            "subscribe-prompt",
            "Subscribe to continue reading",
            3,
        );
        assert!(paywall_prompt(&[worded]));
        let button = removal(Reason::Subscribe, "subscribe-prompt", "Subscribe now", 3);
        assert!(!paywall_prompt(&[button]));
    }
}
