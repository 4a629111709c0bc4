"""Find numbers in news copy and normalise them.

One precompiled regex finds every candidate *atom* (digits with separators, decimals, spelled-out
numbers, scale words, currency, percent signs, vague counts); ``scan_numbers`` turns atoms into
``NumberMention`` objects and joins two atoms into a range when the text between them says so
("between 100 and 300", "400-750", "400 to 750", "$100 billion to $580 billion").

Vague counts follow one documented convention (qualifier ``about``): the value is the smallest amount
the word can mean and the interval runs to the next order of magnitude, see ``VAGUE_COUNTS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extraction.prefilter import caseless

_WORD_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
#: number words and their values, for other modules reading figures written out ("twelve" -> 12)
WORD_UNITS = _WORD_UNITS
#: a spelled count as a regex alternation ("one" ... "ninety"), longest first, for patterns of other modules
NUMBER_WORD = (
    "(?:"
    + "|".join(sorted((w for w in _WORD_UNITS if w not in ("zero", "dozen")), key=len, reverse=True))
    + ")"
)
_WORD_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD_SCALES["trillion"] = 1_000_000_000_000
_WORD_SCALES["lakh"] = 100_000
_WORD_SCALES["crore"] = 10_000_000
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}
_SHORT_SCALES["b"] = 1_000_000_000
_SHORT_SCALES["tn"] = 1_000_000_000_000

#: Vague counts: (value, low, high). Convention: the value is the smallest amount the word can mean
#: ("dozens" = two dozen = 24), the interval runs up to just below the next order of magnitude, and
#: the qualifier is always ``about``.
VAGUE_COUNTS: dict[str, tuple[float, float, float]] = {
    "dozens": (24, 24, 99),
    "scores": (40, 40, 199),
    "hundreds": (200, 200, 999),
    "thousands": (2_000, 2_000, 9_999),
    "tens of thousands": (20_000, 20_000, 99_999),
    "hundreds of thousands": (200_000, 200_000, 999_999),
    "millions": (2_000_000, 2_000_000, 999_999_999),
    "a few dozen": (24, 24, 60),
    "several dozen": (36, 36, 99),
    "a few hundred": (200, 200, 500),
    "several hundred": (300, 300, 999),
    "a few thousand": (2_000, 2_000, 5_000),
    "several thousand": (3_000, 3_000, 9_999),
    "a few million": (2_000_000, 2_000_000, 5_000_000),
    "several million": (3_000_000, 3_000_000, 9_999_999),
}

CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "r$": "BRL",
    "s$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₺": "TRY",
    "₪": "ILS",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "jpy": "JPY",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "dirham": "MAD",
    "dirhams": "MAD",
    "lira": "TRY",
    "liras": "TRY",
    "shekel": "ILS",
    "shekels": "ILS",
    "yuan": "CNY",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "riyal": "SAR",
    "riyals": "SAR",
    "dinar": "JOD",
    "dinars": "JOD",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "pesos": "MXN",
    "peso": "MXN",
    "naira": "NGN",
    "rand": "ZAR",
    "shilling": "KES",
    "shillings": "KES",
    "cedis": "GHS",
    "kwacha": "ZMW",
    "birr": "ETB",
    "taka": "BDT",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "won": "KRW",
    "reais": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forints": "HUF",
    "koruna": "CZK",
    "kronor": "SEK",
    "kroner": "NOK",
    "krona": "SEK",
    "lei": "RON",
    "afghanis": "AFN",
    "rials": "IRR",
    # the currencies the euro replaced, in copy of their time: "would pay 30,000 marks to each family"
    "marks": "DEM",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "deutschemarks": "DEM",
    "lire": "ITL",
    "guilders": "NLG",
    "pesetas": "ESP",
    "drachmas": "GRD",
    "escudos": "PTE",
    "schillings": "ATS",
    "markkaa": "FIM",
    "french francs": "FRF",
    "belgian francs": "BEF",
    "pounds sterling": "GBP",
    # a dollar named by its country: "60 million Canadian dollars"
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "us dollars": "USD",
    "brazilian reais": "BRL",
    "swiss francs": "CHF",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "indian rupees": "INR",
    "saudi riyals": "SAR",
    "mexican pesos": "MXN",
    "chilean pesos": "CLP",
    "philippine pesos": "PHP",
    "south african rand": "ZAR",
    # a pound, a dinar, a rupee, a shilling ... named by its country is that country's, never sterling
    # or the currency the bare word stands for ("70 billion Egyptian pounds", "500 Kenyan shillings")
    "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "syrian pounds": "SYP",
    "sudanese pounds": "SDG",
    "south sudanese pounds": "SSP",
    "british pounds": "GBP",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "argentine pesos": "ARS",
    "argentinian pesos": "ARS",
    "colombian pesos": "COP",
    "cuban pesos": "CUP",
    "dominican pesos": "DOP",
    "uruguayan pesos": "UYU",
    "jordanian dinars": "JOD",
    "iraqi dinars": "IQD",
    "kuwaiti dinars": "KWD",
    "libyan dinars": "LYD",
    "algerian dinars": "DZD",
    "tunisian dinars": "TND",
    "serbian dinars": "RSD",
    "bahraini dinars": "BHD",
    "moroccan dirhams": "MAD",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "qatari riyals": "QAR",
    "omani rials": "OMR",
    "yemeni rials": "YER",
    "iranian rials": "IRR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "nepali rupees": "NPR",
    "mauritian rupees": "MUR",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "ukrainian hryvnias": "UAH",
    "hryvnias": "UAH",
    "kenyan shillings": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "somali shillings": "SOS",
    "nigerian naira": "NGN",
    "ghanaian cedis": "GHS",
    "ethiopian birr": "ETB",
    "bangladeshi taka": "BDT",
    "indonesian rupiah": "IDR",
    "malaysian ringgit": "MYR",
    "thai baht": "THB",
    "vietnamese dong": "VND",
    "south korean won": "KRW",
    "danish kroner": "DKK",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
    "czech koruna": "CZK",
    "hungarian forints": "HUF",
    "romanian lei": "RON",
    "polish zlotys": "PLN",
    "venezuelan bolivars": "VES",
    "bolivars": "VES",
    "israeli shekels": "ILS",
    "new shekels": "ILS",
    "renminbi": "CNY",
    "kyat": "MMK",
    "soles": "PEN",
    "peruvian soles": "PEN",
    "tenge": "KZT",
    "cfa francs": "XOF",
    "congolese francs": "CDF",
    "rwandan francs": "RWF",
    "meticais": "MZN",
    "kwanza": "AOA",
    "namibian dollars": "NAD",
    "zimbabwe dollars": "ZWL",
    "zimbabwean dollars": "ZWL",
    "jamaican dollars": "JMD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "fijian dollars": "FJD",
    "liberian dollars": "LRD",
    "trinidad and tobago dollars": "TTD",
    "barbados dollars": "BBD",
    "bahamian dollars": "BSD",
    "belize dollars": "BZD",
    "east caribbean dollars": "XCD",
    "guyanese dollars": "GYD",
    "brunei dollars": "BND",
    "manat": "AZN",
    "manats": "AZN",
    "azerbaijani manats": "AZN",
    "lari": "GEL",
    "georgian lari": "GEL",
    "drams": "AMD",
    "armenian drams": "AMD",
    "somoni": "TJS",
    "leones": "SLE",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}

# the singular of a currency named by its country: "from one Sudanese pound to three pounds"
_SINGULAR_TAILS = ("pounds", "shillings", "dollars", "francs", "dinars", "dirhams", "riyals", "rials", "rupees",
                   "pesos", "shekels", "roubles", "rubles", "hryvnias", "liras", "zlotys", "forints", "bolivars",
                   "cedis")  # fmt: skip
CURRENCY_WORDS.update(
    {k[:-1]: v for k, v in list(CURRENCY_WORDS.items()) if " " in k and k.endswith(_SINGULAR_TAILS)}
)

_SPACE = "[ \u00a0\u202f\u2009]"
_WORD_NUM = "|".join(sorted([*_WORD_UNITS, *_WORD_SCALES], key=len, reverse=True))
# the pattern is verbose: a space inside a currency name ("Canadian dollars") must be spelled as one
_CUR_WORDS = "|".join(w.replace(" ", f"{_SPACE}+") for w in sorted(CURRENCY_WORDS, key=len, reverse=True))

_ATOM_RE = re.compile(
    rf"""
    (?P<cur>US\$|A\$|C\$|HK\$|NZ\$|R\$|S\$|\$|€|£|¥|₹|₺|₪|\bRs\.?{_SPACE}?|\b(?:USD|EUR|GBP|CHF|JPY|INR)(?:{_SPACE})?)?
    (?:
        (?P<vague>\b(?:(?:several|a{_SPACE}+few){_SPACE}+(?:dozen|hundred|thousand|million)\b(?!{_SPACE}+(?:and|\d))
                    |hundreds{_SPACE}+of{_SPACE}+thousands|tens{_SPACE}+of{_SPACE}+thousands
                    |dozens|scores|hundreds|thousands|millions)\b)
      | (?<![\w.,/:])(?<![^\W\d]-)
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![,.]?\d)
                  |\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![,.]?\d)
                  |\d+(?:\.\d+)?(?![,.]?\d))
      | (?P<words>\b(?:a{_SPACE}+(?=hundred|thousand|million|billion|dozen))?
                  (?:{_WORD_NUM})(?:(?:{_SPACE}+|-|{_SPACE}+and{_SPACE}+)(?:{_WORD_NUM}))*\b)
    )
    (?P<scale>(?:{_SPACE}+|-)?(?:million|billion|trillion|thousand|lakh|crore)\b(?!-year)
             |(?:bn|mn|mln|tn|m|k|K|b)\b)?
    (?P<unit>{_SPACE}?(?:%|per{_SPACE}?cent\b|percent(?:age{_SPACE}+points?)?\b|pct\b)
            |(?:{_SPACE}+|-)(?:{_CUR_WORDS})\b(?!(?<=marks){_SPACE}+out{_SPACE}+of\b))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Where an atom can start, searched in ``caseless(text)``: ``_ATOM_RE`` opens on an optional currency and
