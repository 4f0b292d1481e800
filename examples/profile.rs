//! Loops the pipeline over the fixtures, or over the `.txt`, `.html` and `.gz` files of a
//! folder given as the second argument, for profilers: `valgrind --tool=callgrind
//! target/release/examples/profile [PASSES] [FOLDER]`. `long` as the folder loops over the
//! throughput bench's long article (the seed 300 times over, numbers changed so no block
//! repeats), built here the same way.
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let arg = std::env::args().nth(2);
    let docs: Vec<Vec<u8>> = if arg.as_deref() == Some("long") {
        let seed = std::fs::read_to_string(
            root.join("fixtures/text/seed-hindustantimes-us-strikes-iraq.txt"),
        )
        .unwrap();
        let mut text = String::new();
        for i in 0..300 {
            for para in seed.split("\n\n") {
                text.push_str(&format!("Item {i}: {para}\n\n"));
            }
        }
        vec![text.into_bytes()]
    } else {
        let dir = arg
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| root.join("fixtures/text"));
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "txt" || e == "html" || e == "gz")
            })
            .collect();
        // In name order, so a count does not depend on the order the file system lists.
        paths.sort();
        paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
    };
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
