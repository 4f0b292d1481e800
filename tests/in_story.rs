//! Furniture told inside the picked story: lines of interface words and prompts to the reader
//! come out of the story, and the story's own paragraphs, sub-headings included, stay.

use newsclean::{Options, clean_text};

const STORY: [&str; 4] = [
    "The harbour authority closed the northern pier on Tuesday after inspectors found cracks in \
     two of its supports, a spokeswoman said.",
    "Ferries will dock at the southern terminal until repairs are finished, which the authority \
     expects to take at least six weeks.",
    "What happens next",
    "Engineers will survey the remaining piers this month, and the council will vote on a \
     repair budget in the spring, officials said.",
];

fn run(leftovers: &[(usize, &str)]) -> newsclean::Document {
    let mut lines: Vec<&str> = Vec::new();
    for (i, p) in STORY.iter().enumerate() {
        lines.extend(leftovers.iter().filter(|(at, _)| *at == i).map(|(_, l)| *l));
        lines.push(p);
    }
    lines.extend(
        leftovers
            .iter()
            .filter(|(at, _)| *at == STORY.len())
            .map(|(_, l)| *l),
    );
    let text = lines.join("\n\n");
    clean_text(
        &text,
        &Options {
            explain: true,
            ..Default::default()
        },
    )
}

#[test]
fn lines_of_interface_words_inside_the_story_come_out() {
    let doc = run(&[
        (1, "Geplaatst: 12 maart 2024 10:32 uur"),
        (2, "Artikel merken"),
        (1, "Zurück nach oben"),
    ]);
    assert_eq!(doc.paragraphs, STORY.to_vec());
    for rule in ["ui-words-interface", "ui-words-save", "ui-words-timestamp"] {
        assert!(
            doc.removed.iter().flatten().any(|r| r.rule == rule),
            "{rule} not in {:?}",
            doc.removed
        );
    }
}

#[test]
fn a_prompt_to_the_reader_inside_the_story_comes_out() {
    let doc = run(&[(
        2,
        "Unterstützen Sie unabhängigen Journalismus: Jetzt spenden oder ein Abo abschließen und \
         unseren Newsletter abonnieren.",
    )]);
    assert_eq!(doc.paragraphs, STORY.to_vec());
    assert!(
        doc.removed
            .iter()
            .flatten()
            .any(|r| r.rule == "ui-words-prompt")
    );
}
