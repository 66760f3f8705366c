//! Small reusable pieces of the shell and pages.

mod backup_panel;
mod boot_banner;
mod bottom_nav;
mod capture_button;
mod capture_form;
mod empty_state;
mod follow_up_offer;
mod follow_up_row;
mod installed_app;
mod kid_picker;
mod kid_row;
mod open_follow_ups;
mod reflection_card;
mod save_indicator;
mod search_results;
mod timeline;

pub use backup_panel::BackupPanel;
pub use boot_banner::BootBanner;
pub use bottom_nav::BottomNav;
pub use capture_button::CaptureButton;
pub use capture_form::CaptureForm;
pub use empty_state::EmptyState;
pub use follow_up_row::{FollowUpRow, OutcomePrompts};
pub use installed_app::InstalledApp;
pub use kid_picker::KidPicker;
pub use kid_row::KidRow;
pub use open_follow_ups::OpenFollowUps;
pub use reflection_card::ReflectionCard;
pub use save_indicator::SaveIndicator;
pub use search_results::SearchResults;
pub use timeline::Timeline;
