//! The facts the embedded data must match, each with the public source its
//! item must cite: a data table.

use chrono::NaiveDate;
use tradewatch::model::{Party, TariffStatus};

/// One tariff as the facts give it: briefing (0 the seed, 1 after Busan), who,
/// status, rate, effective day, until, reverts_to, ended, replaced_by, and the
/// source its evidence must name.
pub type TariffFact = (
    usize,
    Party,
    TariffStatus,
    f64,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<f64>,
    Option<NaiveDate>,
    Option<f64>,
    &'static str,
);

use Party::{China, Us};
use TariffStatus::{History, InForce, Suspended, Threatened};

/// The facts, each with the public source its item must cite.
pub const TARIFFS: &[TariffFact] = &[
    // as of 25 Oct 2025: the Geneva truce rates (20% fentanyl + 10% reciprocal; 10%)
    (
        0,
        Us,
        InForce,
        30.0,
        d25c(5, 14),
        None,
        None,
        None,
        None,
        "94ha.com",
    ),
    (
        0,
        China,
        InForce,
        10.0,
        d25c(5, 14),
        None,
        None,
        None,
        None,
        "94ha.com",
    ),
    // 24 of the 34 reciprocal points suspended to 10 Nov (11 Aug extension); 20 + 34 = 54
    (
        0,
        Us,
        Suspended,
        24.0,
        d25c(5, 14),
        d25c(11, 10),
        Some(54.0),
        None,
        None,
        "legalmorningcoffee.com",
    ),
    (
        0,
        China,
        Suspended,
        24.0,
        d25c(5, 14),
        d25c(11, 10),
        Some(34.0),
        None,
        None,
        "94ha.com",
    ),
    // the 10 Oct threat, never imposed
    (
        0,
        Us,
        Threatened,
        100.0,
        d25c(11, 1),
        None,
        None,
        None,
        None,
        "channelnewsasia.com",
    ),
    // the April peaks, removed (not suspended) on 14 May
    (
        0,
        Us,
        History,
        145.0,
        d25c(4, 10),
        None,
        None,
        d25c(5, 14),
        Some(30.0),
        "cbsnews.com",
    ),
    (
        0,
        China,
        History,
        125.0,
        d25c(4, 12),
        None,
        None,
        d25c(5, 14),
        Some(10.0),
        "en.people.cn",
    ),
    // as of 10 Nov 2025: the Busan deal's orders of 4 Nov (US) and 5 Nov (China)
    (
        1,
        Us,
        History,
        30.0,
        d25c(5, 14),
        None,
        None,
        d25c(11, 10),
        Some(20.0),
        "strtrade.com",
    ),
    (
        1,
        Us,
        InForce,
        20.0,
        d25c(11, 10),
        None,
        None,
        None,
        None,
        "rvia.org",
    ),
    (
        1,
        Us,
        Suspended,
        24.0,
        d25c(11, 10),
        Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()),
        Some(44.0),
        None,
        None,
        "mondaq.com",
    ),
    (
        1,
        China,
        InForce,
        10.0,
        d25c(5, 14),
        None,
        None,
        None,
        None,
        "report.az",
    ),
    (
        1,
        China,
        Suspended,
        24.0,
        d25c(11, 10),
        Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()),
        Some(34.0),
        None,
        None,
        "report.az",
    ),
];

pub const fn d25c(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, m, d)
}

/// A day of 2025 as (month, day).
pub type Md = (u32, u32);

