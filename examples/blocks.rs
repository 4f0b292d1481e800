//! Prints the blocks the HTML walker reads from a page, one per line, with what is known of
//! each (caption, credit, group, templated, link density): for finding why a page cleans
//! the way it does. `cargo run --release --example blocks -- PAGE.html[.gz]`
fn main() {
    let path = std::env::args().nth(1).expect("a page");
    let bytes = std::fs::read(&path).expect("readable");
    let bytes = if path.ends_with(".gz") {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out)
            .expect("gzip");
        out
    } else {
        bytes
    };
    let text = String::from_utf8_lossy(&bytes);
    let page = newsclean::internals::read_html(&text);
    for b in &page.blocks {
        let flags = format!(
            "{}{}{}",
            if b.caption { "C" } else { "-" },
            if b.credit { "R" } else { "-" },
            if b.templated { "T" } else { "-" },
        );
        let text: String = b.text.chars().take(90).collect();
        println!(
            "{:4} {flags} g{:<5} ld{:.2} {:?} {text}",
            b.line,
            b.group.unwrap_or(0),
            b.link_density.unwrap_or(0.0),
            b.kind
        );
    }
}
