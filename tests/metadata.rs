//! Metadata through the whole pipeline: dates from a page, the language of a dump with no
//! markup, and of a page whose markup contradicts its text.

use newsclean::{Options, clean_html, clean_text};

const EN: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.\n\nRepairs are expected to take most of the summer, officials said, and buses will be diverted through the town centre.";
const DE: &str = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Schwerverkehr zu sperren, nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten.\n\nDie Reparaturen werden voraussichtlich den größten Teil des Sommers dauern, sagten Beamte, und die Busse werden durch die Innenstadt umgeleitet.";
const ES: &str = "El ayuntamiento votó el martes para cerrar el viejo puente al tráfico pesado después de que los ingenieros encontraran grietas en dos de sus pilares.\n\nSe espera que las reparaciones duren la mayor parte del verano, dijeron los funcionarios, y los autobuses serán desviados por el centro de la ciudad.";

#[test]
fn a_dump_without_markup_gets_its_language_from_the_text() {
    for (text, code) in [(EN, "en"), (DE, "de"), (ES, "es")] {
        let doc = clean_text(text, &Options::default());
        assert_eq!(doc.language.as_deref(), Some(code));
        let c = doc
            .language_confidence
            .expect("a detected language has a confidence");
        assert!((0.0..=1.0).contains(&c), "{code}: {c}");
        assert_eq!(doc.published, None);
    }
}

fn page(lang: &str, body: &str) -> String {
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
    format!(
        r#"<html lang="{lang}"><head><title>Bridge</title>
        <meta property="article:published_time" content="2024-03-15T09:00:00.000+0100">
        <meta property="article:modified_time" content="2024-13-15T09:00:00+01:00">
        </head><body><article><h1>Bridge</h1>{paragraphs}</article></body></html>"#
    )
}

#[test]
fn markup_that_agrees_is_kept_with_its_region() {
    let doc = clean_html(&page("en-GB", EN), &Options::default());
    assert_eq!(doc.language.as_deref(), Some("en-GB"));
    assert_eq!(doc.language_confidence, None);
    assert_eq!(doc.published.as_deref(), Some("2024-03-15T09:00:00+01:00"));
    // Month 13: dropped, not printed.
    assert_eq!(doc.modified, None);
}

#[test]
fn markup_that_contradicts_the_text_gives_way() {
    let doc = clean_html(&page("en", DE), &Options::default());
    assert_eq!(doc.language.as_deref(), Some("de"));
    assert!(doc.language_confidence.is_some());
}

#[test]
fn new_fields_sit_beside_the_ones_they_belong_to() {
    let doc = clean_text(EN, &Options::default());
    let json = serde_json::to_string(&doc).unwrap();
    let at = |k: &str| json.find(&format!("\"{k}\":")).unwrap();
    assert!(at("published") < at("modified") && at("modified") < at("site"));
    assert!(at("language") < at("language_confidence") && at("language_confidence") < at("url"));
}
