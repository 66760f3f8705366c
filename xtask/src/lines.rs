//! A check formatters cannot make: no line of the source longer than the
//! limit, which string literals and comments can otherwise exceed.

use std::fs;
use std::path::Path;

use crate::run::{Failure, root};

/// Fails naming each `.rs` line under `dir` longer than `max` characters.
pub fn no_long_lines(dir: &str, max: usize) -> Result<(), Failure> {
    println!("\n==> no line over {max} characters in {dir}/");
    let mut long = Vec::new();
    visit(&root().join(dir), &mut |path, text| {
        for (n, line) in text.lines().enumerate() {
            if line.chars().count() > max {
                long.push(format!("{}:{}", path.display(), n + 1));
            }
        }
    })?;
    if long.is_empty() {
        return Ok(());
    }
    for place in &long {
        println!("  {place}");
    }
    Err(Failure(format!(
        "{} lines are over {max} characters: split them",
        long.len()
    )))
}

fn visit(dir: &Path, each: &mut dyn FnMut(&Path, &str)) -> Result<(), Failure> {
    let entries =
        fs::read_dir(dir).map_err(|e| Failure(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, each)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path)
                .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
            each(&path, &text);
        }
    }
    Ok(())
}