#: an alternation under IGNORECASE, so ``re`` tries it at every position of the text; this pattern has
#: the same necessary openings (a digit, a currency sign, "US$"-like prefixes, or a word boundary before
#: a number word, a vague count, a currency code or "a ") and is case-sensitive and zero-width (so that
#: no candidate hides another), and ``_ATOM_RE`` is then only tried where it can match.
_ATOM_START_RE = re.compile(
    rf"(?=[\d$€£¥₹₺₪]|us\$|a\$|c\$|hk\$|nz\$|r\$|s\$)|\b(?=a{_SPACE}|rs|usd|eur|gbp|chf|jpy|inr|several|hundreds|tens|dozens"
    rf"|scores|thousands|millions|{_WORD_NUM})"
)

_RANGE_GAP_RE = re.compile(rf"^(?:{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+(?:to|and|or){_SPACE}+)$", re.IGNORECASE)
_CHANGE_WORD_RE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|fell|fallen|dropped|declined|revised|raised|lowered"
    r"|soared|surged|doubled|tripled|trebled|halved|swelled|shrank|up|down)\b",
    re.IGNORECASE,
)
#: "roughly 670,000 to just over 1 million": the high end hedged on its own, still one range
_HEDGED_TO_GAP_RE = re.compile(
    rf"^{_SPACE}+to{_SPACE}+(?:just{_SPACE}+)?(?:over|under|about|around|nearly|almost|roughly|some"
    rf"|(?:more|less|fewer){_SPACE}+than){_SPACE}+$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_CHANGE_BY_RE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|falls|fallen|climbed|climbs|jumped|jumps|increased|decreased|dropped"
    r"|drops|declined|grew|gained|lost|slipped|slid|surged|soared|plunged|plummeted|up|down|by)\s+$",
    re.IGNORECASE,
)
_FROM_CHANGE_RE = re.compile(
    r"\b(?:rose|rise|rising|risen|rises|climbed|climb|climbing|jumped|jump|increased|increase|increasing"
    r"|grew|grown|fell|fall|falling|fallen|dropped|drop|declined|decline|revised|raised|raising|lowered"
    r"|up|down|went|going|soared|surged|doubled|changed|moved|edged|bringing|brought|taking|took|pushing"
    r"|pushed)\s+(?:\w+\s+){0,8}?from\s+(?:the\s+)?"
    # "rose from about 500 to 1,000": the old figure hedged is still the old figure
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over|more\s+than|at\s+least|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COUNTED_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:people|persons|residents|civilians|children|women|men|soldiers|troops|migrants"
    r"|refugees|protesters|demonstrators|victims|families|homes|houses|buildings|trucks|deaths|dead"
    r"|injured|wounded|casualties|workers|patients|students|inhabitants)\b"
)


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    value: float
    value_high: float | None = None
    currency: str = ""
    percent: bool = False
    vague: str = ""
    spelled: bool = False
    granularity: float = 1.0
    scale_word: str = ""
    raw: str = ""


