//! Loops the pipeline over the fixtures, or over the `.txt`, `.html` and `.gz` files of a
//! folder given as the second argument, for profilers: `valgrind --tool=callgrind
//! target/release/examples/profile [PASSES] [FOLDER]`.
fn main() {
    let dir = std::env::args()
        .nth(2)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/text"));
    let docs: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "txt" || e == "html" || e == "gz")
        })
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let opts = newsclean::Options::default();
    let mut paragraphs = 0;
    for _ in 0..n {
        for d in &docs {
            paragraphs += newsclean::clean(d, &opts).map_or(0, |d| d.paragraphs.len());
        }
    }
    println!("{paragraphs}");
}
