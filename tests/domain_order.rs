//! The shared sort puts lists in the same order the standard library would,
//! keeps ties in the order they came (two kids with one name stay as they
//! were), and works out a costly key once per item.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use attune::domain::order;
use proptest::prelude::*;

proptest! {
    #[test]
    fn orders_like_the_standard_stable_sort(keys in proptest::collection::vec(0u8..8, 0..300)) {
        // Each item remembers where it came from, so a broken tie shows.
        let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|(k, _)| *k);

        let mut by_key = items.clone();
        order::sort_by_key(&mut by_key, |(k, _)| *k);
        prop_assert_eq!(&by_key, &expected);

        let mut by = items.clone();
        order::sort_by(&mut by, |a, b| a.0.cmp(&b.0));
        prop_assert_eq!(&by, &expected);

        let mut cached = items.clone();
        order::sort_by_cached_key(&mut cached, |(k, _)| *k);
        prop_assert_eq!(&cached, &expected);

        let mut natural = items;
        order::sort(&mut natural);
        let mut std_natural = natural.clone();
        std_natural.sort();
        prop_assert_eq!(natural, std_natural);
    }
}

#[test]
fn names_alike_keep_the_order_they_came_in() {
    let mut kids = vec![("Sam", 3), ("Ana", 1), ("Sam", 1), ("Ana", 2), ("Sam", 2)];
    order::sort_by_key(&mut kids, |(name, _)| *name);
    assert_eq!(
        kids,
        vec![("Ana", 1), ("Ana", 2), ("Sam", 3), ("Sam", 1), ("Sam", 2)]
    );
}

#[test]
fn a_cached_key_is_worked_out_once_per_item() {
    let made = Cell::new(0);
    let mut names: Vec<String> = ["Zoë", "amara", "Ben", "cleo", "Ana"]
        .map(String::from)
        .to_vec();
    order::sort_by_cached_key(&mut names, |n| {
        made.set(made.get() + 1);
        n.to_lowercase()
    });
    assert_eq!(made.get(), 5);
    assert_eq!(names, ["amara", "Ana", "Ben", "cleo", "Zoë"]);
}

#[test]
fn empty_and_single_lists_are_left_as_they_are() {
    let mut none: Vec<u8> = Vec::new();
    order::sort(&mut none);
    assert!(none.is_empty());
    let mut one = vec![7];
    order::sort_by_key(&mut one, |x| std::cmp::Reverse(*x));
    assert_eq!(one, vec![7]);
}