/// Each side's all-goods ladder: who, effective day, rate in all, status, source.
pub type StepFact = (Party, Md, f64, TariffStatus, &'static str);
pub const STEPS: &[StepFact] = &[
    (Us, (2, 4), 10.0, InForce, "newsoflatest.com"),
    (Us, (3, 4), 20.0, InForce, "newsoflatest.com"),
    (Us, (4, 5), 30.0, InForce, "piie.com"),
    (Us, (4, 9), 104.0, InForce, "piie.com"),
    (Us, (4, 10), 145.0, InForce, "cbsnews.com"),
    (Us, (5, 14), 30.0, InForce, "94ha.com"),
    (Us, (8, 11), 30.0, InForce, "legalmorningcoffee.com"),
    (Us, (11, 1), 130.0, Threatened, "channelnewsasia.com"),
    (Us, (11, 10), 20.0, InForce, "rvia.org"),
    (China, (4, 10), 84.0, InForce, "theepochtimes.com"),
    (China, (4, 12), 125.0, InForce, "en.people.cn"),
    (China, (5, 14), 10.0, InForce, "94ha.com"),
    (China, (11, 10), 10.0, InForce, "report.az"),
];

/// Dated events: briefing, day, words of its label, a source its evidence names.
pub type EventFact = (usize, (i32, u32, u32), &'static str, &'static str);
pub const EVENTS: &[EventFact] = &[
    (0, (2025, 4, 10), "145%", "cbsnews.com"),
    (0, (2025, 4, 12), "125%", "en.people.cn"),
    (0, (2025, 5, 14), "Geneva truce", "94ha.com"),
    (0, (2025, 8, 11), "Truce extended", "legalmorningcoffee.com"),
    (0, (2025, 10, 9), "MOFCOM No. 61/62", "chemradar.com"),
    (0, (2025, 10, 10), "additional 100%", "channelnewsasia.com"),
    (0, (2025, 10, 14), "port fees", "hfw.com"),
    (
        0,
        (2025, 10, 24),
        "Section 301",
        "internationaltradeinsights.com",
    ),
    (0, (2025, 10, 25), "Merdeka 118", "theedgesingapore.com"),
    (0, (2025, 10, 25), "Doha", "news.meaww.com"),
    (0, (2025, 10, 30), "Trump meets Xi", "sputnikglobe.com"),
    (0, (2025, 11, 1), "+100%", "channelnewsasia.com"),
    (
        0,
        (2025, 11, 10),
        "Truce suspension ends",
        "legalmorningcoffee.com",
    ),
    (0, (2025, 12, 1), "rare-earth rule", "chemradar.com"),
    (
        1,
        (2025, 10, 26),
        "preliminary consensus",
        "overviewpress.com",
    ),
    (1, (2025, 10, 29), "Lee Jae Myung", "wvtf.org"),
    (1, (2025, 10, 30), "Gimhae", "koreajoongangdaily.joins.com"),
    (1, (2025, 10, 30), "20% to 10%", "1lurer.am"),
    (1, (2025, 10, 30), "one-year suspensions", "Global Times"),
    (1, (2025, 10, 30), "soybeans", "newser.com"),
    (1, (2025, 11, 1), "fact sheet", "straitstimes.com"),
    (1, (2025, 11, 1), "first summit with Xi", "world.kbs.co.kr"),
    (1, (2025, 11, 4), "executive orders", "rvia.org"),
    (1, (2025, 11, 5), "keeps its 10%", "report.az"),
    (1, (2025, 11, 7), "export controls", "chemradar.com"),
    (1, (2025, 11, 10), "US 20%", "strtrade.com"),
    (1, (2025, 11, 10), "port fees", "freightwaves.com"),
    (1, (2026, 11, 9), "Port-fee suspension", "gcaptain.com"),
    (1, (2026, 11, 10), "One-year truce ends", "mondaq.com"),
];

/// Trump's trip as planned on 25 Oct: place, arrive, depart, lat, lon.
pub type StopFact = (&'static str, Md, Md, f64, f64);
pub const STOPS: &[StopFact] = &[
    ("Doha", (10, 25), (10, 25), 25.1173, 51.3150),
    ("Kuala Lumpur", (10, 26), (10, 27), 3.1390, 101.6869),
    ("Tokyo", (10, 27), (10, 29), 35.6762, 139.6503),
    ("Gyeongju", (10, 29), (10, 29), 35.850, 129.217),
    ("Busan", (10, 30), (10, 30), 35.180, 129.075),
];
