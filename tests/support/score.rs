//! The benchmark's metric (ScrapingHub article-extraction benchmark): a page's text as the
//! multiset of its 4-token shingles; precision and recall per page over shared shingles.

use regex::Regex;
use std::collections::HashMap;

#[allow(dead_code)] // each program that includes this reads its own fields
pub struct Score {
    pub id: String,
    pub precision: f64,
    pub recall: f64,
    pub exact: bool,
}

fn tokens(re: &Regex, text: &str) -> Vec<String> {
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

fn shingles(tokens: &[String]) -> HashMap<&[String], usize> {
    let mut out = HashMap::new();
    if tokens.len() < 4 {
        if !tokens.is_empty() {
            *out.entry(tokens).or_insert(0) += 1;
        }
        return out;
    }
    for w in tokens.windows(4) {
        *out.entry(w).or_insert(0) += 1;
    }
    out
}

pub fn score(re: &Regex, id: &str, truth: &str, output: &str) -> Score {
    let (t, o) = (tokens(re, truth), tokens(re, output));
    let (ts, os) = (shingles(&t), shingles(&o));
    let tp: usize = os
        .iter()
        .map(|(k, n)| (*n).min(*ts.get(k).unwrap_or(&0)))
        .sum();
    let (o_total, t_total): (usize, usize) = (os.values().sum(), ts.values().sum());
    // A page where output and truth are both empty counts as 1 for both.
    let ratio = |part: usize, whole: usize| match (o_total + t_total, whole) {
        (0, _) => 1.0,
        (_, 0) => 0.0,
        _ => part as f64 / whole as f64,
    };
    Score {
        id: id.to_string(),
        precision: ratio(tp, o_total),
        recall: ratio(tp, t_total),
        exact: t == o,
    }
}
