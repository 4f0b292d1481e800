//! The learned table: what each site's furniture is, saved as JSON beside a batch's outputs
//! (or where `--sites-table` says) so that a rerun, or a cluster's other tasks, reuse it.

use super::units::{Shape, Unit};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What the file says it is, so that another JSON file given by mistake is refused.
const FORMAT: &str = "newsclean-sites";
const VERSION: u32 = 1;

/// Every site's learned furniture.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Table {
    pub format: String,
    pub version: u32,
    /// Sites by name (a URL's host, or a folder of inputs).
    pub sites: BTreeMap<String, Site>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            format: FORMAT.into(),
            version: VERSION,
            sites: BTreeMap::new(),
        }
    }
}

/// One site's pages counted and its furniture.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Site {
    pub pages: u32,
    pub furniture: Vec<Learned>,
}

/// One unit learned as furniture.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Learned {
    /// The unit's fingerprint, 16 hex digits (see [`super::units::fingerprint`]).
    pub fingerprint: String,
    pub unit: Unit,
    pub shape: Shape,
    /// In how many of the site's pages it stands.
    pub pages: u32,
    /// Its text, as first met: for a reader of the table only.
    #[serde(default)]
    pub text: String,
}

impl Table {
    /// Reads a saved table, or says in one line why it cannot.
    pub fn from_json(bytes: &[u8]) -> Result<Table, String> {
        let t: Table =
            serde_json::from_slice(bytes).map_err(|e| format!("not a sites table: {e}"))?;
        if t.format != FORMAT || t.version != VERSION {
            return Err(format!(
                "not a sites table of this version (format {:?}, version {}; expected {FORMAT:?}, {VERSION})",
                t.format, t.version
            ));
        }
        for site in t.sites.values() {
            for f in &site.furniture {
                if u64::from_str_radix(&f.fingerprint, 16).is_err() {
                    return Err(format!("bad fingerprint {:?}", f.fingerprint));
                }
            }
        }
        Ok(t)
    }

    /// The table as pretty JSON, one unit per entry, most frequent first.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// Each site's furniture, ready for lookups.
    pub fn compile(&self) -> HashMap<String, Arc<Furniture>> {
        self.sites
            .iter()
            .filter(|(_, s)| !s.furniture.is_empty())
            .map(|(name, s)| {
                let units = s
                    .furniture
                    .iter()
                    .filter_map(|f| {
                        let fp = u64::from_str_radix(&f.fingerprint, 16).ok()?;
                        Some((fp, (f.unit, f.shape, f.pages)))
                    })
                    .collect();
                (
                    name.clone(),
                    Arc::new(Furniture {
                        pages: s.pages,
                        units,
                    }),
                )
            })
            .collect()
    }

    /// Units learned in all.
    pub fn units(&self) -> usize {
        self.sites.values().map(|s| s.furniture.len()).sum()
    }
}

/// One site's furniture, as cleaning looks it up.
#[derive(Debug, Default)]
pub struct Furniture {
    /// The site's pages counted.
    pub pages: u32,
    /// By fingerprint: the unit, its shape and in how many pages it stood.
    pub units: HashMap<u64, (Unit, Shape, u32)>,
}

impl Furniture {
    pub(crate) fn get(&self, fingerprint: u64) -> Option<(Unit, Shape, u32)> {
        self.units.get(&fingerprint).copied()
    }
}
