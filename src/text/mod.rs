//! Plain-text input: split a dump into blocks ([`split()`]) and normalise the text inside them
//! ([`normalize`]); before cleaning, blocks of either input lose their link notes and those
//! the reader judged leave ([`notes`]).

pub mod normalize;
pub mod notes;
pub mod split;

pub use split::split;