def _words_to_number(words: str) -> float | None:
    tokens = re.split(r"[\s\u00a0\u202f\u2009-]+", words.lower())
    total = 0
    current = 0
    seen = False
    for tok in tokens:
        if tok in ("and", ""):
            continue
        if tok == "a":
            current = max(current, 1)
            continue
        if tok in _WORD_UNITS:
            val = _WORD_UNITS[tok]
            if tok == "dozen":
                current = (current or 1) * 12
            else:
                current += val
            seen = True
        elif tok in _WORD_SCALES:
            scale = _WORD_SCALES[tok]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def _granularity_of_digits(digits: str, scale: float) -> float:
    """How coarsely the number was rounded as written: "90" -> 10, "1.28 million" -> 10,000."""
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        return float(scale) / float(10**decimals)
    int_part = re.sub(r"\D", "", digits)
    stripped = int_part.rstrip("0")
    zeros = len(int_part) - len(stripped) if stripped else 0
    return float(10**zeros) * scale


def _granularity_of_value(value: float) -> float:
    if value <= 0 or value != int(value):
        return 1.0
    v = int(value)
    g = 1
    while v % 10 == 0:
        v //= 10
        g *= 10
    return float(g)


def _digits_value(digits: str) -> float | None:
    cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits)
    try:
        return float(cleaned)
    except ValueError:
        return None


