//! Attune's project commands: `cargo xtask serve`, `cargo xtask test`.
//!
//! Each command first installs whatever this machine is missing (the wasm
//! target, Trunk, the wasm-bindgen CLI, wasm-opt, Chromium, the end-to-end
//! packages). Every install checks first, so a second run installs nothing.

mod install;
mod run;

use std::process::ExitCode;

use run::Failure;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   build Attune (release) and serve it on http://127.0.0.1:8080
  test    run every check: format, clippy, native, browser and end-to-end tests
  build   build the release bundle into dist/";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "serve" => serve(),
        "test" => test(),
        "build" => build(),
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
    run::step("format", "cargo", &["fmt", "--all", "--", "--check"])?;
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
