//! Where the story is in a whole-page dump: the densest run of prose.
//!
//! A page's text holds the article as a run of long blocks that end like sentences, and
//! around it menus, teasers, link lists and footers: short blocks that do not. Blocks are
//! rated by length and punctuation alone; "good" blocks close to each other form runs, and the
//! run with the most words of prose is the story. The run grows at each end over the short
//! prose, headline, byline and caption blocks that belong to it; every block outside it is
//! dropped for the reason `outside`. A dump that is only the story is one run and loses
//! nothing.
//!
//! - [`rating`]: what each block is to the picker (prose, short prose, an item of the story's
//!   own list, a photo's line, or something else: a card, a teaser, a menu);
//! - [`runs`]: the run picked from those ratings, phase by phase;
//! - [`edges`]: after the headline and byline are lifted, labels before the story's first
//!   prose and headings or an author's note after its end;
//! - [`insets`]: where markup tells, the story's element followed past the boxes nested in
//!   it;
//! - [`tuning`]: every threshold they use.

pub(crate) mod edges;
pub(crate) mod insets;
pub(crate) mod rating;
pub(crate) mod runs;
pub(crate) mod tuning;

pub use edges::trim_edges;
pub use insets::grow_across_insets;
pub(crate) use rating::Ratings;
pub(crate) use runs::pick_within_remembering;
pub use runs::{grow_over_siblings, runner_up};

/// Where the blocks come from, which sets how much non-prose a run may span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A whole page or dump: menus and teasers are likely, runs break easily.
    Page,
    /// A container the markup names as the story: lists and tables inside it are the
    /// story's own, so runs span long stretches of short lines.
    Container,
}
