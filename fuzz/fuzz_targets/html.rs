//! The HTML path: any string through the same depth guard `clean` applies, then `clean_html`
//! (bytes made UTF-8 lossily, so every input reaches the parser and the walk).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let opts = newsclean::Options {
        explain: true,
        ..Default::default()
    };
    if newsclean::internals::nesting_depth(&page, opts.max_depth) > opts.max_depth {
        return;
    }
    let doc = newsclean::clean_html(&page, &opts);
    common::check(&doc);
});
