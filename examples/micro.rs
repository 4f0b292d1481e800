fn main() {
    let p = "Pentagon spokesman Brigadier General Pat Ryder said that the attack resulted in “eight injuries and some minor damage to infrastructure” at the base.";
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let mut k = 0;
    for _ in 0..n {
        k += newsclean::rules::boilerplate::classify(std::hint::black_box(p)).is_some() as usize;
    }
    println!("{k}");
}
