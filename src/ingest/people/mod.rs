//! People and their roles: "US Treasury Secretary Scott Bessent", "Sanae
//! Takaichi, Japan’s new prime minister", "Glass said". Later mentions by
//! surname belong to the same person.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::words::{INSTITUTIONS, SPEECH_KEYS, Word, exactly_in, keys, lower_in, trim_possessive};
use super::work;
use crate::model::places;

mod shape;
mod word_lists;

use shape::ascii_name_shape;
use word_lists::{NOT_NAMES, ROLE_FILLERS, ROLE_WORDS};

static ROLE_WORD_KEYS: [u128; ROLE_WORDS.len()] = keys(ROLE_WORDS);
static ROLE_FILLER_KEYS: [u128; ROLE_FILLERS.len()] = keys(ROLE_FILLERS);
/// Both lists: a word of either is no name word, and capitalised words are many.
static ROLE_OR_FILLER_KEYS: [u128; ROLE_WORDS.len() + ROLE_FILLERS.len()] =
    keys(&both::<{ ROLE_WORDS.len() + ROLE_FILLERS.len() }>(
        ROLE_WORDS,
        ROLE_FILLERS,
    ));

/// The words of two lists in one, at compile time.
const fn both<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundPerson {
    /// The fullest form of the name in the text.
    pub name: String,
    pub role: Option<String>,
    /// Where the person is first named, for the evidence sentence.
    pub first: usize,
    /// Every mention, in text order (byte ranges of the name words).
    pub mentions: Vec<Range<usize>>,
}

/// [`NOT_NAMES`] and [`INSTITUTIONS`] for [`exactly_in`]: capitalised words are many, and each is looked up.
static NOT_NAME_KEYS: [u128; NOT_NAMES.len() + INSTITUTIONS.len()] =
    keys(&both::<{ NOT_NAMES.len() + INSTITUTIONS.len() }>(
        NOT_NAMES,
        INSTITUTIONS,
    ));

fn is_name_word(word: &str, sentence_start: bool) -> bool {
    let shaped = if word.is_ascii() {
        ascii_name_shape(word.as_bytes())
    } else {
        name_shape(word)
    };
    // a capitalised "He" inside a sentence can only be a name ("Vice-Premier He Lifeng")
    shaped
        && !(exactly_in(word, &NOT_NAME_KEYS) && (sentence_start || word != "He"))
        && !(sentence_start && matches!(word, "He" | "She"))
}

/// Whether a word has the shape of a name word: capitalised or all in
/// capitals, of letters and hyphens only.
fn name_shape(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let capitalised = first.is_uppercase()
        && (rest
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c.is_uppercase() && rest.len() <= 3)
            || (word.len() >= 2 && word.chars().all(|c| c.is_uppercase())));
    capitalised
        && !word.contains(['’', '\'', '.'])
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// [`is_role_word`] for word `j` of `words`, from its lower case when it has
/// no possessive ending to trim (most words).
fn is_role_word_at(text: &str, words: &[Word], lower: &[&str], j: usize) -> bool {
    let word = words[j].text(text);
    if word.ends_with('s') {
        is_role_word(word)
    } else {
        role_in_lower(lower[j])
    }
}

fn is_role_word(word: &str) -> bool {
    let word = trim_possessive(word);
    lower_in(word, &ROLE_WORD_KEYS)
        || (word.contains('-') && word.split('-').any(|part| lower_in(part, &ROLE_WORD_KEYS)))
}

/// [`is_role_word`] for a lower-case word: "secretary-general" is one, by its parts.
fn role_in_lower(word: &str) -> bool {
    exactly_in(word, &ROLE_WORD_KEYS) || hyphened_role(word)
}

/// Whether a hyphened word has a role word among its parts ("secretary-general").
fn hyphened_role(word: &str) -> bool {
    word.contains('-')
        && word
            .split('-')
            .any(|part| exactly_in(part, &ROLE_WORD_KEYS))
}

/// A word without its possessive ending, and whether it had one ("Trump’s").
fn stem(word: &str) -> (&str, bool) {
    match word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")) {
        Some(stem) => (stem, true),
        None => (word, false),
    }
}

/// Word `j` without its possessive ending, in lower case: the lower-cased
/// word cut short when it is ASCII (lower-casing keeps its length), the stem
/// lower-cased on its own otherwise (a final sigma depends on what follows).
fn name_token<'t>(text: &str, words: &[Word], lower: &[&'t str], j: usize) -> Cow<'t, str> {
    let word = words[j].text(text);
    match stem(word) {
        (_, false) => Cow::Borrowed(lower[j]),
        (stem, true) if word.is_ascii() => Cow::Borrowed(&lower[j][..stem.len()]),
        (stem, true) => Cow::Owned(stem.to_lowercase()),
    }
}

