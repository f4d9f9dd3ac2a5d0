//! The status of a tariff figure (threatened, suspended, cut, raised, in
//! force), read from the words of its clause.

use crate::model::TariffStatus;

/// The status word `i` of a text says: a verb of imposing after "to",
/// "will" or "would" ("threatened to hit Chinese imports with a 100%
/// tariff", "will slap a 100% tariff") tells an intention, not a rate in
/// force; "remain" or "stays" tells the status of the word after it; a
/// plan told in the past perfect ("had been scheduled to increase") was put
/// off.
fn status_at(lower: &[&str], i: usize) -> Option<TariffStatus> {
    let before = |k: usize| i.checked_sub(k).map(|j| lower[j]);
    if matches!(lower[i], "scheduled" | "set" | "due" | "planned" | "slated")
        && before(1) == Some("been")
        && before(2) == Some("had")
    {
        return Some(TariffStatus::Suspended);
    }
    let status = status_of(lower[i])?;
    // "the rates would be closer to 45%": a level told, not a threat (but
    // "would be raised" is one)
    if matches!(lower[i], "would" | "could" | "might")
        && lower.get(i + 1) == Some(&"be")
        && lower.get(i + 2).and_then(|w| status_of(w)).is_none()
    {
        return None;
    }
    // "remain suspended": a linking verb takes the status of what follows it
    let linking = matches!(
        lower[i],
        "remain" | "remains" | "remained" | "stays" | "stand" | "stands"
    );
    if let Some(then) = lower
        .get(i + 1)
        .filter(|_| linking)
        .and_then(|w| status_of(w))
    {
        return Some(then);
    }
    let imposing = matches!(
        lower[i],
        "hit" | "impose" | "imposes" | "imposed" | "levied" | "slap" | "slaps"
    );
    let intended = matches!(before(1), Some("to" | "will" | "would"));
    Some(if imposing && intended {
        TariffStatus::Threatened
    } else {
        status
    })
}

/// The status a word tells by itself.
pub fn status_of(word: &str) -> Option<TariffStatus> {
    use TariffStatus::*;
    Some(match word {
        "threat" | "threats" | "threaten" | "threatened" | "threatens" | "threatening"
        | "would" | "could" | "might" | "warned" | "warns" | "plans" | "planned" | "proposed"
        | "vowed" | "pledged" | "avoid" | "avoided" | "avoiding" | "avert" | "averted"
        | "averting" | "averts" | "avoids" | "stave" | "staves" | "staved" | "forestall"
        | "forestalls" | "forestalled" => Threatened,
        "suspend" | "suspended" | "suspends" | "suspension" | "pause" | "paused" | "pauses" => {
            Suspended
        }
        "cut" | "cuts" | "cutting" | "lower" | "lowered" | "lowers" | "lowering" | "reduce"
        | "reduced" | "reduces" | "reducing" | "slash" | "slashed" | "slashing" | "halved"
        | "cancel" | "cancels" | "canceled" | "cancelled" | "cancellation" | "scrap" | "scraps"
        | "scrapped" | "removed" | "removes" | "removing" | "eliminated" | "eliminates"
        | "abolished" => Cut,
        "raised" | "raises" | "raise" | "raising" | "hiked" | "hikes" | "increased"
        | "increases" | "escalated" => Raised,
        "imposed" | "imposes" | "impose" | "slap" | "slaps" | "levied" | "hit" | "collected"
        | "charged" | "charges" | "keep" | "keeps" | "kept" | "keeping" | "maintain"
        | "maintains" | "maintaining" | "stays" | "remain" | "remains" | "remained" | "stand"
        | "stands" | "retain" | "retains" | "retained" | "retaining" => InForce,
        _ => return None,
    })
}

/// The status word nearest the figure: in its own clause first (before it
/// preferred), then before it in its window, then after it.
pub fn nearest_status(
    lower: &[&str],
    clause: &[usize],
    from: usize,
    at: usize,
    len: usize,
    to: usize,
) -> Option<TariffStatus> {
    let own = clause[at];
    let before = (from..at)
        .rev()
        .find_map(|i| status_at(lower, i).map(|s| (i, s)));
    let after = (at + len..to).find_map(|i| status_at(lower, i).map(|s| (i, s)));
    let in_clause = |found: Option<(usize, TariffStatus)>| {
        found.filter(|(i, _)| clause[*i] == own).map(|(_, s)| s)
    };
    // a modal in an earlier clause speaks for that clause only: in "they
    // would discuss the fentanyl crisis, which was the basis of 20 percent
    // US tariffs" the tariffs are no threat (but in "the 100% tariffs, which
    // he said would take effect Nov. 1" they are)
    let modal = |i: usize| matches!(lower[i], "would" | "could" | "might");
    in_clause(before)
        .or(in_clause(after))
        .or(before.filter(|&(i, _)| !modal(i)).map(|(_, s)| s))
        .or(after.map(|(_, s)| s))
}
