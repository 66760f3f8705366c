//! Attune's project commands: `cargo xtask serve`, `cargo xtask test`.
//!
//! Each command first installs whatever this machine is missing (the wasm
//! target, Trunk, the wasm-bindgen CLI, wasm-opt, Chromium, the end-to-end
//! packages). Every install checks first, so a second run installs nothing.

mod dataset;
mod install;
mod lines;
mod precache;
mod run;
mod wasm_size;

use std::process::ExitCode;

use run::Failure;

/// The longest line the source may have, as rustfmt and leptosfmt are set.
const MAX_LINE: usize = 100;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   build Attune (release) and serve it on http://127.0.0.1:8080
  test    run every check: format, clippy, native, browser and end-to-end tests
  build   build the release bundle into dist/
  bench   generate a year and three years of data and print size, start-up,
          tap and memory figures, each against its budget
  size    build and print what the download weighs and what its wasm is made of
  table   print what the last release build's wasm is made of, without building
  fuzz    read 100,000 random, damaged and rule-breaking backup files
          per property
  lighthouse  Lighthouse (mobile) on the release build: prints the scores,
              fails under performance 95, accessibility or best practices 100
  precache [DIR]  write the service worker's file list into a built bundle
                  (run by Trunk after each build)";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "serve" => serve(),
        "test" => test(),
        "build" => build(),
        "bench" => bench(),
        "size" => size(),
        "table" => wasm_size::print_table(&compiled_wasm()),
        "lighthouse" => lighthouse(),
        "fuzz" => fuzz(),
        "precache" => precache::precache(std::env::args().nth(2)),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("\nxtask: {failure}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), Failure> {
    install::build_tools()?;
    run::step(
        "serve on http://127.0.0.1:8080",
        "trunk",
        &["serve", "--release"],
    )
}

fn build() -> Result<(), Failure> {
    install::build_tools()?;
    run::step("release build", "trunk", &["build", "--release"])
}

fn test() -> Result<(), Failure> {
    install::build_tools()?;
    install::browser_test_tools()?;
    install::format_tools()?;
    run::step("format", "cargo", &["fmt", "--all", "--", "--check"])?;
    run::step("format views", "leptosfmt", &["--check", "--quiet", "src"])?;
    lines::no_long_lines("src", MAX_LINE)?;
    run::step(
        "clippy (native)",
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    run::step(
        "clippy (wasm32)",
        "cargo",
        &[
            "clippy",
            "-p",
            "attune",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    run::step("native tests", "cargo", &["test", "--workspace"])?;
    run::browser_tests()?;
    run::step("release build", "trunk", &["build", "--release"])?;
    run::in_dir(
        "end-to-end tests",
        "tests/e2e",
        "npx",
        &["playwright", "test"],
    )
}

/// The import and restore fuzz tests at full length; `cargo xtask test`
/// runs them short.
fn fuzz() -> Result<(), Failure> {
    let args = [
        "test",
        "--release",
        "--test",
        "fuzz_import",
        "--test",
        "fuzz_rules",
    ];
    let mut cmd = run::command("cargo", &args);
    cmd.env("PROPTEST_CASES", "100000");
    run::run_command("import and restore fuzzing, 100,000 cases a property", cmd)
}

fn lighthouse() -> Result<(), Failure> {
    install::build_tools()?;
    install::browser_test_tools()?;
    run::step("release build", "trunk", &["build", "--release"])?;
    run::in_dir("lighthouse", "tests/e2e", "node", &["lighthouse.mjs"])
}

/// The module as the compiler left it, with its function names.
fn compiled_wasm() -> std::path::PathBuf {
    run::root().join("target/wasm32-unknown-unknown/release/attune.wasm")
}

fn size() -> Result<(), Failure> {
    install::build_tools()?;
    install::browser_test_tools()?;
    run::step("release build", "trunk", &["build", "--release"])?;
    wasm_size::print_table(&compiled_wasm())?;
    let mut cmd = run::command("node", &["bench/run.mjs"]);
    cmd.current_dir(run::root().join("tests/e2e"))
        .env("BENCH_ONLY", "first");
    run::run_command("what a first visit downloads", cmd)
}

/// The data sets the benchmark starts Attune on: notes, days of use, and
/// the file the browser part imports (`tests/e2e/bench/run.mjs` names the
/// same files). A year at four sizes, and three years at the largest, as a
/// leader who kept Attune that long would have.
const BENCH_DATA: [(usize, u64, &str); 5] = [
    (0, dataset::YEAR, "year-0.json"),
    (100, dataset::YEAR, "year-100.json"),
    (1_000, dataset::YEAR, "year-1000.json"),
    (10_000, dataset::YEAR, "year-10000.json"),
    (30_000, dataset::THREE_YEARS, "three-years-30000.json"),
];

fn bench() -> Result<(), Failure> {
    run::step(
        "read speed (native)",
        "cargo",
        &["run", "--release", "--example", "read_speed"],
    )?;
    install::build_tools()?;
    install::browser_test_tools()?;
    run::step("release build", "trunk", &["build", "--release"])?;
    wasm_size::print_table(&compiled_wasm())?;
    let out = run::root().join("target/bench");
    std::fs::create_dir_all(&out)
        .map_err(|e| Failure(format!("cannot create target/bench: {e}")))?;
    println!("\n==> generate data sets");
    for (notes, days, file) in BENCH_DATA {
        // The data end yesterday, so new notes are the newest and Today has
        // due, overdue and upcoming follow-ups as it would after real use.
        let yesterday = chrono::Utc::now().date_naive() - chrono::Days::new(1);
        let spec = dataset::Spec {
            notes,
            seed: 2026,
            end: yesterday,
            days,
        };
        let journal = dataset::generate(&spec);
        let now = attune::domain::Moment::default();
        let text = attune::persist::export_backup(&journal, now);
        let path = out.join(file);
        std::fs::write(&path, &text)
            .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
        println!(
            "{}: {} notes over {days} days, {} KB",
            path.display(),
            journal.note_count(),
            text.len() / 1024
        );
    }
    run::in_dir("benchmark", "tests/e2e", "node", &["bench/run.mjs"])
}
