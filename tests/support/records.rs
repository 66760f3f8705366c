//! Backup records written by hand, as a careless program or a curious
//! teenager might: sound ones to start from, then one field changed.

use serde_json::{Value, json};

pub fn hex(id: u64) -> String {
    format!("{id:016x}")
}

pub fn kid(id: u64, name: &str) -> Value {
    json!({"v": 1, "kind": "kid", "data": {
        "id": hex(id), "display_name": name, "created_at": "2026-11-01T10:00:00Z"}})
}

pub fn group(id: u64, name: &str) -> Value {
    json!({"v": 1, "kind": "group", "data": {"id": hex(id), "name": name}})
}

pub fn note(id: u64, kids: &[u64], text: &str) -> Value {
    let kids: Vec<String> = kids.iter().map(|k| hex(*k)).collect();
    json!({"v": 1, "kind": "note", "data": {
        "id": hex(id), "text": text, "kids": kids, "created_at": "2026-11-20T16:00:00+01:00"}})
}

pub fn follow_up(id: u64, kid: u64, prompt: &str) -> Value {
    json!({"v": 1, "kind": "followup", "data": {
        "id": hex(id), "kid": hex(kid), "prompt": prompt,
        "due": {"rule": "first_seen_on_or_after", "date": "2026-12-05"},
        "status": {"state": "open"}, "created_at": "2026-11-20T16:00:00+01:00"}})
}

pub fn session(id: u64, group: u64, kids: &[u64]) -> Value {
    let attendance: Vec<Value> = kids
        .iter()
        .map(|k| json!({"kid": hex(*k), "present": true, "mood": "bright"}))
        .collect();
    json!({"v": 1, "kind": "session", "data": {
        "id": hex(id), "group": hex(group), "date": "2026-11-24", "ended": true,
        "attendance": attendance}})
}

/// A record with one field of its data set to `value`.
pub fn with(mut record: Value, field: &str, value: Value) -> Value {
    record["data"][field] = value;
    record
}

/// A backup file holding these records.
pub fn file(records: &[Value]) -> String {
    json!({"attune_backup": 1, "exported_at": "2026-12-01T17:00:00+01:00", "records": records})
        .to_string()
}

/// A small group's file, sound: a group (entry 1), Marco (2) and Zoë (3)
/// in it, a note about Marco (4) and one about both (5), a follow-up for
/// Marco from the first note (6), and a session of the group (7).
pub fn sound() -> Vec<Value> {
    vec![
        group(0xa1, "Tuesday Huddle"),
        with(kid(0xb1, "Marco"), "groups", json!([hex(0xa1)])),
        with(kid(0xb2, "Zoë"), "groups", json!([hex(0xa1)])),
        note(0xc1, &[0xb1], "Big game on Saturday #soccer"),
        with(note(0xc2, &[0xb1, 0xb2], "Built a fort"), "tags", json!([])),
        with(
            follow_up(0xd1, 0xb1, "Ask about the big game"),
            "from_note",
            json!(hex(0xc1)),
        ),
        session(0xe1, 0xa1, &[0xb1, 0xb2]),
    ]
}
