//! Captions in a text dump, found by their credit syntax (see `rules::credit`) and, without a
//! credit, by caption shape when the evidence is strong.

use super::has_reporting_verb;
use crate::block::{Block, BlockKind};
use crate::rules::credit;
use crate::text::word_count;

/// What each block is, once captions are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Body,
    Caption {
        text: String,
        credit: Option<String>,
    },
    /// A credit line that went into a neighbouring caption.
    Consumed,
}

/// Short enough to be a caption at all.
fn caption_sized(text: &str) -> bool {
    word_count(text) <= 60
}

/// A caption with no credit: one short sentence, a caption cue, no reporting verb, no quote.
fn caption_shaped(text: &str) -> bool {
    let words = word_count(text);
    (3..=40).contains(&words)
        && credit::has_caption_cue(text)
        && !has_reporting_verb(text)
        && !text.contains(['"', '“', '”', '«', '„'])
        && sentence_count(text) == 1
}

fn sentence_count(text: &str) -> usize {
    let b = text.as_bytes();
    1 + (1..b.len().saturating_sub(1))
        .filter(|&i| {
            matches!(b[i], b'.' | b'!' | b'?')
                && b[i + 1] == b' '
                && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                // "U.S. Army", "Dr. Okonjo": a capital or a short word just before the stop.
                && b[..i].rsplit(|&c| c == b' ').next().is_none_or(|w| w.len() > 3)
        })
        .count()
}

