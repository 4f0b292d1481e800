//! Plain-text input: split a dump into blocks ([`split`]) and normalise the text inside them
//! ([`normalize`]).

pub mod normalize;
pub mod split;

pub use split::split;
