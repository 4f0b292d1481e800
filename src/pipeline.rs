//! The stages after the input's reader, in one place: [`assemble`] runs them in their order
//! and builds the [`Document`].

use crate::classify::caption::Role;
use crate::classify::story::Scope;
use crate::document::{Caption, Document, Place, Placed};
use crate::input::Kind;
use crate::{Options, block, classify, clean, html, quotes};

/// The stages after the input's own reader, shared by both inputs: clean, keep the story's
/// run, lift headline/byline/dateline, assign captions, find quotes.
pub(crate) fn assemble(
    raw: Vec<block::Block>,
    kind: Kind,
    page: html::PageMeta,
    scope: Scope,
    opts: &Options,
) -> Document {
    let mut raw = raw;
    let input_words: usize = raw.iter().map(|b| crate::tidy::word_count(&b.text)).sum();
    if let Some(site) = &opts.furniture {
        crate::sites::apply::mark_learned(&mut raw, site);
    }
    let (raw, judged) = crate::text::notes::prejudge(raw);
    let cleaned = clean::clean(raw);
    let mut removed = crate::text::notes::merge_removed(cleaned.removed, judged, &cleaned.blocks);
    // A page's run was picked with its markup's help (links, the story's container), which
    // its text output no longer has: only a dump is held to what its text shows. A "page"
    // with no story container and nothing of a page's metadata (no title, no description, no
    // JSON-LD) is a dump with a stray tag or two: held to it as well.
    let bare = scope == Scope::Page
        && page.title.is_none()
        && page.byline.is_none()
        && page.published.is_none()
        && page.site.is_none()
        && page.language.is_none()
        && page.url.is_none()
        && page.article_body.is_none()
        && page.descriptions.is_empty();
    // Only where the story is settled is it picked more than once: the ratings are kept then.
    let mut ratings = classify::story::Ratings::remembering(kind == Kind::Text || bare);
    let (mut blocks, runner_up) =
        classify::keep::keep_story(cleaned.blocks, scope, &mut removed, &mut ratings);
    let mut placed = Vec::new();
    let mut headline_in_text = false;
    if let Some(title) = page.title.as_deref() {
        let line = classify::headline::drop_before_headline(&mut blocks, title, &mut removed);
        // Found as the title, or as the page's `<h1>` worded otherwise.
        headline_in_text = line.is_some()
            || removed.iter().any(|r| r.rule == "page-headline")
            || blocks.first().is_some_and(|first| {
                crate::quality::headline_just_above(title, first.line, &removed)
            });
        if let Some(line) = line {
            placed.push(Placed {
                line,
                place: Place::Title,
            });
        }
    }
    if let Some(body) = page.article_body.as_deref() {
        classify::article_body::cross_check(&mut blocks, body, &mut removed);
    }
    classify::standfirst::drop_standfirst(&mut blocks, &page.descriptions, &mut removed);
    let mut meta = classify::meta::lift(&mut blocks, page.title.is_some(), &mut removed);
    classify::meta::drop_stamps_and_credits(&mut blocks, page.byline.as_deref(), &mut removed);
    classify::story::trim_edges(&mut blocks, &mut removed);
    for b in &mut blocks {
        classify::infer_heading(b);
    }
    let mut roles = classify::caption::assign_cutting_credits(&mut blocks, &mut removed);
    // What settling drops can bring a byline-shaped line into the head of the text output:
    // the head is looked at again each time.
    loop {
        classify::meta::second_look(
            &mut blocks,
            &mut roles,
            &mut meta,
            (page.title.is_some(), page.byline.is_some()),
        );
        let settled = (kind == Kind::Text || bare)
            && classify::settle::settle_story(
                &mut blocks,
                &mut roles,
                [
                    page.title.as_deref().or(meta.title.as_deref()),
                    page.byline.as_deref().or(meta.byline.as_deref()),
                ],
                &mut removed,
                &mut ratings,
            );
        if !settled {
            break;
        }
    }
    // Learned furniture goes last, so that the story is picked and settled as it would be
    // without the table: learning takes furniture out of the story, never moves it.
    crate::sites::apply::drop_marked(&mut blocks, &mut roles, &mut removed);
    classify::in_story::drop_furniture(&mut blocks, &mut roles, &mut removed);
    // A lifted block is placed only if its text is the one kept (a page's own metadata wins).
    if page.title.is_none()
        && let Some(line) = meta.title_line
    {
        placed.push(Placed {
            line,
            place: Place::Title,
        });
    }
    if page.byline.is_none()
        && let Some(line) = meta.byline_line
    {
        placed.push(Placed {
            line,
            place: Place::Byline,
        });
    }
    let mut dateline = None;
    if let Some((at, first)) = blocks
        .iter_mut()
        .zip(&roles)
        .enumerate()
        .find(|(_, (b, r))| **r == Role::Body && b.kind == block::BlockKind::Paragraph)
    {
        dateline = classify::meta::lift_dateline(&mut first.0.text).map(|d| (at, d));
    }
    let mut dateline_opening = None;

    let mut paragraphs = Vec::new();
    let mut kinds = Vec::new();
    // The input lines of the story's paragraphs, for the quality judgement.
    let mut body_lines = Vec::new();
    let mut captions = Vec::new();
    for (i, (block, role)) in blocks.into_iter().zip(roles).enumerate() {
        if let Some((at, d)) = &dateline
            && *at == i
        {
            dateline_opening = Some((paragraphs.len(), d.opening.clone()));
        }
        let place = match role {
            Role::Body => Place::Paragraph(paragraphs.len()),
            Role::Caption { .. } => Place::Caption(captions.len()),
            Role::Consumed => Place::Credit,
        };
        placed.push(Placed {
            line: block.line,
            place,
        });
        match role {
            Role::Body => {
                body_lines.push(block.line);
                paragraphs.push(block.text);
                kinds.push(block.kind);
            }
            Role::Caption { text, credit } => captions.push(Caption {
                text,
                credit,
                after_paragraph: paragraphs.len() as isize - 1,
            }),
            Role::Consumed => {}
        }
    }
    let quotes = quotes::find(&paragraphs);
    let paywalled = page.paywalled || crate::quality::paywall_prompt(&removed);
    let truncated = body_lines.last().is_some_and(|&line| {
        let ends_paragraph = kinds.last() == Some(&block::BlockKind::Paragraph);
        (ends_paragraph
            && paragraphs
                .last()
                .is_some_and(|p| crate::quality::cut_short(p)))
            || crate::quality::read_on_after(line, &removed)
    });
    let signals = crate::quality::Signals {
        kind: Some(kind),
        contained: scope == Scope::Container,
        headline: page.title.is_some() || meta.title.is_some(),
        headline_in_text: headline_in_text || meta.title.is_some(),
        comments_inside: crate::quality::comments_inside(&body_lines, &removed),
        input_words,
        story_words: paragraphs.iter().map(|p| crate::tidy::word_count(p)).sum(),
        runner_up,
        encoding_guessed: false,
        paywalled,
        truncated,
    };
    let byline = page.byline.or(meta.byline);
    let authors = if page.authors.is_empty() {
        byline
            .as_deref()
            .map(|b| crate::authors::split(b, page.site.as_deref()))
            .unwrap_or_default()
    } else {
        page.authors
    };
    let title = page.title.or(meta.title);
    let language = crate::lang::decide(
        &page.languages,
        title.iter().chain(&paragraphs).map(String::as_str),
    );
    Document {
        source: None,
        input: kind,
        title,
        byline,
        authors,
        dateline: dateline.map(|(_, d)| d.line),
        published: page.published,
        modified: page.modified,
        site: page.site,
        language_confidence: language.as_ref().and_then(|l| l.confidence),
        language: language.map(|l| l.tag),
        url: page.url,
        fetched_url: None,
        fetched: None,
        paywalled,
        quality: crate::quality::assess(&signals),
        paragraphs,
        captions,
        quotes,
        removed: opts.explain.then_some(removed),
        kinds,
        dateline_opening,
        placed: if opts.explain { placed } else { Vec::new() },
        signals,
    }
}