_COUNTED_AFTER_M_RE = re.compile(
    r"[ \u00a0]+(?:more\s+|other\s+)?(?:people|residents|households|homes|customers|children|refugees|voters"
    r"|users|viewers|passengers|visitors|workers|migrants|pilgrims|tourists|protesters|displaced|inhabitants)\b",
    re.IGNORECASE,
)
_HALF_BEFORE_RE = re.compile(r"\bhalf[ \u00a0]+$", re.IGNORECASE)
_AND_A_HALF_RE = re.compile(
    rf"{_SPACE}+and{_SPACE}+a{_SPACE}+half\b(?:{_SPACE}+(?P<scale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)


def _and_a_half(match: re.Match[str], value: float, scale: float, words: str) -> tuple[float, int]:
    """ "one and a half million" -> 1,500,000; "a million and a half" -> 1,500,000; "2 and a half" -> 2.5:
    the value and the end of the figure in the text, unchanged when no "and a half" follows."""
    m = _AND_A_HALF_RE.match(match.string, match.end())
    if m is None:
        return value, match.end()
    after = m.group("scale")
    if after and scale == 1.0:
        return (value + 0.5) * _WORD_SCALES[after.lower()], m.end()  # "one and a half million"
    if after:
        return value, match.end()  # "two million and a half thousand": not a form copy uses
    last = words.lower().split()[-1] if words else ""
    unit = scale if scale != 1.0 else float(_WORD_SCALES.get(last, 1))
    return value + 0.5 * unit, m.end()  # "a million and a half", "three and a half"


def _atom(match: re.Match[str]) -> NumberMention | None:
    cur_raw = (match.group("cur") or "").strip().lower()
    scale_raw = (match.group("scale") or "").strip(" -\u00a0\u202f\u2009").lower()
    unit_raw = (match.group("unit") or "").strip(" -\u00a0\u202f\u2009").lower()
    currency = CURRENCY_SYMBOLS.get(cur_raw, "")
    percent = unit_raw in ("%", "per cent", "percent", "pct") or unit_raw.startswith("per")
    if unit_raw and not percent:
        currency = currency or CURRENCY_WORDS.get(" ".join(unit_raw.split()), "")
    scale = 1.0
    if scale_raw:
        if scale_raw in _WORD_SCALES:
            scale = float(_WORD_SCALES[scale_raw])
        elif scale_raw in _SHORT_SCALES:
            if (
                scale_raw in ("m", "b")
                and not currency
                and (scale_raw == "b" or not _COUNTED_AFTER_M_RE.match(match.string, match.end()))
            ):
                return None  # "100m" is a distance, "3b" a code; "1.2m people" counts people in millions
            scale = float(_SHORT_SCALES[scale_raw])
    vague = match.group("vague")
    if vague:
        key = re.sub(r"\s+", " ", vague.lower())
        if scale_raw:
            return None  # "hundreds of billions" is handled as a vague amount: skip
        val, _low, _high = VAGUE_COUNTS[key]
        val = float(val)
        return NumberMention(
            match.start(), match.end(), val, vague=key, currency=currency, raw=match.group(0)
        )
    digits = match.group("digits")
    if digits:
        value = _digits_value(digits)
        if value is None:
            return None
        gran = _granularity_of_digits(digits, scale)
        scaled, end = (
            _and_a_half(match, value * scale, scale, "") if scale == 1.0 else (value * scale, match.end())
        )
        return NumberMention(
            match.start(),
            end,
            scaled,
            currency=currency,
            percent=percent,
            granularity=gran,
            scale_word=scale_raw,
            raw=match.group(0),
        )
    words = match.group("words")
    if words:
        value = _words_to_number(words)
        if value is None:
            return None
        value, end = _and_a_half(match, value * scale, scale, words)
        start = match.start()
        half = _HALF_BEFORE_RE.search(match.string, max(0, start - 6), start)
        if half is not None and words.lower().startswith("a"):
            value, start = value / 2, half.start()  # "half a million"
        return NumberMention(
            start,
            end,
            value,
            currency=currency,
            percent=percent,
            spelled=True,
            granularity=_granularity_of_value(value),
            scale_word=scale_raw,
            raw=match.group(0),
        )
    return None


def _trim_words_and(text: str, m: NumberMention) -> list[NumberMention]:
    """Spelled numbers joined by "and" are one number only after a scale word ("a hundred and
    twenty"); "two and three" is two numbers."""
    raw = text[m.start : m.end]
    parts = re.split(r"(\s+and\s+)", raw, flags=re.IGNORECASE)
    if len(parts) == 1:
        return [m]
    out: list[NumberMention] = []
    pos = m.start
    cur_start = m.start
    cur_text = parts[0]
    pos += len(parts[0])
    i = 1
    while i < len(parts):
        sep, nxt = parts[i], parts[i + 1]
        prev_last = cur_text.split()[-1].lower() if cur_text.split() else ""
        if prev_last in _WORD_SCALES:
            cur_text += sep + nxt
        else:
            out.append(_remake(text, cur_start, cur_start + len(cur_text)))
            cur_start = pos + len(sep)
            cur_text = nxt
        pos += len(sep) + len(nxt)
        i += 2
    out.append(_remake(text, cur_start, cur_start + len(cur_text), template=m))
    return [o for o in out if o is not None]


def _remake(text: str, start: int, end: int, template: NumberMention | None = None) -> NumberMention:
    seg = text[start:end]
    value = _words_to_number(seg) or 0.0
    if template is not None and template.end == end:
        scale_mult = 1.0
        if template.scale_word in _WORD_SCALES and not seg.lower().rstrip().endswith(template.scale_word):
            scale_mult = float(_WORD_SCALES[template.scale_word])
        value = _words_to_number(re.sub(r"\W+$", "", seg)) or value
        return NumberMention(
            start,
            end,
            value * scale_mult,
            currency=template.currency,
            percent=template.percent,
            spelled=True,
            granularity=_granularity_of_value(value),
            raw=seg,
        )
    return NumberMention(start, end, value, spelled=True, granularity=_granularity_of_value(value), raw=seg)


def scan_numbers(text: str) -> list[NumberMention]:
    """Every number atom in ``text``, ranges joined, in order. No exclusions applied here."""
    atoms: list[NumberMention] = []
    for match in _atom_matches(text):
        if not (match.group("vague") or match.group("digits") or match.group("words")):
            continue
        if atoms and match.start() < atoms[-1].end:
            continue  # inside the previous figure ("a million and a half")
        atom = _atom(match)
        if atom is None:
            continue
        if _DOT_THOUSANDS_RE.fullmatch(atom.raw) and _COUNTED_AFTER_RE.match(text, atom.end):
            # "1.200 people": a dot as thousands separator is only read so before a counted noun
            atom.value = float(atom.raw.replace(".", ""))
            atom.granularity = _granularity_of_value(atom.value)
        if atom.spelled and " and " in atom.raw.lower():
            atoms.extend(_trim_words_and(text, atom))
        else:
            atoms.append(atom)
    _named_currency_goes_on(atoms)
    return _join_ranges(text, atoms)


#: a currency's bare word, which a country word before it names ("Sudanese pounds") and the story then
#: leaves out ("three pounds")
_BARE_UNIT_RE = re.compile("(?:" + "|".join(f"{tail[:-1]}s?" for tail in _SINGULAR_TAILS) + ")$")


def _named_currency_goes_on(atoms: list[NumberMention]) -> None:
    """A bare "pounds" after a sum in "Sudanese pounds" is Sudanese too ("from one Sudanese pound to three
    pounds"): the story named its currency once; only a sum's own country word changes it again."""
    named: dict[str, str] = {}
    for atom in atoms:
        if not atom.currency:
            continue
        words = atom.raw.lower().split()
        tail = _BARE_UNIT_RE.search(words[-1]) if words else None
        if tail is None:
            continue
        base = tail.group(0).rstrip("s")
        if len(words) >= 2 and CURRENCY_WORDS.get(" ".join(words[-2:])) == atom.currency:
            named[base] = atom.currency
        elif base in named:
            atom.currency = named[base]


def _atom_matches(text: str) -> list[re.Match[str]]:
    """What ``_ATOM_RE.finditer(text)`` yields, trying the pattern only where an atom can start."""
    out: list[re.Match[str]] = []
    pos = 0
    atom_at = _ATOM_RE.match
    for cand in _ATOM_START_RE.finditer(caseless(text)):
        at = cand.start()
        if at < pos:
            continue
        match = atom_at(text, at)
        if match is not None:
            out.append(match)
            pos = match.end()  # atoms are never empty, so finditer goes on from here too
    return out


def _join_ranges(text: str, atoms: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        if i + 1 < n and not a.vague and not atoms[i + 1].vague:
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            hedged = len(gap) <= 20 and _HEDGED_TO_GAP_RE.match(gap) is not None
            if (len(gap) <= 7 and _RANGE_GAP_RE.match(gap)) or hedged:
                word = "to" if hedged else gap.strip().lower()
                before = text[max(0, a.start - 80) : a.start]
                ok = True
                if (
                    b.percent
                    and not a.percent
                    and not a.currency
                    and a.value <= 100
                    and word in ("to", "and")
                ):
                    # "about 1.0 to 1.6 percent", "between 2 and 3 percent": the low end borrows the unit
                    ok = word == "to" or before.rstrip().lower().endswith("between")
                    ok = ok and not _FROM_CHANGE_RE.search(before) and not _CHANGE_BY_RE.search(before)
                elif a.percent != b.percent or (a.currency and b.currency and a.currency != b.currency):
                    ok = False  # "fell 3.2% to $145.60"
                elif word == "and":
                    ok = bool(_BETWEEN_RE.search(before)) and before.rstrip().lower().endswith("between")
                elif word == "or":
                    # "two or three Americans", "10 or 12 bodies": a speaker's hedge between two close
                    # counts of one thing; never years ("2019 or 2020") nor "one or more"
                    ok = (
                        a.value >= 1
                        and a.value < b.value <= 2 * a.value + 1
                        and a.value == int(a.value)
                        and b.value == int(b.value)
                        and not a.scale_word
                        and not b.scale_word
                        and not a.currency
                        and not b.currency
                        and not _looks_like_years(a, b)
                    )
                elif word == "to" and (
                    _FROM_CHANGE_RE.search(before)
                    # "had more than doubled since polling day, from about 25,000 to more than 50,000": a
                    # hedged pair told after a change is its old and new figure
                    or (hedged and _CHANGE_WORD_RE.search(before))
                    # "the toll from the two to 465": "the two" names two things told before
                    or (a.spelled and before.rstrip().lower().endswith(" the"))
                    or _CHANGE_BY_RE.search(before)
                    or (a.percent and not b.percent)
                ):
                    ok = False  # "rose from 2,316 to 2,921" is a revision, two figures
                elif (word not in ("to", "and") and _looks_like_years(a, b)) or (
                    word not in ("to", "and", "or") and (a.spelled or b.spelled)
                ):
                    ok = False
                if ok:
                    merged = _merge_range(a, b)
                    if merged is not None:
                        out.append(merged)
                        i += 2
                        continue
        if (
            i + 1 < n
            and a.spelled
            and text[a.end : a.end + 1] == ","
            and _self_correction(
                text, a, atoms[i + 1], atoms[i - 1] if i else None, atoms[i + 2] if i + 2 < n else None
            )
        ):
            merged = _merge_range(a, atoms[i + 1])
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_SCALE_NAME_RE = re.compile(r"\b(?:hundred|thousand|million|billion)\b", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?", re.IGNORECASE)


def _self_correction(
    text: str, a: NumberMention, b: NumberMention, prev: NumberMention | None, c: NumberMention | None
) -> bool:
    """ "a million, a million and a half people": a speaker correcting himself upward within one scale
    says one range, not two figures. Both spelled with the same scale word, only a comma between them,
    the second at most twice the first, and no third figure listed after them."""
    if (
        not (a.spelled and b.spelled)
        or a.vague
        or b.vague
        or a.percent != b.percent
        or a.currency != b.currency
    ):
        return False
    if text[a.end : b.start].strip() != ",":
        return False
    sa, sb = _SCALE_NAME_RE.search(a.raw), _SCALE_NAME_RE.search(b.raw)
    if sa is None or sb is None or sa.group(0).lower() != sb.group(0).lower():
        return False
    if not a.value < b.value <= 2 * a.value:
        return False
    if prev is not None and _LIST_GAP_RE.fullmatch(text, prev.end, a.start) is not None:
        return False
    return c is None or _LIST_GAP_RE.fullmatch(text, b.end, c.start) is None


def _looks_like_years(a: NumberMention, b: NumberMention) -> bool:
    # "2,000-3,000 people": a thousands separator is never written in a year
    return (
        1800 <= a.value <= 2100
        and a.value == int(a.value)
        and not a.currency
        and not a.scale_word
        and "," not in a.raw
    )


def _merge_range(a: NumberMention, b: NumberMention) -> NumberMention | None:
    low, high = a.value, b.value
    # "1.1 million and 1.4 million" already scaled; "1.1 to 1.4 million" borrows b's scale.
    if b.scale_word and not a.scale_word and b.scale_word in _WORD_SCALES:
        mult = float(_WORD_SCALES[b.scale_word])
        if low * mult <= high:
            low *= mult
    # "2022-23" style abbreviations of years, "9-11": not ranges of counts
    if high < low:
        return None
    currency = a.currency or b.currency
    return NumberMention(
        a.start,
        b.end,
        low,
        value_high=high,
        currency=currency,
        percent=a.percent or b.percent,
        spelled=a.spelled and b.spelled,
        granularity=min(a.granularity, b.granularity),
        scale_word=b.scale_word or a.scale_word,
        raw=a.raw + "…" + b.raw,
    )
