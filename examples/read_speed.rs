//! How long reading a note takes, since the capture form reads it on every
//! keystroke: `cargo run --release --example read_speed` prints the median
//! time per read of a long dictated note.

use std::hint::black_box;
use std::time::Instant;

use attune::domain::date_phrase::DateOrder;
use attune::domain::reading::read_note;
use chrono::NaiveDate;

/// A long note, as dictated right after a session: several kids, days past
/// and ahead, run-on sentences.
const NOTE: &str = "So today Marco was really quiet at the start, sat by the window and \
didn't want to join the warm-up game, but once Zoë asked him about his jersey he opened up \
a bit. He mentioned that his team made it to the regional finals and the big game is on \
Saturday against Eastside, and he's nervous because he missed two practices last week when he \
was sick. His mom said his grandma is visiting from Ghana on the 12th and staying until \
Christmas, which he's excited about. Zoë had a rough week, her cat died on Tuesday and she \
cried a little when she told us, but she laughed a lot during the drawing game. She has a \
spelling bee in a couple of days and her piano recital is next Thursday evening at the church \
hall. Leo brought photos of his new puppy, he's getting it microchipped tmrw. Sam seemed tired \
again, kept his hood up, said he stayed up late gaming, and his parents' court date is coming \
up soon so maybe that's on his mind. Check in with Ava about the school trip to the science \
museum on weds, she's been worried about the bus ride. 🎉";

const READS_PER_ROUND: u32 = 500;
const ROUNDS: usize = 11;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    for _ in 0..READS_PER_ROUND {
        black_box(read_note(black_box(NOTE), today, DateOrder::DayMonth));
    }
    let mut micros: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..READS_PER_ROUND {
                black_box(read_note(black_box(NOTE), today, DateOrder::DayMonth));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(READS_PER_ROUND)
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    let median = micros.get(ROUNDS / 2).copied().unwrap_or_default();
    let reading = read_note(NOTE, today, DateOrder::DayMonth);
    println!(
        "read_note: {median:.1} µs per read of a {}-character note (median of {ROUNDS} rounds of {READS_PER_ROUND}); reads {:?}, {:?}",
        NOTE.chars().count(),
        reading.due,
        reading.prompt
    );
}
