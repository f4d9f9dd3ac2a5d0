//! tradewatch: a terminal dashboard of the US–China trade tensions of autumn 2025.

pub mod model;
