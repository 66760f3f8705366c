//! What a backup file holds, what is wrong in it, and the two ways in:
//! adding it to what is here, or replacing everything with it.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::BackupProblems;
use crate::domain::{EntityKind, dates};
use crate::persist::{Backup, MergePlan, Vetting};
use crate::ui::errors::backup_error_text;
use crate::ui::plural;

/// "2 kids, 3 notes, 1 group" from counts by kind, in the order a leader
/// thinks of them; kinds with none are left out unless all are.
pub(super) fn counts_text(counts: &BTreeMap<EntityKind, usize>, all_kinds: bool) -> String {
    let kinds = [
        (EntityKind::Kid, "kid", "kids"),
        (EntityKind::Note, "note", "notes"),
        (EntityKind::FollowUp, "follow-up", "follow-ups"),
        (EntityKind::Group, "group", "groups"),
        (EntityKind::Session, "session", "sessions"),
    ];
    kinds
        .iter()
        .filter_map(|(kind, one, many)| {
            let n = counts.get(kind).copied().unwrap_or(0);
            (all_kinds || n > 0).then(|| plural(n, one, many))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn preview_text(backup: &Backup) -> String {
    let summary = backup.summary();
    let mut text = format!("{}.", counts_text(&summary.counts, true));
    if let (Some(first), Some(last)) = (summary.first_note, summary.last_note) {
        text.push_str(&format!(
            " Notes from {} to {}.",
            dates::day_month_year(first),
            dates::day_month_year(last)
        ));
    }
    if let Some(at) = backup.exported_at {
        text = format!("Backup made {}: {text}", dates::day_and_time(at));
    }
    text
}

/// ", without 3 broken entries", or nothing when none is left out.
pub(super) fn without_text(vetting: &Vetting) -> String {
    match vetting.left_out() {
        0 => String::new(),
        n => format!(", without {}", plural(n, "broken entry", "broken entries")),
    }
}

fn merge_text(plan: &MergePlan) -> String {
    let kept = match plan.already_here {
        0 => String::new(),
        n => format!(
            " {} already on this phone {} as {}.",
            plural(n, "record", "records"),
            if n == 1 { "stays" } else { "stay" },
            if n == 1 { "it is" } else { "they are" }
        ),
    };
    let without = without_text(&plan.vetting);
    if plan.added.is_empty() {
        format!("Adding brings nothing new: this phone has everything in it{without}.{kept}")
    } else {
        format!(
            "Adding brings {}{without}.{kept}",
            counts_text(&plan.added, false)
        )
    }
}

fn same_names_text(names: &[String]) -> Option<String> {
    (!names.is_empty()).then(|| {
        format!(
            "Already here as a different kid: {}. Adding keeps both; give one a nickname to tell \
                them apart.",
            names.join(", ")
        )
    })
}

fn links_text(vetting: &Vetting) -> Option<String> {
    (vetting.links_dropped > 0).then(|| format!(
        "{} to a note or session that is not in the file, as old notes deleted after some months \
            leave behind; {} in without that link.",
        plural(vetting.links_dropped, "record points", "records point"),
        if vetting.links_dropped == 1 { "it comes" } else { "they come" }
    ))
}

/// Why replacing is not offered while adding is: this phone holds what
/// the file's entries need, so adding leaves out fewer of them.
fn replace_refused_text(vetting: &Vetting) -> String {
    format!(
        "not offered: it would leave out {} of the file's {} entries.",
        vetting.left_out(),
        vetting.entries
    )
}

#[component]
pub fn BackupPreview(
    /// The file, read whole.
    backup: Backup,
    /// What adding it to this phone would do.
    plan: MergePlan,
    /// What replacing everything with it would leave out.
    replacing: Vetting,
    /// Adds the file to what is here, without what it leaves out.
    on_add: Callback<()>,
    /// Replaces everything with the file, without what it leaves out.
    on_replace: Callback<()>,
    /// Leaves everything as it is.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let (add_ok, replace_ok) = (!plan.vetting.refused(), !replacing.refused());
    // Adding leaves out no more than replacing, so with adding refused both
    // are; told with the file's count, the one the list above gives.
    let refused = plan
        .vetting
        .verdict()
        .err()
        .map(|add| backup_error_text(&replacing.verdict().err().unwrap_or(add)));
    let add_label = if plan.vetting.left_out() > 0 {
        "Add without them"
    } else {
        "Add to what's here"
    };
    let replace_label = if replacing.left_out() > 0 {
        "Replace without them"
    } else {
        "Replace everything"
    };
    let replace_text = format!(
        "this phone ends up holding exactly the backup{}; anything not in it is deleted.",
        without_text(&replacing)
    );
    view! {
        <div class="banner warning" role="region" aria-label="Backup preview">
            <p data-testid="backup-preview">{preview_text(&backup)}</p>
            <p>{format!("Backup format {}.", backup.version)}</p>
            <BackupProblems vetting=replacing.clone() />
            {links_text(&replacing).map(|t| view! { <p>{t}</p> })}
            {refused
                .map(|t| {
                    view! {
                        <p role="alert" data-testid="backup-refused">
                            {t}
                        </p>
                    }
                })}
            {add_ok
                .then(|| {
                    view! {
                        <p>
                            <strong>"Add to what's here: "</strong>
                            {merge_text(&plan)}
                        </p>
                    }
                })}
            {add_ok
                .then(|| {
                    same_names_text(&plan.same_names)
                        .map(|t| view! { <p data-testid="same-names">{t}</p> })
                })}
            {(add_ok && !replace_ok)
                .then(|| {
                    view! {
                        <p>
                            <strong>"Replace everything: "</strong>
                            {replace_refused_text(&replacing)}
                        </p>
                    }
                })}
            {replace_ok
                .then(|| {
                    view! {
                        <p>
                            <strong>"Replace everything: "</strong>
                            {replace_text}
                        </p>
                    }
                })}
            <div class="form-actions">
                {add_ok
                    .then(|| {
                        view! {
                            <button class="button primary" on:click=move |_| on_add.run(())>
                                {add_label}
                            </button>
                        }
                    })}
                {replace_ok
                    .then(|| {
                        view! {
                            <button class="button quiet" on:click=move |_| on_replace.run(())>
                                {replace_label}
                            </button>
                        }
                    })} <button class="button quiet" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
