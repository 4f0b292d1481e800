//! The record a removal leaves: what was removed from the input, why, and by which rule.
//! `--explain` prints these records, and the JSON's `removed` holds them.

use crate::block::{Block, SiteCount};
use crate::rules::Reason;
use serde::Serialize;

/// One removal: a whole block, or a fragment cut out of a block that was kept (`inline`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// Why it was removed.
    pub reason: Reason,
    /// The id of the rule that fired, from the rules tables.
    pub rule: &'static str,
    /// What was removed, whitespace collapsed.
    pub text: String,
    /// 1-based input line where the block started.
    pub line: usize,
    /// A fragment cut out of a kept block, not a whole block.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inline: bool,
    /// Not removed after all: a leftover was found inside the story's text, but where it ends
    /// could not be told, so its words were kept. Reported so that a reader can check.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub kept: bool,
    /// Learned as the site's furniture (`site-template`): the count that convicted it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteCount>,
}

impl Removed {
    /// A whole block dropped by `rule` for `reason`.
    pub(crate) fn block(reason: Reason, rule: &'static str, block: Block) -> Removed {
        Removed {
            reason,
            rule,
            text: block.text,
            line: block.line,
            inline: false,
            kept: false,
            site: None,
        }
    }
}
