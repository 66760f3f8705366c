//! Attune: a private, offline-first notebook for people who lead groups of kids.

pub mod domain;
pub mod persist;
pub mod routes;

#[cfg(target_arch = "wasm32")]
pub mod platform;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