/// A run of one to three name words: its first word, word count and byte range (without a possessive).
struct Candidate {
    first: usize,
    n: usize,
    range: Range<usize>,
}

/// People named in `text`; `words` are its words, `lower` the same words in
/// lower case ([`super::words::Lower`]), and `starts` marks words that begin a
/// sentence.
pub fn find_people(
    text: &str,
    words: &[Word],
    lower: &[&str],
    starts: &[bool],
) -> Vec<FoundPerson> {
    // most words start with an ASCII byte that is no capital: no name word
    // does, and those words are passed over before anything else is read
    let may_name = |w: &Word| {
        let first = text.as_bytes()[w.start];
        !first.is_ascii() || first.is_ascii_uppercase()
    };
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "Secretary of Agriculture Mike Naig": the word after a role's
        // "of" is the role's, not the name's
        let of_role = i >= 2 && lower[i - 1] == "of" && role_in_lower(lower[i - 2]);
        if !may_name(&words[i]) || of_role {
            i += 1;
            continue;
        }
        let mut n = 0;
        let mut end = words[i].end;
        while i + n < words.len() && n < 3 {
            if !may_name(&words[i + n]) {
                break;
            }
            let word = words[i + n].text(text);
            let (word, possessive) = stem(word);
            let adjacent = n == 0 || {
                let gap = &text[words[i + n - 1].end..words[i + n].start];
                // a middle initial: "Donald J. Trump"; never across a line
                // break (a heading's last words are no first name)
                (gap.trim().is_empty() && !gap.contains('\n'))
                    || (gap == ". " && initial(words[i + n - 1].text(text)))
            };
            let sentence_start = n == 0 && starts.get(i).copied().unwrap_or(false);
            // words of roles are no names, capitalised or not ("Vice Minister He Lifeng")
            if !adjacent
                || !is_name_word(word, sentence_start)
                || exactly_in(lower[i + n], &ROLE_OR_FILLER_KEYS)
                || hyphened_role(lower[i + n])
            {
                break;
            }
            end = words[i + n].start + word.len();
            n += 1;
            if possessive {
                break;
            }
        }
        if n == 0 {
            i += 1;
            continue;
        }
        let range = words[i].start..end;
        // places are not people, whatever their shape
        // ("South Africa": the word before may begin the place's name)
        let with_before = i.checked_sub(1).map(|b| &text[words[b].start..range.end]);
        let place = places::lookup(&text[range.clone()]).is_some()
            || with_before.is_some_and(|p| places::lookup(p).is_some())
            || (i..i + n).any(|j| places::lookup(stem(words[j].text(text)).0).is_some());
        if !place {
            candidates.push(Candidate { first: i, n, range });
        }
        i += n;
    }
    let token = |c: &Candidate, k: usize| name_token(text, words, lower, c.first + k);
    // surnames that stand alone somewhere: "Trump" makes "Donald Trump" a person
    // (not after "in", "at", "from" or "to", where a word names a place,
    // nor before a role word, which it qualifies: "groups in Iowa" and "Iowa
    // Secretary of Agriculture" make no "Iowa Soybean" a person)
    let located = |c: &Candidate| {
        (c.first > 0 && matches!(lower[c.first - 1], "in" | "at" | "from" | "to"))
            || lower.get(c.first + 1).is_some_and(|w| role_in_lower(w))
    };
    let alone: HashSet<Cow<'_, str>> = candidates
        .iter()
        .filter(|c| c.n == 1 && !located(c))
        .map(|c| token(c, 0))
        .collect();

    let mut people: Vec<FoundPerson> = Vec::new();
    let mut shapes: Vec<Shape> = Vec::new();
    let mut by_token: HashMap<Cow<'_, str>, usize> = HashMap::new();
    let mut pending = Vec::new();
    // a family name two fuller names share ("Kim" of Kim Jung-kwan and Kim
    // Yong-beom) names neither alone: "Minister Kim said" is no one's
    let mut ends: HashMap<Cow<'_, str>, Cow<'_, str>> = HashMap::new();
    let mut shared: HashSet<Cow<'_, str>> = HashSet::new();
    for c in candidates.iter().filter(|c| c.n > 1) {
        let (first, last) = (token(c, 0), token(c, c.n - 1));
        match ends.get(&first) {
            Some(other) if *other != last => {
                shared.insert(first);
            }
            Some(_) => {}
            None => {
                ends.insert(first, last);
            }
        }
    }
    for c in &candidates {
        let (first_token, last_token) = (token(c, 0), token(c, c.n - 1));
        let role = role_before(text, words, lower, c.first)
            .or_else(|| role_after(text, words, c.first + c.n));
        if c.n == 1 && shared.contains(&first_token) {
            // unless its title tells which ("Minister Kim" of Industry
            // Minister Kim Jung-kwan)
            if let Some(p) = role
                .as_deref()
                .and_then(|r| titled(&people, &first_token, r))
            {
                merge(&mut people[p], &mut shapes[p], text, c, None);
            }
            continue;
        }
        // a word in capitals alone is an acronym ("according to NBC News")
        // unless a role names it ("President XI")
        let acronym = c.n == 1 && !text[c.range.clone()].chars().any(char::is_lowercase);
        let supported = role.is_some()
            || (!acronym && speech_nearby(text, words, lower, c.first, c.n))
            || (c.n > 1 && (alone.contains(&last_token) || alone.contains(&first_token)));
        if !supported {
            pending.push(c);
            continue;
        }
        match find(&by_token, &shapes, c.n, &first_token, &last_token) {
            Some(p) => merge(&mut people[p], &mut shapes[p], text, c, role),
            None => {
                by_token.entry(last_token).or_insert(people.len());
                by_token.entry(first_token).or_insert(people.len());
                let name = text[c.range.clone()].to_owned();
                shapes.push(Shape::of(&name));
                people.push(FoundPerson {
                    name,
                    role,
                    first: c.range.start,
                    mentions: vec![c.range.clone()],
                });
            }
        }
    }
    // unsupported mentions of a known person ("led by Donald Trump") join that person
    for c in pending {
        if let Some(p) = find(&by_token, &shapes, c.n, &token(c, 0), &token(c, c.n - 1)) {
            merge(&mut people[p], &mut shapes[p], text, c, None);
        }
    }
    absorb_single_names(&mut people, &shapes);
    for p in &mut people {
        p.mentions.sort_by_key(|r| r.start);
    }
    people.sort_by_key(|p| p.first);
    people
}

