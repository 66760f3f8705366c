//! Running steps, with the project's tool folders on PATH.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A step that failed, with what to do about it.
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// PATH with cargo's bin folder and the npm-installed wasm-opt first.
pub fn path_var() -> String {
    let mut dirs = vec![root().join("tools/wasm-opt/node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut all: Vec<PathBuf> = dirs;
    if let Some(existing) = std::env::var_os("PATH") {
        all.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(all)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn command(program: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(root()).env("PATH", path_var());
    cmd
}

pub fn run_command(label: &str, mut cmd: Command) -> Result<(), Failure> {
    println!("\n==> {label}");
    match cmd.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(Failure(format!("{label} failed ({status})"))),
        Err(e) => Err(Failure(format!("{label} could not start: {e}"))),
    }
}

pub fn step(label: &str, program: &str, args: &[&str]) -> Result<(), Failure> {
    run_command(label, command(program, args))
}

pub fn in_dir(label: &str, dir: &str, program: &str, args: &[&str]) -> Result<(), Failure> {
    let mut cmd = command(program, args);
    cmd.current_dir(root().join(dir));
    run_command(label, cmd)
}

/// wasm-bindgen-test in headless Chromium, flags from `webdriver.json`.
pub fn browser_tests() -> Result<(), Failure> {
    let mut cmd = command(
        "cargo",
        &[
            "test",
            "-p",
            "attune",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "browser_store",
            "--test",
            "browser_crypto",
            "--test",
            "browser_vault",
        ],
    );
    cmd.env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    run_command("browser tests (headless Chromium)", cmd)
}

/// Output of a command, or `None` when it cannot run.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
