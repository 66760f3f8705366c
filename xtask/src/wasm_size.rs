//! What the app's wasm is made of: its code by crate, from the function
//! names the compiler leaves in the module before wasm-bindgen and wasm-opt.
//!
//! wasm-opt shrinks every part by roughly the same share, so the table is
//! read in shares; the sizes the leader downloads are printed beside it.

use std::collections::BTreeMap;
use std::path::Path;

use crate::run::Failure;

/// The groups the table shows, by the crates that make them up.
const GROUPS: [(&str, &[&str]); 9] = [
    (
        "Leptos (rendering, reactivity)",
        &[
            "leptos",
            "tachys",
            "reactive_graph",
            "leptos_dom",
            "leptos_macro",
            "any_spawner",
            "throw_error",
            "or_poisoned",
            "slotmap",
            "oco_ref",
            "send_wrapper",
            "guardian",
            "either_of",
            "next_tuple",
            "reactive_stores",
            "hydration_context",
            "server_fn",
            "leptos_server",
            "const_str_slice_concat",
        ],
    ),
    ("core", &["core"]),
    ("alloc, std", &["alloc", "std", "dlmalloc", "hashbrown"]),
    ("serde_json", &["serde_json"]),
    ("serde", &["serde", "serde_core"]),
    ("chrono", &["chrono"]),
    (
        "wasm-bindgen, js-sys, web-sys",
        &["wasm_bindgen", "js_sys", "web_sys", "wasm_bindgen_futures"],
    ),
    ("idb, gloo", &["idb", "gloo_storage", "gloo_utils"]),
    ("csv, base64", &["csv", "csv_core", "base64", "memchr"]),
];

/// The app's own code, by layer.
const OWN: [&str; 6] = ["domain", "persist", "platform", "state", "ui", "routes"];

/// Prints the table for the wasm module at `path` (the compiler's output).
pub fn print_table(path: &Path) -> Result<(), Failure> {
    let bytes =
        std::fs::read(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    let module = parse(&bytes).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    let mut sizes: BTreeMap<String, u64> = BTreeMap::new();
    let mut code = 0u64;
    for (index, size) in module.bodies.iter().enumerate() {
        let name = module
            .names
            .get(&(module.imported + index as u32))
            .map(String::as_str)
            .unwrap_or("");
        // Descriptions wasm-bindgen reads and then removes.
        if name.contains("__wbindgen_describe") {
            continue;
        }
        code += *size;
        *sizes.entry(group_of(name)).or_default() += *size;
    }
    let mut rows: Vec<(String, u64)> = sizes.into_iter().collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1));
    println!("\n==> what the wasm is made of (code before wasm-opt, by crate)");
    println!("{:<34} {:>10} {:>7}", "part", "bytes", "share");
    for (group, size) in &rows {
        let share = *size as f64 * 100.0 / code.max(1) as f64;
        println!("{group:<34} {size:>10} {share:>6.1}%");
    }
    println!("{:<34} {:>10}", "code in all", code);
    println!("{:<34} {:>10}", "data (strings, tables)", module.data);
    Ok(())
}

/// Which row of the table a function's code counts under.
fn group_of(mangled: &str) -> String {
    let name = format!("{:#}", rustc_demangle::demangle(mangled));
    // An impl counts under the crate of the type it is for, or, for a
    // blanket impl (`<T as tachys::view::Render>`), of its trait.
    let path = name.trim_start_matches('<').trim_start_matches('&');
    let path = path.trim_start_matches("mut ").trim_start_matches("dyn ");
    let path = match path.split_once(" as ") {
        Some((own, of)) if !own.contains("::") => of,
        _ => path,
    };
    let path = path.trim_start_matches('<').trim_start_matches('&');
    let krate = path.split(['[', ':', '<']).next().unwrap_or("");
    if krate == "attune" {
        let layer = path.split("::").nth(1).unwrap_or("");
        return match OWN.contains(&layer) {
            true => format!("attune: {layer}"),
            false => "attune: other".into(),
        };
    }
    GROUPS
        .iter()
        .find(|(_, crates)| crates.contains(&krate))
        .map(|(group, _)| group.to_string())
        .unwrap_or_else(|| "other".into())
}

/// The parts of a module the table needs.
struct Module {
    /// Functions imported, which come first in the function index space.
    imported: u32,
    /// The size of each function body, in order.
    bodies: Vec<u64>,
    /// Function names from the `name` section, by function index.
    names: BTreeMap<u32, String>,
    /// Bytes of the data section.
    data: u64,
}

fn parse(bytes: &[u8]) -> Result<Module, String> {
    if bytes.get(..4) != Some(b"\0asm") {
        return Err("not a wasm module".into());
    }
    let mut module = Module {
        imported: 0,
        bodies: Vec::new(),
        names: BTreeMap::new(),
        data: 0,
    };
    let mut at = 8;
    while at < bytes.len() {
        let id = bytes[at];
        let mut r = Reader { bytes, at: at + 1 };
        let size = r.leb()? as usize;
        let start = r.at;
        let end = start + size;
        match id {
            2 => module.imported = imported_functions(&mut r)?,
            10 => {
                for _ in 0..r.leb()? {
                    let body = r.leb()?;
                    module.bodies.push(body);
                    r.at += body as usize;
                }
            }
            11 => module.data = size as u64,
            0 => {
                let len = r.leb()? as usize;
                if bytes.get(r.at..r.at + len) == Some(b"name") {
                    r.at += len;
                    function_names(&mut r, end, &mut module.names)?;
                }
            }
            _ => {}
        }
        at = end;
    }
    Ok(module)
}

/// How many of the imports are functions.
fn imported_functions(r: &mut Reader) -> Result<u32, String> {
    let mut functions = 0;
    for _ in 0..r.leb()? {
        for _ in 0..2 {
            let len = r.leb()? as usize;
            r.at += len;
        }
        let kind = r.byte()?;
        match kind {
            0 => {
                r.leb()?;
                functions += 1;
            }
            1 => {
                r.byte()?;
                limits(r)?;
            }
            2 => limits(r)?,
            3 => {
                r.byte()?;
                r.byte()?;
            }
            _ => {
                r.leb()?;
            }
        }
    }
    Ok(functions)
}

fn limits(r: &mut Reader) -> Result<(), String> {
    let flags = r.byte()?;
    r.leb()?;
    if flags & 1 == 1 {
        r.leb()?;
    }
    Ok(())
}

fn function_names(
    r: &mut Reader,
    end: usize,
    names: &mut BTreeMap<u32, String>,
) -> Result<(), String> {
    while r.at < end {
        let kind = r.byte()?;
        let size = r.leb()? as usize;
        let next = r.at + size;
        if kind == 1 {
            for _ in 0..r.leb()? {
                let index = r.leb()? as u32;
                let len = r.leb()? as usize;
                let name = r.bytes.get(r.at..r.at + len).ok_or("name past the end")?;
                names.insert(index, String::from_utf8_lossy(name).into_owned());
                r.at += len;
            }
        }
        r.at = next;
    }
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("module cut short")?;
        self.at += 1;
        Ok(b)
    }

    /// An unsigned LEB128 number.
    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                return Err("number too long".into());
            }
        }
    }
}
