//! Every threshold of story picking, in one place: what a block must be to count as prose,
//! how much non-prose a run may span, how far it grows at its edges.

/// The thresholds of story picking. Words are counted as [`super::rating`] weighs them;
/// costs are in words of prose.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tuning {
    /// Words that make a block that ends like a sentence "good" prose on its own.
    pub good_words: usize,
    /// How many blocks that are not prose may separate two good blocks of one run (a page
    /// or dump; a story's container spans `container_gap_factor` times as many).
    pub max_gap: usize,
    /// How many times `max_gap` a run inside the story's container may span.
    pub container_gap_factor: usize,
    /// Words a block that is not prose may have and still be bridged when the run grows over
    /// a small gap, in a page or dump.
    pub page_bridge_words: usize,
    /// As `page_bridge_words`, inside the story's container.
    pub container_bridge_words: usize,
    /// How far a run may grow over the blocks that lead into it (headline, byline, captions).
    pub lead_in: usize,
    /// How many short lines a run may grow over after its last good block (a list the story
    /// introduces goes on however long).
    pub tail: usize,
    /// The most words of a caption over its photo's credit line.
    pub photo_caption_words: usize,
    /// How far into a block (bytes) a card's stamp stands: after a name or a headline.
    pub stamp_reach: usize,
    /// Words a block needs before a stamp in its head makes it a dated card.
    pub dated_card_words: usize,
    /// Words a block needs before three dates in it make it a rail of dated cards.
    pub dated_rail_words: usize,
    /// Items a sentence that ends with a colon may introduce at most.
    pub max_items: usize,
    /// Lines a list a sentence points at ("our picks below") may have at most.
    pub max_pointed_items: usize,
    /// Short labels in a row that end a pointed-at list: a menu.
    pub menu_labels: usize,
    /// Words a line may have and count as one of those short labels.
    pub label_words: usize,
    /// Headline and summary pairs in a row that make a rail of teasers.
    pub rail_pairs: usize,
    /// What a block that is not prose costs a run that spans it: enough that a list of
    /// teasers loses to the article's unbroken paragraphs, small enough that a sub-heading or
    /// a caption inside the article does not split it.
    pub other_cost: isize,
    /// What a short label alone costs (a "Related" line, a two-word sub-heading): a story's
    /// paragraphs outweigh any number of them, while a teaser's headline still costs its worth.
    pub label_cost: isize,
    /// Words a block that is not prose may have and cost `label_cost`, not `other_cost`.
    pub short_label_words: usize,
    /// Short labels in a row a story may span when a story's length of prose follows them.
    pub widget_gap: usize,
    /// Words each of those labels may have.
    pub widget_words: usize,
    /// Words of prose the story must go on with after a box of labels (at least; more for a
    /// longer box).
    pub story_after_widget: usize,
    /// Lines of a rail of headlines ("Most read" over teaser titles) a story may span.
    pub rail_gap: usize,
    /// Words each line of such a rail may have.
    pub rail_line_words: usize,
    /// Words of prose the story must go on with after such a rail.
    pub story_after_rail: usize,
    /// Lines a dump's own list inside its story may have at most.
    pub list_gap: usize,
    /// Words of prose (less costs) the story must go on with after such a list.
    pub story_after_list: isize,
    /// How soon after a comments heading a reader's time stamp must come for a discussion.
    pub discussion_reach: usize,
    /// Words of prose a run needs to be a story, not a dek or a teaser: before a comments
    /// section, to be preferred to a longer run in it; read leniently, to beat the strict run.
    pub story_before_comments: isize,
    /// Words of prose a run before a comment counter ("27 comments") needs to be the story
    /// when no reader's time stamp follows the counter: more than a headline and a summary
    /// over a share bar's counter hold.
    pub story_before_counter: isize,
    /// How many times a strict run's prose a lenient run (short link-free lines) must hold to
    /// be taken as the story instead (a meal plan under a short intro).
    pub list_outweighs: isize,
    /// Words from which an unpunctuated line in sentence case reads as prose, not a headline.
    pub lede_words: usize,
    /// The most words of an unpunctuated tail after a paragraph's last sentence that still
    /// leaves it a paragraph that ends like a sentence: a leftover glued on ("… other.
    /// Okafor.Lenta.ru", "… stage.Read more") is a headline's length at most.
    pub glued_tail_words: usize,
    /// The most blocks of a box nested in the story's element (a table of contents, a figure,
    /// a box of links) that the story is followed across to its element's lines beyond: a
    /// long table of contents, not a page's worth of furniture.
    pub inset_blocks: usize,
    /// Short sentences a section of short lines after the run's end needs, inside the story's
    /// container, to be taken as the story's (one is as likely a footer's plea).
    pub short_prose_lines: usize,
}

impl Tuning {
    /// The thresholds in use.
    pub const DEFAULT: Tuning = Tuning {
        good_words: 15,
        max_gap: 5,
        container_gap_factor: 4,
        page_bridge_words: 4,
        container_bridge_words: 12,
        lead_in: 5,
        tail: 3,
        photo_caption_words: 60,
        stamp_reach: 120,
        dated_card_words: 12,
        dated_rail_words: 40,
        max_items: 40,
        max_pointed_items: 100,
        menu_labels: 4,
        label_words: 2,
        rail_pairs: 3,
        other_cost: 25,
        label_cost: 10,
        short_label_words: 5,
        widget_gap: 12,
        widget_words: 5,
        story_after_widget: 150,
        rail_gap: 8,
        rail_line_words: 20,
        story_after_rail: 100,
        list_gap: 40,
        story_after_list: 60,
        discussion_reach: 6,
        story_before_comments: 40,
        story_before_counter: 150,
        list_outweighs: 4,
        lede_words: 12,
        glued_tail_words: 12,
        inset_blocks: 40,
        short_prose_lines: 2,
    };
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning::DEFAULT
    }
}

/// The thresholds story picking runs with.
pub(crate) const TUNING: Tuning = Tuning::DEFAULT;
