//! The Kids list: everyone the leader works with, by name.

use crate::domain::order;
use crate::ui::router::{Location, NavigateOptions, use_navigate};
use leptos::prelude::*;

use crate::domain::kid_list::{KidOrder, days_ago, kid_list};
use crate::domain::{GroupId, fold};
use crate::platform::clock;
use crate::routes::Route;
use crate::state::AppState;
use crate::ui::components::{EmptyState, KidRow, SearchResults};

#[component]
pub fn KidsPage() -> impl IntoView {
    let state = AppState::expect();
    let query = Location::expect().query;
    let show_archived = Memo::new(move |_| query.read().get("archived").is_some());
    // The search lives in the URL, so back returns to it and a reload keeps it.
    let typed = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_search = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let href = match text.is_empty() {
                true => "/kids".to_string(),
                false => Route::Kids.href_with(&[("q", &text)]),
            };
            let options = NavigateOptions {
                replace: true,
                scroll: false,
            };
            navigate(&href, options);
        }
    };
    let order = Memo::new(move |_| match query.read().get("sort").as_deref() {
        Some("contact") => KidOrder::LongestWithoutContact,
        _ => KidOrder::Name,
    });
    let group = Memo::new(move |_| {
        query
            .read()
            .get("group")
            .and_then(|g| g.parse::<GroupId>().ok())
    });
    let groups = Memo::new(move |_| {
        let journal = state.journal.read();
        let mut groups: Vec<(GroupId, String)> = journal
            .groups()
            .filter(|g| !g.archived)
            .map(|g| (g.id, g.name.clone()))
            .collect();
        order::sort_by_cached_key(&mut groups, |(_, name)| fold(name));
        groups
    });
    let today = clock::today();
    let kids = Memo::new(move |_| {
        kid_list(
            &state.journal.read(),
            group.get(),
            show_archived.get(),
            order.get(),
        )
    });
    // Changes one query parameter, keeping the others.
    let set_param = {
        let navigate = navigate.clone();
        move |key: &'static str, value: Option<String>| {
            let mut params: Vec<(String, String)> = query
                .read_untracked()
                .pairs()
                .filter(|(k, _)| *k != key && *k != "q")
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            if let Some(v) = value {
                params.push((key.to_string(), v));
            }
            let pairs: Vec<(&str, &str)> = params
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let href = Route::Kids.href_with(&pairs);
            let options = NavigateOptions {
                replace: true,
                scroll: false,
            };
            navigate(&href, options);
        }
    };
    let set_sort = {
        let set_param = set_param.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            set_param("sort", (value == "contact").then_some(value));
        }
    };
    let set_group = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        set_param("group", (!value.is_empty()).then_some(value));
    };
    let controls = move || {
        let groups = groups.get();
        view! {
            <div class="list-controls">
                <label>
                    "Order"
                    <select
                        on:change=set_sort.clone()
                        prop:value=move || match order.get() {
                            KidOrder::Name => "name",
                            KidOrder::LongestWithoutContact => "contact",
                        }
                    >
                        <option value="name">"By name"</option>
                        <option value="contact">"Longest without contact"</option>
                    </select>
                </label>
                {(!groups.is_empty())
                    .then(|| {
                        view! {
                            <label>
                                "Group"
                                <select
                                    on:change=set_group.clone()
                                    prop:value=move || {
                                        group.get().map(|g| g.to_string()).unwrap_or_default()
                                    }
                                >
                                    <option value="">"All groups"</option>
                                    {groups
                                        .into_iter()
                                        .map(|(id, name)| {
                                            view! { <option value=id.to_string()>{name}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                        }
                    })}
            </div>
        }
    };
    let archived_count = Memo::new(move |_| state.journal.read().archived_kid_count());
    let toggle = move || {
        let (href, label) = match show_archived.get() {
            true => ("/kids", "Hide archived".to_string()),
            false => (
                "/kids?archived=1",
                format!("Show archived ({})", archived_count.get()),
            ),
        };
        (archived_count.get() > 0).then(|| {
            view! {
                <a href=href class="button quiet">
                    {label}
                </a>
            }
        })
    };
    let list = move || {
        if !typed.get().trim().is_empty() {
            if !state.is_ready() {
                return view! { <p class="muted">"Loading notes…"</p> }.into_any();
            }
            return view! { <SearchResults query=Signal::derive(move || typed.get()) /> }
                .into_any();
        }
        let kids = kids.get();
        if kids.is_empty() && group.get().is_some() {
            return view! { <p class="muted empty-line">"No kids in this group yet."</p> }
                .into_any();
        }
        if kids.is_empty() && state.head_ready() && archived_count.get() == 0 {
            return view! {
                <EmptyState
                    title="No kids yet"
                    hint="Paste the list of names of a group you lead, or add kids one at a time. \
                    A first name or nickname is enough."
                    action=("/groups/new", "Paste a list of names")
                    or=("/kids/new", "Add a kid")
                />
            }
            .into_any();
        }
        view! {
            <ul class="kid-list" aria-label="Kids">
                {kids
                    .into_iter()
                    .map(|row| {
                        let last = match row.last_connected {
                            Some(at) => format!("Last connected {}", days_ago(at, today)),
                            None => "No connection noted yet".to_string(),
                        };
                        view! { <KidRow kid=row.kid last=last /> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="page-head">
            <h1>"Kids"</h1>
            <a href="/kids/new" class="button primary">
                "Add kid"
            </a>
        </div>
        <input
            type="search"
            class="search"
            aria-label="Search names, interests and notes"
            placeholder="Search: soccer, Zoë, big game"
            autocomplete="off"
            prop:value=move || typed.get()
            on:input=on_search
        />
        {move || typed.get().trim().is_empty().then(controls.clone())}
        {list}
        {toggle}
    }
}