pub fn assign(blocks: &[Block]) -> Vec<Role> {
    let mut roles = vec![Role::Body; blocks.len()];
    let body =
        |roles: &[Role], i: usize| roles[i] == Role::Body && blocks[i].kind == BlockKind::Paragraph;
    for i in 0..blocks.len() {
        let text = blocks[i].text.as_str();
        if blocks[i].credit
            && let Some(Role::Caption { credit, .. }) = i.checked_sub(1).map(|p| &mut roles[p])
            && credit.is_none()
        {
            // A credit element after its caption's: the credit of that caption.
            // "Photograph: Ines Varga/EPA": the label is the element's, the credit is the name.
            *credit = Some(credit::credit_line(text).unwrap_or(text).to_string());
            roles[i] = Role::Consumed;
            continue;
        }
        if blocks[i].caption {
            // `<figcaption>`: a caption by markup; its credit, if glued on, is split off.
            roles[i] =
                match credit::glued_credit(text).or_else(|| credit::bracketed_name_credit(text)) {
                    Some(split) => Role::Caption {
                        text: split.text.to_string(),
                        credit: Some(split.credit.to_string()),
                    },
                    None => Role::Caption {
                        text: text.to_string(),
                        credit: None,
                    },
                };
            continue;
        }
        if blocks[i].kind != BlockKind::Paragraph {
            continue;
        }
        // `Image source, X` then `Image caption, …` (BBC); or `Photo: X` after its caption.
        if let Some(label_text) = credit::caption_label(text) {
            let credit = (i > 0 && roles[i - 1] == Role::Body)
                .then(|| credit::credit_line(&blocks[i - 1].text))
                .flatten()
                .map(str::to_string);
            if credit.is_some() {
                roles[i - 1] = Role::Consumed;
            }
            roles[i] = Role::Caption {
                text: label_text.to_string(),
                credit,
            };
            continue;
        }
        if let Some(c) = credit::credit_line(text) {
            // A labelled credit line vouches for the block above it: wire captions run long.
            let caption_sized = |t: &str| word_count(t) <= 90;
            let next_is_label = blocks
                .get(i + 1)
                .is_some_and(|b| credit::caption_label(&b.text).is_some());
            if next_is_label {
                continue;
            }
            // After a caption that has none, it is that caption's credit: left a paragraph,
            // it would stand in the text output next to a paragraph, and claim that.
            if let Some(Role::Caption {
                credit: credit @ None,
                ..
            }) = i.checked_sub(1).map(|p| &mut roles[p])
            {
                *credit = Some(c.to_string());
                roles[i] = Role::Consumed;
                continue;
            }
            if i > 0 && body(&roles, i - 1) && caption_sized(&blocks[i - 1].text) {
                roles[i - 1] = Role::Caption {
                    text: blocks[i - 1].text.clone(),
                    credit: Some(c.to_string()),
                };
                roles[i] = Role::Consumed;
                continue;
            }
        }
        // A bare `Jane Doe/NPR` line after a caption-sized block, or before a caption toggle.
        let bare =
            credit::is_bare_credit(text) || (blocks[i].ends_caption && word_count(text) <= 6);
        if bare && i > 0 && caption_sized(&blocks[i - 1].text) {
            match &mut roles[i - 1] {
                Role::Caption {
                    credit: c @ None, ..
                } => {
                    *c = Some(text.to_string());
                    roles[i] = Role::Consumed;
                    continue;
                }
                Role::Body if blocks[i - 1].kind == BlockKind::Paragraph => {
                    roles[i - 1] = Role::Caption {
                        text: blocks[i - 1].text.clone(),
                        credit: Some(text.to_string()),
                    };
                    roles[i] = Role::Consumed;
                    continue;
                }
                _ => {}
            }
        }
        if let Some(split) = credit::glued_credit(text)
            && caption_sized(split.text)
        {
            roles[i] = Role::Caption {
                text: split.text.to_string(),
                credit: Some(split.credit.to_string()),
            };
            continue;
        }
        if blocks[i].ends_caption || caption_shaped(text) {
            roles[i] = Role::Caption {
                text: text.to_string(),
                credit: None,
            };
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(texts: &[&str]) -> Vec<Role> {
        let blocks: Vec<Block> = texts
            .iter()
            .map(|t| Block::new(*t, BlockKind::Paragraph, 1))
            .collect();
        assign(&blocks)
    }

    fn cap(text: &str, credit: Option<&str>) -> Role {
        Role::Caption {
            text: text.into(),
            credit: credit.map(Into::into),
        }
    }

    #[test]
    fn glued_credit_makes_a_caption() {
        assert_eq!(
            roles(&["Vehicles are seen at the base in Anbar province, Iraq.(Reuters / File)"]),
            [cap(
                "Vehicles are seen at the base in Anbar province, Iraq.",
                Some("Reuters / File")
            )]
        );
    }

    #[test]
    fn bbc_image_source_and_caption() {
        assert_eq!(
            roles(&[
                "Image source, Getty Images",
                "Image caption, Crowds in Leeds on Friday"
            ]),
            [
                Role::Consumed,
                cap("Crowds in Leeds on Friday", Some("Getty Images"))
            ]
        );
    }

    #[test]
    fn a_credit_line_after_an_uncredited_caption_is_its_credit() {
        // Left a paragraph, the credit would stand next to the quotation in the text output,
        // and a second clean would make the quotation its caption.
        assert_eq!(
            roles(&[
                "Image caption, Council workers cleared fallen trees from the bridge",
                "Image source, Powys County Council",
                "\"You can smell the river in the walls for months afterwards,\" she added.",
            ]),
            [
                cap(
                    "Council workers cleared fallen trees from the bridge",
                    Some("Powys County Council")
                ),
                Role::Consumed,
                Role::Body
            ]
        );
    }

    #[test]
    fn bbc_caption_label_without_a_comma() {
        assert_eq!(
            roles(&["Image caption Assange gestures after he was arrested by police"]),
            [cap(
                "Assange gestures after he was arrested by police",
                None
            )]
        );
        // A paragraph that merely opens with the word is body.
        assert_eq!(
            roles(&["Caption contests drew a record number of entries this year, the paper said."]),
            [Role::Body]
        );
    }

    #[test]
    fn credit_line_after_caption() {
        assert_eq!(
            roles(&["Fans celebrate the win in Mumbai.", "Photo: Getty Images"]),
            [
                cap("Fans celebrate the win in Mumbai.", Some("Getty Images")),
                Role::Consumed
            ]
        );
    }

    #[test]
    fn caption_without_credit_needs_strong_shape() {
        assert_eq!(
            roles(&["Residents are seen queuing for water in Harare, Zimbabwe, on March 2, 2024."]),
            [cap(
                "Residents are seen queuing for water in Harare, Zimbabwe, on March 2, 2024.",
                None
            )]
        );
        assert_eq!(
            roles(&["Police said the suspect was seen in Anbar province, Iraq, on Monday."]),
            [Role::Body]
        );
    }
}
