//! Stable sorting through one shared routine.
//!
//! The standard library compiles its whole sort once for every element type
//! and comparison it is called with. Attune sorts many small lists of
//! different shapes, and that came to tens of kilobytes of the download. Here
//! every list is put in order by sorting positions (`usize`) with a
//! comparison passed by reference, so the sort itself exists once; only the
//! small step that moves elements into place is per type.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    rearrange(items, order);
}

/// Sorts `items` by `key`, keeping equal items in the order they came.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `key`, working out each item's key only once: for keys
/// that cost something to make, such as folded names.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions_in_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    rearrange(items, order);
}

/// Sorts `items` into their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The one sort: the positions `0..len`, stably ordered by `compare`.
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|a, b| compare(*a, *b));
    positions
}

/// Puts `items` in the order `order` gives, a permutation of their positions.
fn rearrange<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots[at].take()));
}
