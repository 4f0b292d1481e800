//! Bytes in: recognise what they are ([`sniff`]) and turn them into UTF-8 ([`decode`]).

pub mod decode;
pub mod sniff;

pub use decode::{Decoded, decode};
pub use sniff::{Kind, sniff};
