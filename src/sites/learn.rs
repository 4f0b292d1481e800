//! The first pass: in how many of each site's pages each unit stands, in bounded memory.

use super::units::{Shape, Unit};
use super::{Observed, TUNING, Table, table};
use rustc_hash::FxHashMap as HashMap;

/// One counted unit of one site, in 8 bytes beside its 8-byte key: the site's number, with
/// the unit's kind and shape in its top two bits (the key is the fingerprint mixed with the
/// site's number, so the fingerprint is recovered from the two).
#[derive(Clone, Copy)]
struct Count {
    pages: u32,
    site_and_kind: u32,
}

const INLINE_BIT: u32 = 1 << 31;
const PROSE_BIT: u32 = 1 << 30;
/// Sites past this many are counted as one more (never reached in practice: a billion hosts).
const MAX_SITES: u32 = PROSE_BIT - 1;

impl Count {
    fn new(site: u32, unit: Unit, shape: Shape) -> Count {
        let mut v = site.min(MAX_SITES);
        if unit == Unit::Inline {
            v |= INLINE_BIT;
        }
        if shape == Shape::Prose {
            v |= PROSE_BIT;
        }
        Count {
            pages: 0,
            site_and_kind: v,
        }
    }
    fn site(self) -> u32 {
        self.site_and_kind & MAX_SITES
    }
    fn unit(self) -> Unit {
        if self.site_and_kind & INLINE_BIT != 0 {
            Unit::Inline
        } else {
            Unit::Block
        }
    }
    fn shape(self) -> Shape {
        if self.site_and_kind & PROSE_BIT != 0 {
            Shape::Prose
        } else {
            Shape::Line
        }
    }
}

