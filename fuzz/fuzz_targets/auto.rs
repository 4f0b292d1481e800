//! Sniff and decode: raw bytes through `clean` with `InputMode::Auto` — gunzip, BOM, meta
//! charset, UTF-16 detection, binary detection, chardetng, the sniff, then either path. Any
//! bytes must give a document or one of the typed errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let opts = newsclean::Options {
        explain: true,
        ..Default::default()
    };
    // The stages on their own, as library users may call them.
    if let Ok(decoded) = newsclean::internals::decode(data) {
        let _ = newsclean::internals::sniff(&decoded.text);
    }
    match newsclean::clean(data, &opts) {
        Ok(doc) => common::check(&doc),
        // Every error renders as one line a user can act on.
        Err(e) => assert!(!e.to_string().contains('\n')),
    }
});
