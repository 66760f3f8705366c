//! Files the leader chooses or downloads: reading a backup, saving one.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Why a file could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is larger than the limit")]
    TooLarge,
    #[error("the browser could not read the file")]
    Unreadable,
    #[error("the browser could not save the file")]
    NotSaved,
}

/// Reads a chosen file as text, refusing it unread when it is over `limit` bytes.
pub async fn read_text(file: &File, limit: usize) -> Result<String, FileError> {
    if file.size() > limit as f64 {
        return Err(FileError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::Unreadable)
}

/// Offers `text` to the leader as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), FileError> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileError::NotSaved)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| FileError::NotSaved)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileError::NotSaved)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or(FileError::NotSaved)?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}