/// The key of a site's unit: its fingerprint mixed with the site's number.
fn key(fingerprint: u64, site: u32) -> u64 {
    fingerprint ^ u64::from(site).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Counts units per site. Memory is bounded by `Tuning::max_fingerprints`: when the
/// count is full, the units seen in the fewest pages are forgotten until it is half full. A
/// story's sentence stands in one page and goes at the first pruning; furniture stands in a
/// share of every stretch of pages and stays. A unit forgotten and met again counts from
/// zero: counts can only fall short, so pruning can make the learner miss furniture, never
/// take a story's words for it.
pub struct Learner {
    sites: HashMap<String, (u32, u32)>,
    names: Vec<String>,
    counts: HashMap<u64, Count>,
    /// Text of the units that cleared their bar when last counted, for the table.
    samples: HashMap<u64, Box<str>>,
    prunes: u32,
    cap: usize,
}

impl Default for Learner {
    fn default() -> Self {
        Learner::with_capacity(TUNING.max_fingerprints)
    }
}

impl Learner {
    /// A learner that keeps at most `cap` fingerprints at once.
    pub fn with_capacity(cap: usize) -> Learner {
        let cap = cap.max(16);
        Learner {
            sites: HashMap::default(),
            names: Vec::new(),
            // Room for the whole count from the start: it is pruned before it would grow, so
            // its memory is the same for ten thousand pages as for ten million (and only the
            // slots used are ever touched).
            counts: HashMap::with_capacity_and_hasher(cap + 1, Default::default()),
            samples: HashMap::default(),
            prunes: 0,
            cap,
        }
    }

    /// Counts one page of `site`.
    pub fn add(&mut self, site: &str, page: Observed) {
        let id = match self.sites.get_mut(site) {
            Some((id, pages)) => {
                *pages += 1;
                *id
            }
            None => {
                let id = self.names.len() as u32;
                self.sites.insert(site.to_string(), (id, 1));
                self.names.push(site.to_string());
                id
            }
        };
        let min = TUNING.line_min_pages.min(TUNING.prose_min_pages);
        let site_pages = self.names.get(id as usize).map_or(0, |n| self.sites[n].1);
        for (fingerprint, unit, shape, text) in page.units {
            let key = key(fingerprint, id);
            let c = self
                .counts
                .entry(key)
                .or_insert_with(|| Count::new(id, unit, shape));
            c.pages += 1;
            // Text is kept only for a unit that clears its bar so far: a story printed a few
            // times in a large site never does, so the samples stay few.
            if c.pages >= min
                && convicted(shape, c.pages, site_pages.max(TUNING.min_site_pages))
                && !self.samples.contains_key(&key)
            {
                self.samples.insert(key, text);
            }
        }
        if self.counts.len() > self.cap {
            self.prune();
        }
    }

    /// Forgets the rarest units until the count is at most half full.
    fn prune(&mut self) {
        let mut floor = 0;
        while self.counts.len() > self.cap / 2 {
            floor += 1;
            self.counts.retain(|_, c| c.pages > floor);
        }
        // The table keeps its buckets: the next fill reuses them, so memory stays where the
        // first fill put it.
        let counts = &self.counts;
        self.samples.retain(|k, _| counts.contains_key(k));
        self.prunes += 1;
    }

    /// Pages counted per site.
    pub fn pages(&self, site: &str) -> u32 {
        self.sites.get(site).map_or(0, |s| s.1)
    }

    /// Sites met.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }

    /// How many times the count was full and its rarest units forgotten.
    pub fn prunes(&self) -> u32 {
        self.prunes
    }

    /// Fingerprints held now.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// No fingerprint held.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// The units that cleared their bar, per site.
    pub fn table(&self) -> Table {
        let mut table = Table::default();
        for (&k, &c) in &self.counts {
            let name = &self.names[c.site() as usize];
            let pages = self.sites[name].1;
            if !convicted(c.shape(), c.pages, pages) {
                continue;
            }
            let site = table
                .sites
                .entry(name.clone())
                .or_insert_with(|| table::Site {
                    pages,
                    furniture: Vec::new(),
                });
            site.furniture.push(table::Learned {
                fingerprint: format!("{:016x}", key(k, c.site())),
                unit: c.unit(),
                shape: c.shape(),
                pages: c.pages.min(pages),
                text: self
                    .samples
                    .get(&k)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            });
        }
        for site in table.sites.values_mut() {
            site.furniture.sort_by(|a, b| {
                b.pages
                    .cmp(&a.pages)
                    .then(a.fingerprint.cmp(&b.fingerprint))
            });
        }
        table
    }
}

/// Whether a unit of this shape seen in `count` of a site's `pages` pages is its furniture.
pub fn convicted(shape: Shape, count: u32, pages: u32) -> bool {
    let t = &TUNING;
    if pages < t.min_site_pages {
        return false;
    }
    let (share, min) = match shape {
        Shape::Line => (t.line_share, t.line_min_pages),
        Shape::Prose => (t.prose_share, t.prose_min_pages),
    };
    count >= min && f64::from(count) >= share * f64::from(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(units: &[(u64, Shape)]) -> Observed {
        Observed {
            units: units
                .iter()
                .map(|&(f, s)| (f, Unit::Block, s, format!("unit {f}").into()))
                .collect(),
        }
    }

    #[test]
    fn furniture_is_what_stands_in_a_share_of_a_sites_pages() {
        let mut l = Learner::default();
        for i in 0..100u64 {
            let mut units = vec![(1000 + i, Shape::Prose)];
            if i % 5 == 0 {
                units.push((1, Shape::Line)); // a plug on one page in five
            }
            if i % 20 == 0 {
                units.push((2, Shape::Line)); // one in twenty: too rare
            }
            if i % 3 == 0 {
                units.push((3, Shape::Prose)); // a series' introduction on a third
            }
            units.push((4, Shape::Prose)); // the copyright line on every page
            l.add("example.com", page(&units));
        }
        let t = l.table();
        let site = &t.sites["example.com"];
        assert_eq!(site.pages, 100);
        let learned: Vec<(&str, u32)> = site
            .furniture
            .iter()
            .map(|f| (f.fingerprint.as_str(), f.pages))
            .collect();
        assert_eq!(
            learned,
            [("0000000000000004", 100), ("0000000000000001", 20)]
        );
        assert_eq!(site.furniture[1].text, "unit 1");
    }

    #[test]
    fn sites_are_counted_apart_and_small_sites_learn_nothing() {
        let mut l = Learner::default();
        for _ in 0..9 {
            l.add("small.example", page(&[(1, Shape::Line)]));
            l.add("big.example", page(&[(1, Shape::Line)]));
        }
        l.add("big.example", page(&[(2, Shape::Line)]));
        let t = l.table();
        assert!(!t.sites.contains_key("small.example"));
        assert_eq!(t.sites["big.example"].furniture.len(), 1);
    }

    #[test]
    fn memory_is_bounded_and_furniture_survives_pruning() {
        let mut l = Learner::with_capacity(1000);
        for i in 0..20_000u64 {
            let mut units: Vec<(u64, Shape)> = (0..10)
                .map(|k| ((i << 8) + k + 100, Shape::Prose))
                .collect();
            if i % 4 == 0 {
                units.push((7, Shape::Line));
            }
            l.add("example.com", page(&units));
            assert!(l.len() <= 1000 + 11);
        }
        assert!(l.prunes() > 10);
        let t = l.table();
        let f = &t.sites["example.com"].furniture;
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fingerprint, "0000000000000007");
        assert!(f[0].pages >= 4_900, "{}", f[0].pages);
    }
}
