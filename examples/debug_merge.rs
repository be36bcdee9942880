use timeline::extract::extract_mentions;
use timeline::merge::similarity::Features;
use timeline::tag::{TagOptions, tag};
fn main() {
    let ing = timeline::ingest::ingest(&[std::path::PathBuf::from(
        std::env::args().nth(1).unwrap_or("input".into()),
    )]);
    let mut ms = Vec::new();
    for a in &ing.articles {
        let t = tag(&a.text, a.published, &TagOptions::default());
        ms.extend(extract_mentions(a, &t));
    }
    let f = Features::new(&ms);
    let filt = std::env::args().nth(2).unwrap_or_default();
    for i in 0..ms.len() {
        for j in i + 1..ms.len() {
            if ms[i].article == ms[j].article {
                continue;
            }
            if !timeline::merge::blocking::nested(&ms[i], &ms[j]) {
                continue;
            }
            if !filt.is_empty() && ms[i].value.to_string() != filt {
                continue;
            }
            let s = f.similarity(i, j);
            println!(
                "{s:.3} {}:{} {} | {}:{} {}",
                &ms[i].article[..3],
                ms[i].value,
                ms[i].title,
                &ms[j].article[..3],
                ms[j].value,
                ms[j].title
            );
            println!("      {:?}\n      {:?}", ms[i].words, ms[j].words);
        }
    }
}