/// The one person found whose name starts with `family` and whose role
/// holds the last word of `title` ("Minister" in "Industry Minister").
fn titled(people: &[FoundPerson], family: &str, title: &str) -> Option<usize> {
    // the first people found, a bounded look whatever the text
    const LOOK: usize = 200;
    let head = title.split_whitespace().last()?.to_lowercase();
    work::read(people.len().min(LOOK));
    let mut fits = people.iter().take(LOOK).enumerate().filter(|(_, p)| {
        p.name
            .split(' ')
            .next()
            .is_some_and(|f| f.eq_ignore_ascii_case(family))
            && p.role
                .as_ref()
                .is_some_and(|r| r.to_lowercase().contains(&head))
    });
    let (one, _) = fits.next()?;
    fits.next().is_none().then_some(one)
}

/// What merging needs to know of a name, worked out once per name: how many
/// parts it has between spaces, and whether it has any.
struct Shape {
    parts: usize,
    spaced: bool,
    /// The last word, in lower case.
    last: String,
}

impl Shape {
    fn of(name: &str) -> Shape {
        work::read(name.len());
        Shape {
            parts: name.split(' ').count(),
            spaced: name.contains(' '),
            last: name.rsplit(' ').next().unwrap_or(name).to_lowercase(),
        }
    }
}

/// A one-word person and a fuller name found later ("President Xi", "Xi
/// Jinping") are one: the one-word person joins the first fuller name that
/// starts or ends with its word.
fn absorb_single_names(people: &mut Vec<FoundPerson>, shapes: &[Shape]) {
    work::read(2 * people.len());
    let mut fuller: HashMap<String, usize> = HashMap::new();
    for (j, p) in people.iter().enumerate() {
        if shapes[j].spaced {
            let name = p.name.to_lowercase();
            let mut parts = name.split(' ');
            for part in [parts.next(), parts.next_back()].into_iter().flatten() {
                fuller.entry(part.to_owned()).or_insert(j);
            }
        }
    }
    let mut absorbed = vec![false; people.len()];
    for k in 0..people.len() {
        if shapes[k].spaced {
            continue;
        }
        let Some(&j) = fuller.get(&people[k].name.to_lowercase()) else {
            continue;
        };
        absorbed[k] = true;
        let mentions = std::mem::take(&mut people[k].mentions);
        let (first, role) = (people[k].first, people[k].role.take());
        let person = &mut people[j];
        person.first = person.first.min(first);
        person.mentions.extend(mentions);
        if person.role.is_none() {
            person.role = role;
        }
    }
    let mut absorbed = absorbed.into_iter();
    people.retain(|_| !absorbed.next().unwrap_or(false));
}

