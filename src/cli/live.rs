//! The files named on the command line, read again while the dashboard runs.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::inputs;
use crate::dashboard::Reread;
use crate::terminal::Live;

/// The files and folders named, and the date their articles are read with.
pub struct Named {
    pub paths: Vec<PathBuf>,
    pub date: Option<NaiveDate>,
}

impl Live for Named {
    fn watched(&self) -> &[PathBuf] {
        &self.paths
    }

    fn reread(&mut self) -> Vec<Reread> {
        inputs::reread(&self.paths, self.date)
    }
}
