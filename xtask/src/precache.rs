//! `cargo xtask precache [DIR]`: tells the service worker in a built bundle
//! exactly which files to keep, and names its cache after their contents.
//!
//! Trunk runs this after every build (a `post_build` hook, with the bundle in
//! `TRUNK_STAGING_DIR`); it can also be pointed at a bundle directory.

use std::fs;
use std::path::{Path, PathBuf};

use crate::run::Failure;

const WORKER: &str = "sw.js";

pub fn precache(dir: Option<String>) -> Result<(), Failure> {
    let dir = dir
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or_else(|| Failure("precache: give a bundle directory".into()))?;
    let mut files = Vec::new();
    list(&dir, &dir, &mut files).map_err(|e| Failure(format!("precache: {e}")))?;
    files.retain(|(url, _)| url != &format!("/{WORKER}"));
    files.sort();
    let version = version(&files);
    let urls: Vec<String> = files.iter().map(|(url, _)| format!("'{url}'")).collect();
    let worker_path = dir.join(WORKER);
    let worker = fs::read_to_string(&worker_path)
        .map_err(|e| Failure(format!("precache: {}: {e}", worker_path.display())))?;
    let worker = replace_line(&worker, "const VERSION = ", &format!("'{version}';"))?;
    let worker = replace_line(
        &worker,
        "const PRECACHE = ",
        &format!("[{}];", urls.join(", ")),
    )?;
    fs::write(&worker_path, worker).map_err(|e| Failure(format!("precache: {e}")))?;
    // The app shows which build it is, in Settings; the page allows only
    // its own origin and its own inline scripts.
    let index_path = dir.join("index.html");
    let mut index =
        fs::read_to_string(&index_path).map_err(|e| Failure(format!("precache: {e}")))?;
    if !index.contains("<meta name=\"attune-version\"") {
        let meta = format!("<meta name=\"attune-version\" content=\"{version}\" />\n  </head>");
        index = index.replacen("</head>", &meta, 1);
    }
    let index = with_policy(&index)?;
    fs::write(&index_path, index).map_err(|e| Failure(format!("precache: {e}")))?;
    println!("precache: {} files, version {version}", files.len());
    Ok(())
}

const POLICY_TAG: &str = "<meta http-equiv=\"Content-Security-Policy\"";

/// The page with a Content-Security-Policy naming the hash of each inline
/// script it holds, placed before the first of them. A policy already there
/// is replaced, so running this again on a changed page stays right.
fn with_policy(index: &str) -> Result<String, Failure> {
    use base64::Engine;
    use sha2::{Digest, Sha256};

    let mut page = index.to_string();
    if let Some(start) = page.find(POLICY_TAG) {
        let end = start + page[start..].find("/>").map(|e| e + 2).unwrap_or(0);
        let end = end + page[end..].len() - page[end..].trim_start().len();
        page.replace_range(start..end, "");
    }
    let mut hashes = Vec::new();
    let mut rest = page.as_str();
    while let Some(open) = rest.find("<script") {
        let tag_end = open
            + rest[open..]
                .find('>')
                .ok_or_else(|| Failure("precache: unclosed <script".into()))?;
        let close = tag_end
            + rest[tag_end..]
                .find("</script>")
                .ok_or_else(|| Failure("precache: <script> without </script>".into()))?;
        if !rest[open..tag_end].contains("src=") {
            let digest = Sha256::digest(&rest.as_bytes()[tag_end + 1..close]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &rest[close..];
    }
    let policy = [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".into(),
        "img-src 'self' data: blob:".into(),
        "connect-src 'self'".into(),
        "worker-src 'self'".into(),
        "manifest-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
    ]
    .join("; ");
    let meta = format!("{POLICY_TAG} content=\"{policy}\" />\n    ");
    let at = page
        .find("<meta name=\"viewport\"")
        .or_else(|| page.find("<title>"))
        .ok_or_else(|| Failure("precache: index.html has no <title>".into()))?;
    page.insert_str(at, &meta);
    Ok(page)
}

/// Every file under `dir`, as the URL path it is served at, with its bytes.
fn list(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            list(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).expect("listed under root");
            let url = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((format!("/{url}"), fs::read(&path)?));
        }
    }
    Ok(())
}

/// FNV-1a over every path and its bytes: any change to any file changes it.
fn version(files: &[(String, Vec<u8>)]) -> String {
    let bytes = files
        .iter()
        .flat_map(|(url, bytes)| url.as_bytes().iter().chain(&[0]).chain(bytes).chain(&[0]));
    format!("{:016x}", crate::install::fnv1a(bytes))
}

fn replace_line(text: &str, start: &str, value: &str) -> Result<String, Failure> {
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| match line.starts_with(start) && !found {
            true => {
                found = true;
                format!("{start}{value}")
            }
            false => line.to_string(),
        })
        .collect();
    match found {
        true => Ok(lines.join("\n") + "\n"),
        false => Err(Failure(format!(
            "precache: no line starting {start:?} in {WORKER}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_to_any_file_changes_the_version() {
        let a = vec![
            ("/a.js".to_string(), b"one".to_vec()),
            ("/index.html".into(), b"x".to_vec()),
        ];
        let mut b = a.clone();
        b[1].1 = b"y".to_vec();
        assert_ne!(version(&a), version(&b));
        assert_eq!(version(&a), version(&a.clone()));
    }

    #[test]
    fn the_policy_names_each_inline_script_and_is_replaced_not_repeated() {
        let page = "<head><meta name=\"viewport\" content=\"x\" /><script>a()</script><script src=\"/x.js\"></script><script type=\"module\">b()</script></head>";
        let once = with_policy(page).unwrap();
        assert_eq!(once.matches(POLICY_TAG).count(), 1);
        // sha256("a()") and sha256("b()"), base64; the script with a src needs none.
        assert!(once.contains(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=' 'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc='"
        ));
        assert!(once.find(POLICY_TAG) < once.find("<script>"));
        assert_eq!(with_policy(&once).unwrap(), once);
    }

    #[test]
    fn the_placeholder_lines_are_replaced_once() {
        let text = "const VERSION = 'unbuilt';\nconst PRECACHE = [];\nrest\n";
        let out = replace_line(text, "const PRECACHE = ", "['/a'];").unwrap();
        assert_eq!(
            out,
            "const VERSION = 'unbuilt';\nconst PRECACHE = ['/a'];\nrest\n"
        );
        assert!(replace_line("nothing", "const VERSION = ", "'x';").is_err());
    }
}