/// The person a candidate names: by surname, or by the one word a one-word person has.
fn find(
    by_token: &HashMap<Cow<'_, str>, usize>,
    shapes: &[Shape],
    n: usize,
    first: &str,
    last: &str,
) -> Option<usize> {
    // a fuller name joins one that ends as it does ("Donald J. Trump",
    // "Donald Trump"), not one it merely shares a word with ("Scott
    // Bessent Li" and "Li Chenggang")
    let ends_alike = |p: &usize| n == 1 || !shapes[*p].spaced || shapes[*p].last == last;
    by_token.get(last).copied().filter(ends_alike).or_else(|| {
        let p = *by_token.get(first)?;
        // "Xi Jinping" joins a one-word "Xi"; "Donald Tusk" does not join "Donald Trump"
        (n == 1 || !shapes[p].spaced).then_some(p)
    })
}

fn merge(
    person: &mut FoundPerson,
    shape: &mut Shape,
    text: &str,
    c: &Candidate,
    role: Option<String>,
) {
    if c.n > shape.parts {
        person.name = text[c.range.clone()].to_owned();
        *shape = Shape::of(&person.name);
    }
    if person.role.is_none() {
        person.role = role;
    }
    person.first = person.first.min(c.range.start);
    person.mentions.push(c.range.clone());
}

/// "said Glass", "Glass said", "Glass told", "according to Glass": the
/// verb right beside the name, with only a space between ("emphasized,
/// “Given …" names no one, nor does "the Central Committee, said").
fn speech_nearby(text: &str, words: &[Word], lower: &[&str], first: usize, n: usize) -> bool {
    const TO: [u128; 1] = keys(&["to"]);
    const ACCORDING: [u128; 1] = keys(&["according"]);
    let is = |i: usize, list: &[u128]| lower.get(i).is_some_and(|w| exactly_in(w, list));
    let spaced = |a: usize, b: usize| {
        words
            .get(a)
            .zip(words.get(b))
            .is_some_and(|(a, b)| text[a.end..b.start].trim().is_empty())
    };
    let before = first.wrapping_sub(1);
    // whom something was told may be an outlet ("told Fox Business")
    let told = lower.get(before) == Some(&"told");
    (is(first + n, &SPEECH_KEYS) && spaced(first + n - 1, first + n))
        || (is(before, &SPEECH_KEYS) && !told && spaced(before, first))
        || is(before, &TO) && is(first.wrapping_sub(2), &ACCORDING)
}

/// Whether a word is a capital letter alone, an initial before its full stop.
fn initial(word: &str) -> bool {
    word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase()
}

/// The role phrase right before word `first`: "US Treasury Secretary", "Japan’s new prime minister".
fn role_before(text: &str, words: &[Word], lower: &[&str], first: usize) -> Option<String> {
    let role = |j: usize| is_role_word_at(text, words, lower, j);
    let mut start = first;
    while start > 0 && first - start < 7 {
        let prev = words[start - 1];
        // a role is one run of words on one line: no punctuation between
        // them, nor a line break (a dateline "ISTANBUL" above is no role);
        // but a comma may set the name off ("Prime Minister, Sanae Takaichi,")
        let gap = &text[prev.end..words[start].start];
        let set_off = start == first && gap == ", " && role(start - 1);
        if !(gap.trim().is_empty() || set_off) || gap.contains('\n') {
            break;
        }
        let word = prev.text(text);
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if capital || exactly_in(lower[start - 1], &ROLE_FILLER_KEYS) || role(start - 1) {
            start -= 1;
        } else {
            break;
        }
    }
    // no leading "the", "to", "of" (but "Vice Minister", "former President")
    while start < first && matches!(lower[start], "the" | "to" | "of" | "for") {
        start += 1;
    }
    // nor a trailing one: in "Representative for International Trade" the
    // role is for something, not someone
    let last = first.checked_sub(1)?;
    let ends = role(last) || words[last].text(text).starts_with(char::is_uppercase);
    (ends && (start..first).any(role))
        .then(|| text[words[start].start..words[first - 1].end].to_owned())
}

