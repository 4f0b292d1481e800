//! The text path: any string through `clean_text` (bytes made UTF-8 lossily, so every input
//! reaches the splitter and the rules rather than stopping at the binary check).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let opts = newsclean::Options {
        explain: true,
        ..Default::default()
    };
    let doc = newsclean::clean_text(&text, &opts);
    common::check(&doc);
});
