//! Idempotent installs: each checks what is there and installs only what is missing.

use std::fs;
use std::path::Path;

use crate::run::{Failure, command, output, root, run_command};

const TRUNK_VERSION: &str = "0.21.14";
const WASM_OPT_VERSION: &str = "version_132";
const LEPTOSFMT_VERSION: &str = "0.1.33";

/// What building the app needs: wasm target, Trunk, wasm-bindgen, wasm-opt, crates.
pub fn build_tools() -> Result<(), Failure> {
    wasm_target()?;
    cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    let bindgen = wasm_bindgen_version()?;
    // Its own lockfile names a crate version the registry here lacks, so no --locked.
    cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &bindgen, false)?;
    npm_packages("tools/wasm-opt", "wasm-opt")?;
    let wasm_opt = output("wasm-opt", &["--version"]).unwrap_or_default();
    if !wasm_opt.contains(WASM_OPT_VERSION) {
        return Err(Failure(format!(
            "wasm-opt {WASM_OPT_VERSION} expected from tools/wasm-opt, found {:?}. Delete tools/wasm-opt/node_modules and run again.",
            wasm_opt.trim()
        )));
    }
    // Trunk builds offline, so every crate must already be on disk.
    run_command("fetch crates", command("cargo", &["fetch", "--quiet"])).map_err(|f| {
        Failure(format!(
            "{f}: check that crates.io is reachable, then run again"
        ))
    })
}

/// What checking the views' format needs: the view macro formatter.
pub fn format_tools() -> Result<(), Failure> {
    cargo_tool("leptosfmt", "leptosfmt", LEPTOSFMT_VERSION, true)
}

/// What the browser and end-to-end tests need on top: Chromium, chromedriver, Playwright.
pub fn browser_test_tools() -> Result<(), Failure> {
    if !Path::new("/usr/bin/chromium").exists() || !Path::new("/usr/bin/chromedriver").exists() {
        let script = "apt-get update && apt-get install -y chromium chromium-driver";
        run_command("install Chromium and chromedriver (apt)", command("sh", &["-c", script]))
            .map_err(|f| {
                Failure(format!(
                    "{f}: install the Debian packages chromium and chromium-driver as root (apt-get install -y chromium chromium-driver), then run again"
                ))
            })?;
    }
    npm_packages("tests/e2e", "Playwright")
}

fn wasm_target() -> Result<(), Failure> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run_command(
        "add the wasm32 target",
        command("rustup", &["target", "add", "wasm32-unknown-unknown"]),
    )
    .map_err(|f| {
        Failure(format!(
            "{f}: run `rustup target add wasm32-unknown-unknown` by hand to see why"
        ))
    })
}

fn cargo_tool(bin: &str, krate: &str, version: &str, locked: bool) -> Result<(), Failure> {
    let found = output(bin, &["--version"]).unwrap_or_default();
    if found.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    let mut args = vec!["install", krate, "--version", version, "--force"];
    if locked {
        args.push("--locked");
    }
    run_command(
        &format!("install {krate} {version} (takes a few minutes, once)"),
        command("cargo", &args),
    )
    .map_err(|f| {
        Failure(format!(
            "{f}: check that crates.io is reachable and that gcc is installed, then run again"
        ))
    })
}

/// The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
fn wasm_bindgen_version() -> Result<String, Failure> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| Failure(format!("cannot read Cargo.lock: {e}")))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            let version = lines.next().unwrap_or_default();
            let version = version
                .trim()
                .trim_start_matches("version = ")
                .trim_matches('"');
            return Ok(version.to_string());
        }
    }
    Err(Failure("Cargo.lock names no wasm-bindgen version".into()))
}

/// `npm ci` in `dir` unless node_modules already matches its package-lock.json.
fn npm_packages(dir: &str, what: &str) -> Result<(), Failure> {
    let dir = root().join(dir);
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| {
        Failure(format!(
            "cannot read {}/package-lock.json: {e}",
            dir.display()
        ))
    })?;
    let stamp_path = dir.join("node_modules/.attune-lock-stamp");
    let stamp = format!("{:016x}", fnv1a(&lock));
    if fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp) {
        return Ok(());
    }
    let mut cmd = command(
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
    );
    cmd.current_dir(&dir);
    run_command(&format!("install {what} (npm ci)"), cmd).map_err(|f| {
        Failure(format!("{f}: check that node and npm are installed and the npm registry is reachable, then run again"))
    })?;
    fs::write(&stamp_path, stamp)
        .map_err(|e| Failure(format!("cannot write {}: {e}", stamp_path.display())))
}

/// FNV-1a over `bytes`: a quick fingerprint of file contents, not a secure hash.
pub fn fnv1a<'a>(bytes: impl IntoIterator<Item = &'a u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