/// The role in apposition after the name: ", Japan’s new prime minister,".
fn role_after(text: &str, words: &[Word], after: usize) -> Option<String> {
    let first = *words.get(after)?;
    let gap = &text[words[after - 1].end..first.start];
    if gap.trim() != "," {
        return None;
    }
    let mut end = after;
    while end < words.len() && end - after < 12 {
        if end > after && !text[words[end - 1].end..words[end].start].trim().is_empty() {
            break;
        }
        end += 1;
    }
    let phrase = &words[after..end];
    let mut phrase = phrase;
    // an apposition names; a relative clause ("which the president did
    // not attend") tells
    if phrase
        .first()
        .is_some_and(|w| matches!(w.text(text), "which" | "who" | "that" | "where" | "when"))
    {
        return None;
    }
    while phrase
        .first()
        .is_some_and(|w| matches!(w.text(text), "the" | "a" | "an"))
    {
        phrase = &phrase[1..];
    }
    let ends_clause = text[phrase.last()?.end..]
        .trim_start()
        .starts_with([',', '.', ';', ')']);
    (ends_clause && phrase.iter().any(|w| is_role_word(w.text(text))))
        .then(|| text[phrase[0].start..phrase[phrase.len() - 1].end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::words::{Lower, SPEECH_VERBS, words};
    use crate::model::sentences::sentences;

    fn people(text: &str) -> Vec<(String, Option<String>)> {
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        let starts: Vec<bool> = {
            let sents = sentences(text);
            ws.iter()
                .map(|w| sents.iter().any(|s| s.start == w.start))
                .collect()
        };
        find_people(text, &ws, &lower.words(), &starts)
            .into_iter()
            .map(|p| (p.name, p.role))
            .collect()
    }

    fn p(name: &str, role: Option<&str>) -> (String, Option<String>) {
        (name.to_owned(), role.map(str::to_owned))
    }

    #[test]
    fn finds_people_with_roles() {
        // a name beside another name is still a name
        assert_eq!(
            people("Trump is expected to meet his Chinese counterpart Xi Jinping on Thursday."),
            [p("Xi Jinping", Some("Chinese counterpart"))]
        );
        // a dateline on the line above is not part of the role
        assert_eq!(
            people("ISTANBUL\n\nUS Treasury Secretary Scott Bessent said Wednesday."),
            [p("Scott Bessent", Some("US Treasury Secretary"))]
        );
        assert_eq!(
            people(
                "US Treasury Secretary Scott Bessent and Chinese Vice-Premier He Lifeng met in Kuala Lumpur. Bessent said it went well."
            ),
            [
                p("Scott Bessent", Some("US Treasury Secretary")),
                p("He Lifeng", Some("Chinese Vice-Premier"))
            ]
        );
        assert_eq!(
            people(
                "Trump will meet with Sanae Takaichi, Japan’s new prime minister. Takaichi, the new Japanese minister, spoke."
            ),
            [p("Sanae Takaichi", Some("Japan’s new prime minister"))]
        );
        assert_eq!(
            people(
                "Talks were led by Donald Trump in the hub. “Good,” Trump said. Japan's new prime minister Sanae Takaichi agreed."
            ),
            [
                p("Donald Trump", None),
                p("Sanae Takaichi", Some("Japan's new prime minister"))
            ]
        );
        assert_eq!(
            people(
                "the US Ambassador to Japan George Glass spoke. We have a lot to talk about with President XI."
            ),
            [
                p("George Glass", Some("US Ambassador to Japan")),
                p("XI", Some("President"))
            ]
        );
    }

    #[test]
    fn names_not_title_fragments() {
        // a middle initial stays in the name
        assert_eq!(
            people("U.S. President Donald J. Trump announced a cut."),
            [p("Donald J. Trump", Some("U.S. President"))]
        );
        // a capitalised word of a role is no name, nor a role "for" something
        assert_eq!(
            people(
                "Beijing said Vice Minister Li Chenggang, the Representative for International Affairs, spoke."
            ),
            [p("Li Chenggang", Some("Vice Minister"))]
        );
        // a verb of saying names only the words right beside it
        assert_eq!(
            people("As Xi emphasized, “Given our different conditions, friction is normal.”"),
            [p("Xi", None)]
        );
        assert_eq!(people("Committee, said the report on Monday."), []);
        // a role set off by a comma, a hyphenated role, a long apposition
        assert_eq!(
            people(
                "He will meet the new Japanese Prime Minister, Sanae Takaichi, on Tuesday. OECD Secretary-General Mathias Cormann came. Han Wenxiu, a senior official from the ruling party’s Central Committee, spoke."
            ),
            [
                p("Sanae Takaichi", Some("new Japanese Prime Minister")),
                p("Mathias Cormann", Some("OECD Secretary-General")),
                p(
                    "Han Wenxiu",
                    Some("senior official from the ruling party’s Central Committee")
                ),
            ]
        );
        // outlets: whom something was told, a word in capitals
        assert_eq!(
            people(
                "Bessent told Fox Business on Sunday. The rate is a 12, according to NBC News. Reporters asked about it."
            ),
            [p("Bessent", None)]
        );
        // the word after a role's "of" is the role's; a word after "in" names a place
        assert_eq!(
            people(
                "Groups in Iowa reacted. Iowa Secretary of Agriculture Mike Naig issued a statement. The Iowa Soybean Association welcomed it."
            ),
            [p("Mike Naig", Some("Iowa Secretary of Agriculture"))]
        );
        // a family name two people share names neither alone; honorifics are no names
        assert_eq!(
            people(
                "Industry Minister Kim Jung-kwan and Policy Chief Kim Yong-beom landed. Kim said talks go on. Prime Minister Datuk Seri Anwar Ibrahim spoke."
            ),
            [
                p("Kim Jung-kwan", Some("Industry Minister")),
                p("Kim Yong-beom", Some("Policy Chief")),
                p("Anwar Ibrahim", Some("Prime Minister Datuk Seri")),
            ]
        );
        // a place whose name begins with a word that is no name; a relative clause is no role
        assert_eq!(
            people(
                "He asked about the summit in South Africa, which the US president did not attend."
            ),
            []
        );
        // a name never runs across a line break
        assert_eq!(
            people("Taiwan Question Takes Center Stage\n\nXi said the island is at the core."),
            [p("Xi", None)]
        );
        // a sentence adverb before an apposition-like comma
        assert_eq!(
            people("However, President Trump might now be looking to a deal, aides said."),
            [p("Trump", Some("President"))]
        );
    }

    #[test]
    fn a_fuller_name_joins_only_a_name_that_ends_alike() {
        // copy damage glues a surname to another name: Li Chenggang keeps his mentions
        assert_eq!(
            people(
                "Vice Minister Li Chenggang spoke. Treasury Secretary Scott Bessent Li praised the talks. “It went well,” Li said."
            ),
            [
                p("Li Chenggang", Some("Vice Minister")),
                p("Scott Bessent Li", Some("Treasury Secretary")),
            ]
        );
    }

    #[test]
    fn places_and_bylines_are_not_people() {
        assert!(people("By Jane Doe\nKUALA LUMPUR, Oct 25 (Reuters) - The White House said talks in Kuala Lumpur went well.").is_empty());
        assert!(people("He said the talks went well.").is_empty());
    }

    #[test]
    fn ascii_words_take_the_shape_that_any_word_does() {
        let words = [
            "",
            "A",
            "a",
            "Xi",
            "XI",
            "xI",
            "APEC",
            "ApEC",
            "McD",
            "McDo",
            "McDonald",
            "Vice-Premier",
            "VICE-PREMIER",
            "He-Man",
            "AB-C",
            "ABCD-",
            "X1",
            "U.S",
            "O'Neil",
            "-",
            "A-",
            "Ab1",
            "ABc",
        ];
        for w in words {
            assert_eq!(ascii_name_shape(w.as_bytes()), name_shape(w), "{w}");
        }
        // every word of up to five of a capital, a small letter, a hyphen,
        // a digit and an apostrophe
        let mut all = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = all
                .iter()
                .flat_map(|w| ["A", "b", "-", "1", "'"].map(|c| format!("{w}{c}")))
                .collect();
            for w in &longer {
                assert_eq!(ascii_name_shape(w.as_bytes()), name_shape(w), "{w}");
            }
            all = longer;
        }
    }

    #[test]
    fn the_lists_compared_in_lower_case_are_lower_case_ascii() {
        // `lower_in` compares the lower-cased word with the listed words as they are
        for w in ROLE_WORDS.iter().chain(ROLE_FILLERS).chain(SPEECH_VERBS) {
            assert!(
                w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()),
                "{w}"
            );
        }
    }
}
