//! Small reusable pieces of the shell and pages.

mod backup_panel;
mod boot_banner;
mod bottom_nav;
mod empty_state;
mod kid_row;
mod save_indicator;
mod timeline;

pub use backup_panel::BackupPanel;
pub use boot_banner::BootBanner;
pub use bottom_nav::BottomNav;
pub use empty_state::EmptyState;
pub use kid_row::KidRow;
pub use save_indicator::SaveIndicator;
pub use timeline::Timeline;
