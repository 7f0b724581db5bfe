"""Units written after a figure, normalised to one vocabulary (docs/export-format.md).

"19 per cent", "60 basis points", "256GB", "1.5mm", "40min", "6.1-inch",
"87 mph", "500 degrees celsius", "52,000 barrel-a-day", "$3,500 a month".
Names are singular English unit names ("kilometre", "mile per hour",
"percentage point"); currencies stay ISO codes (corpus/extract/money.py);
a rate adds " per " and what it is per ("USD per barrel", "hour per week").
Counted nouns are not units here: measures.py reads what a figure counts.
"""

from __future__ import annotations

import re

from corpus.extract.patterns import trie

# name -> surface forms. Written forms of one or two letters are case-sensitive
# ("m" metre, "M" million); longer ones match any case.
UNITS: dict[str, tuple[str, ...]] = {
    "percent": ("%", "percent", "per cent", "pct", "per-cent", "pc"),
    "percentage point": ("percentage points", "percentage point", "percent points", "pct points", "pp", "ppt", "ppts"),
    "basis point": ("basis points", "basis point", "bps", "bp"),
    "point": ("points", "point", "pts"),
    "kilometre": ("kilometres", "kilometers", "kilometre", "kilometer", "km", "KM", "kms"),
    "metre": ("metres", "meters", "metre", "meter", "m"),
    "centimetre": ("centimetres", "centimeters", "centimetre", "centimeter", "cm"),
    "millimetre": ("millimetres", "millimeters", "millimetre", "millimeter", "mm"),
    "micrometre": ("micrometres", "micrometers", "microns", "micron", "μm", "µm"),
    "nanometre": ("nanometres", "nanometers", "nanometre", "nanometer", "nm"),
    "mile": ("miles", "mile", "mi"),
    "nautical mile": ("nautical miles", "nautical mile", "nmi"),
    "yard": ("yards", "yard", "yds", "yd"),
    "foot": ("feet", "foot", "ft"),
    "inch": ("inches", "inch", "in."),
    "square metre": (
        "square metres",
        "square meters",
        "square metre",
        "square meter",
        "sq metres",
        "sq meters",
        "sq m",
        "sqm",
        "m2",
        "m²",
    ),
    "square kilometre": (
        "square kilometres",
        "square kilometers",
        "square kilometre",
        "square kilometer",
        "sq kilometres",
        "sq kilometers",
        "sq km",
        "sq. km",
        "km2",
        "km²",
    ),
    "square foot": ("square feet", "square foot", "sq feet", "sq ft", "sq. ft.", "sqft"),
    "square mile": ("square miles", "square mile", "sq miles", "sq mile", "sq mi"),
    "cubic foot": ("cubic feet", "cubic foot", "cu ft"),
    "cubic metre": ("cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³"),
    "cubic kilometre": ("cubic kilometres", "cubic kilometers", "cubic kilometre", "cubic kilometer", "km3", "km³"),
    "acre": ("acres", "acre"),
    "hectare": ("hectares", "hectare", "ha"),
    "tonne": ("tonnes", "tonne", "metric tons", "metric ton", "t"),
    "ton": ("tons", "ton"),
    "kilogram": ("kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo", "kg", "kgs"),
    "gram": ("grams", "grammes", "gram", "gramme", "g"),
    "milligram": ("milligrams", "milligram", "mg"),
    "microgram": ("micrograms", "microgram", "mcg", "μg", "µg"),
    "pound": ("pounds", "pound", "lbs", "lb"),
    "ounce": ("ounces", "ounce", "oz"),
    "litre": ("litres", "liters", "litre", "liter", "l"),
    "millilitre": ("millilitres", "milliliters", "millilitre", "milliliter", "ml"),
    "gallon": ("gallons", "gallon", "gal"),
    "barrel": ("barrels", "barrel", "bbl"),
    "barrel per day": ("bpd", "b/d"),
    "bushel": ("bushels", "bushel"),
    "mile per hour": ("miles per hour", "miles an hour", "mile per hour", "mph", "m.p.h.", "m.p.h"),
    "kilometre per hour": (
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
        "km/h",
        "kph",
        "kmh",
    ),
    "metre per second": ("metres per second", "meters per second", "m/s"),
    "kilometre per second": ("kilometres per second", "kilometers per second", "km/s"),
    "mile per gallon": ("miles per gallon", "mpg"),
    "knot": ("knots", "knot"),
    "horsepower": ("horsepower", "hp", "HP", "PS"),
    "brake horsepower": ("brake horsepower", "bhp"),
    "watt": ("watts", "watt", "W"),
    "kilowatt": ("kilowatts", "kilowatt", "kW", "KW"),
    "megawatt": ("megawatts", "megawatt", "MW"),
    "gigawatt": ("gigawatts", "gigawatt", "GW"),
    "kilowatt hour": ("kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour", "kWh"),
    "megawatt hour": ("megawatt hours", "megawatt-hours", "megawatt hour", "MWh"),
    "gigawatt hour": ("gigawatt hours", "gigawatt-hours", "gigawatt hour", "GWh"),
    "terawatt hour": ("terawatt hours", "terawatt-hours", "terawatt hour", "TWh"),
    "milliampere-hour": ("milliampere-hours", "milliamp hours", "mAh"),
    "volt": ("volts", "volt", "V"),
    "kilovolt": ("kilovolts", "kilovolt", "kV"),
    "newton metre": ("newton metres", "newton meters", "Nm"),
    "pound-foot": ("pound-feet", "pound-foot", "lb-ft", "lb ft"),
    "hertz": ("hertz", "Hz", "HZ"),
    "kilohertz": ("kilohertz", "kHz"),
    "megahertz": ("megahertz", "MHz"),
    "gigahertz": ("gigahertz", "GHz"),
    "revolutions per minute": ("revolutions per minute", "rpm"),
    "byte": ("bytes", "byte"),
    "kilobyte": ("kilobytes", "kilobyte", "KB", "kB"),
    "megabyte": ("megabytes", "megabyte", "MB"),
    "gigabyte": ("gigabytes", "gigabyte", "GB"),
    "terabyte": ("terabytes", "terabyte", "TB"),
    "megabit per second": ("megabits per second", "Mbps", "Mb/s"),
    "gigabit per second": ("gigabits per second", "Gbps", "Gb/s"),
    "celsius": (
        "degrees celsius",
        "degrees centigrade",
        "degree celsius",
        "degrees C",
        "deg C",
        "°C",
        "ºC",
        "celsius",
        "centigrade",
        "C",
    ),
    "fahrenheit": ("degrees fahrenheit", "degree fahrenheit", "degrees F", "deg F", "°F", "ºF", "fahrenheit", "F"),
    "degree": ("degrees", "degree", "°", "º"),
    "decibel": ("decibels", "decibel", "dB"),
    "part per million": ("parts per million", "parts-per-million", "ppm"),
    "parts-per-billion": ("parts per billion", "parts-per-billion", "ppb"),
    "calorie": ("calories", "calorie", "kcal"),
    "century": ("centuries", "century"),
    "decade": ("decades", "decade"),
    "year": ("years", "year", "yrs", "yr"),
    "month": ("months", "month"),
    "week": ("weeks", "week", "wks"),
    "day": ("days", "day"),
    "hour": ("hours", "hour", "hrs", "hr", "h"),
    "minute": ("minutes", "minute", "mins", "min"),
    "second": ("seconds", "second", "secs", "sec"),
    "millisecond": ("milliseconds", "millisecond", "ms"),
    "times": ("times", "fold", "-fold", "x"),
    "cent": ("cents", "cent"),
    "penny": ("pence", "pennies", "p"),
    "sen": ("sen",),
    "pascal": ("pascals", "pascal", "Pa"),
    "kilopascal": ("kilopascals", "kilopascal", "kPa"),
    "megapascal": ("megapascals", "megapascal", "MPa"),
    "pound per square inch": ("pounds per square inch", "psi"),
    "kilopound per square inch": ("ksi",),
    "million british thermal unit": ("million british thermal units", "mmbtu", "mmbtus"),
    "british thermal unit": ("british thermal units", "btu", "btus"),
    "megapixel": ("megapixels", "megapixel", "MP"),
    "ampere": ("amperes", "ampere", "amps"),
    "milliampere": ("milliamperes", "milliamps", "mA"),
    "millivolt": ("millivolts", "millivolt", "mV"),
    "ohm": ("ohms", "ohm", "Ω"),
    "kilohm": ("kilohms", "kΩ"),
    "newton": ("newtons", "newton"),
    "kilonewton": ("kilonewtons", "kN"),
    "joule": ("joules", "joule"),
    "kilojoule": ("kilojoules", "kJ"),
    "megajoule": ("megajoules", "MJ"),
    "gigapascal": ("gigapascals", "GPa"),
    "terawatt": ("terawatts", "terawatt", "TW"),
    "microsecond": ("microseconds", "microsecond", "µs", "μs"),
    "nanosecond": ("nanoseconds", "nanosecond", "ns"),
    "light-year": ("light-years", "light years", "light-year", "light year"),
    "kiloton": ("kilotons", "kilotonnes", "kiloton", "kilotonne"),
    "megaton": ("megatons", "megatonnes", "megaton", "megatonne"),
    "carat": ("carats", "carat"),
}
DURATIONS = frozenset({"century", "decade", "year", "month", "week", "day", "hour", "minute", "second", "millisecond"})
# Units that are also common words or letters: only glued to the figure ("5W", "12C"), or
# written after a space only where the word cannot be anything else.
_GLUED_ONLY = frozenset(
    {
        "m",
        "g",
        "l",
        "t",
        "h",
        "W",
        "V",
        "C",
        "F",
        "in.",
        "ha",
        "mi",
        "pp",
        "bp",
        "°",
        "º",
        "ms",
        "Pa",
        "pc",
        "x",
        "p",
        "MP",
    }
)
# Some of those are a unit apart from the figure where the words around say so: "41 C (106 F)" in a
# sentence about temperatures, "a 65 W charger" before a lower-case word, "828 m tall".
_TEMPERATURE_WORDS = re.compile(r"(?i)temperat|heat|degree|°|warm|cold|cool|chill|fre?eez|frost|melt|boil|thermo")
_NOT_A_NAME_NEXT = re.compile(r"\s*(?:[),;:]|\.(?!\w)|$)|\s+[a-z(]")
_DIMENSION_NEXT = re.compile(
    r"\s+(?:tall|long|high|wide|deep|thick|across|away|in\s+(?:diameter|length|height|depth))\b"
)
_ARTICLE_FIGURE = re.compile(r"\b[Aa]n?\s+[\d.,]*\d$")
_SPACED_WHEN = {"C": "temperature", "F": "temperature", "W": "not a name", "V": "not a name", "m": "dimension"}
_VIDEO_LINES = re.compile(r"(?<![\d.,])(?:144|240|360|480|576|720|1080|1440|2160|4320)$")
_SURFACE_TO_NAME = {form: name for name, forms in UNITS.items() for form in forms}
# Two-letter forms are case-sensitive ("MB" megabyte, "mb" nothing; "Nm", "nm"); longer ones are not ("Ghz", "KWH").
_CASED = sorted((f for f in _SURFACE_TO_NAME if len(f) <= 2), key=len, reverse=True)
_UNCASED = sorted((f for f in _SURFACE_TO_NAME if f not in _CASED), key=len, reverse=True)
_LOWER_TO_NAME = {f.lower(): n for f, n in _SURFACE_TO_NAME.items() if f in _UNCASED}


def _alternation(forms: list[str], cased: bool = True) -> str:
    """The forms as one trie (what their longest-first alternation matches, tried far faster); a
    space in a form matches any run of spaces or a hyphen ("a six-percentage-point lead", "a 25-basis-point cut")."""
    return trie(sorted(set(forms if cased else (f.lower() for f in forms)))).replace(r"\ ", r"[\s-]+")


_UNIT = re.compile(
    rf"(?P<gap>[ \u00a0\u2009\u202f]?-?|-)(?:(?P<cased>{_alternation(_CASED)})|(?i:(?P<word>{_alternation(_UNCASED, cased=False)})))(?![\w%°])"
)
_UNCASED_UNIT = re.compile(
    rf"(?P<gap>[ \u00a0\u2009\u202f]?-?|-)(?P<cased>(?!))?(?i:(?P<word>{_alternation(_UNCASED, cased=False)}))(?![\w%°])"
)
# "a month", "per barrel", "an hour", "a day": what a rate is per.
_PER = re.compile(
    r"(?:\s*-?(?:per|a|an|each|every)[\s-]+(?:(?:fully\s+)?diluted\s+|basic\s+|adjusted\s+(?=share))?|\s*/\s*)"
    r"(?P<what>[A-Za-z]{2,}(?:\s+of\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
_NOT_A_RATE = re.compile(r"\s+(?:earlier|ago|before|later|after|since|from now|old)\b", re.IGNORECASE)
_PER_WORDS = frozenset(
    """
    year month week day hour minute second decade century night session quarter game match season person head
    capita share barrel gallon litre liter ounce gram kilogram tonne ton pound unit kilometre kilometer mile
    metre meter square foot kwh megawatt mmbtu month unit
    cup bottle pint kilo loaf dozen packet carton sack bale therm
    """.split()
)
# What a figure is per only after "per" or "each" ("$2.1m per patient"): after "a" they may open the next clause
# ("it cost $40, a customer said").
_PER_ONLY_WORDS = frozenset(
    """
    patient passenger student pupil child adult household resident employee worker user customer visitor member woman
    seat room bed ticket vehicle car dose
    """.split()
)


def unit_after(text: str, end: int) -> tuple[str, int] | None:
    """``(unit name, end)`` for a unit written right after the figure ending at ``end``."""
    m = _UNIT.match(text, end)
    if m is None:
        return None
    if m.group("cased"):
        longer = _UNCASED_UNIT.match(text, end)  # "km/h" over "km", "lb-ft" over "lb"
        if longer and longer.end() > m.end():
            m = longer
    form = m.group("cased") or m.group("word")
    if m.group("cased") and form in _GLUED_ONLY and m.group("gap") and not _spaced_unit(text, form, end, m.end()):
        return None  # "5 m" could be anything; "5m"/"5W" glued is a unit
    if form == "p" and _VIDEO_LINES.search(text, max(0, end - 6), end):
        return None  # "1080p" is a picture's height, "118.5p" a price in pence
    key = re.sub(r"\s+", " ", form.lower())
    name = _SURFACE_TO_NAME.get(form) or _LOWER_TO_NAME.get(key) or _LOWER_TO_NAME[key.replace("-", " ")]
    if name == "second" and _ORDINAL_SECOND.match(text, m.end()):
        return None  # "two second-half goals", "a second-round exit": the ordinal, no time
    return name, m.end()


_ORDINAL_SECOND = re.compile(r"-(?:half|round|placed|place|leg|tier|quarter|largest|biggest|highest|class|hand)\b")


def _spaced_unit(text: str, form: str, figure_end: int, end: int) -> bool:
    """A symbol that is also a letter, written apart from its figure, as a unit (see _SPACED_WHEN)."""
    when = _SPACED_WHEN.get(form)
    if when == "not a name" and _ARTICLE_FIGURE.search(text, max(0, figure_end - 16), figure_end):
        return True  # "a 65 W USB-C charger": a figure after "a" describes what follows; no address reads so
    if when == "temperature":
        # the words about temperature near the figure, not anywhere in a long sentence
        return bool(_NOT_A_NAME_NEXT.match(text, end) and _TEMPERATURE_WORDS.search(text, max(0, end - 80), end + 40))
    if when == "not a name":
        return bool(_NOT_A_NAME_NEXT.match(text, end))  # "1200 W Madison Street" is an address
    return when == "dimension" and bool(_DIMENSION_NEXT.match(text, end))


def unit_named(word: str) -> str | None:
    """The unit a spelled-out word names ("yard", "years" -> "yard", "year"), if it is one."""
    if len(word) < 3:
        return None
    return _LOWER_TO_NAME.get(word.lower())


def per_after(text: str, end: int, any_noun: bool = False) -> tuple[str, int] | None:
    """``("barrel", end)`` for "per barrel", "a month", "/kg" right after a figure or its unit; with ``any_noun``,
    also "per cow", "per crossing": any common noun after "per" (a measurement's, not a sum's: "3 million dollars per
    vessel" and "3 million dollars each" are one fine, compared in dollars)."""
    m = _PER.match(text, end)
    if m is None or (_NOT_A_RATE.match(text, m.end()) and singular(m.group("what").split()[0].lower()) in DURATIONS):
        return None  # "$6.8 billion a year earlier": when, not per what ("$48.20 an ounce before easing" is per ounce)
    what = m.group("what").lower()
    # the unit may run past the word ("per cubic metre", "a square foot")
    unit = unit_after(" " + text[m.start("what") : m.start("what") + 40], 0)
    if unit is not None and unit[1] > len(m.group("what")) + 1 and text[m.start("what") + unit[1] - 2].isalpha():
        unit_end = m.start("what") + unit[1] - 1
        return None if _NOT_A_RATE.match(text, unit_end) else (unit[0], unit_end)
    if unit is not None and unit[1] == len(m.group("what")) + 1:
        return unit[0], m.end()
    word = singular(what.split()[0])
    if " of " in what and (word in DURATIONS or word in _PER_WORDS):
        # "two billion tons per year of carbon dioxide": per year; what is weighed follows ("38 cents per litre of
        # milk": per litre)
        return word, m.start("what") + len(what.split()[0])
    explicit = re.match(r"\s*-?(?:per|each)\b", text[end:], re.IGNORECASE)
    if word not in _PER_WORDS and not (
        explicit and (word in _PER_ONLY_WORDS or (any_noun and _per_noun(what.split()[0], text[end:])))
    ):
        return None
    return singular(what), m.end()


# After "per" any common noun is what a measurement is per ("8,250 litres per cow", "12 kilograms per crate"); not a
# word that says by what ("per the contract") or a Latin phrase ("per se", "per annum").
_NOT_PER_NOUNS = frozenset("the this that these those its his her their our your my annum se diem cent centum".split())


def _per_noun(word: str, after: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and word not in _NOT_PER_NOUNS
        and re.match(r"\s*-?per\s", after, re.IGNORECASE) is not None
    )


_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "staff": "staff",
    "personnel": "personnel",
    "police": "police",
    "series": "series",
    "species": "species",
    "aircraft": "aircraft",
    "cattle": "cattle",
    "news": "news",
    # Diseases named in -s are one thing ("measles cases" counts cases)
    "measles": "measles",
    "mumps": "mumps",
    "rabies": "rabies",
    "herpes": "herpes",
    "scabies": "scabies",
    "diabetes": "diabetes",
    "rickets": "rickets",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "leaves": "leaf",
    "thieves": "thief",
    "shelves": "shelf",
    "wolves": "wolf",
}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
# "buses", "viruses", "gases", "lenses": plurals in -es of words ending in -s ("houses", "causes" are not)
_US_PLURAL = re.compile(
    r"(?:bus|virus|campus|bonus|census|status|surplus|focus|prospectus|stimulus|consensus|fungus|cactus|"
    r"circus|sinus|nexus|syllabus|chorus|genus|corpus|gas|bias|alias|atlas|lens|iris|canvas)es$"
)
_KEEP_S = re.compile(r"(?:ss|us|is|ous)$")
# Words in -ics that name a field or a practice, not things counted ("economics", "politics"); other -ics words
# are plurals ("clinics", "critics", "topics"), as are words in -ws ("flaws", "shows", "windows"; "news" is listed).
_FIELDS_IN_ICS = re.compile(
    r"(?:econom|polit|phys|mathemat|athlet|eth|genet|electron|logist|statist|gymnast|linguist|aerob|acoust|"
    r"dynam|robot|analyt|optic|semant|ceram|dietet|forens|pharmaceut|aeronaut|"
    r"therapeut|bioethic|geopolit|informat|cybernet|hydraul|pneumat|esthet|aesthet)ics$"
)


def singular(word: str) -> str:
    """ "properties" -> "property", "fishermen" -> "fisherman", "boxes" -> "box"; other words unchanged."""
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1]  # "MPs", "SUVs", "CEOs"
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower] if word.islower() else word[: len(word) - len(lower)] + _IRREGULAR[lower]
    if lower.endswith("men") and len(lower) > 4:
        return word[:-3] + ("man" if word[-3:].islower() else "MAN")
    if len(lower) <= 3 or _KEEP_S.search(lower) or not lower.endswith("s") or _FIELDS_IN_ICS.search(lower):
        return word
    if lower.endswith("ws") and not word.islower():  # "Andrews", "Matthews": names
        return word
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith("zes") and not lower.endswith(("zzes", "tzes")):
        return word[:-1]  # "blazes", "prizes", "sizes" (not "quizzes", "waltzes")
    if re.search(r"(?:ches|shes|xes|zes|sses|oes)$", lower) or _US_PLURAL.search(lower):
        return word[:-2]
    return word[:-1]


# Animals written the same in the plural: "killed 40,000 fish", "300 sheep", "1.2 million salmon".
SAME_IN_THE_PLURAL = frozenset("fish sheep deer salmon trout cod swine bison moose livestock poultry cattle".split())
_PLURAL_AS_WRITTEN = frozenset("people staff personnel police aircraft crew".split()) | SAME_IN_THE_PLURAL
# The plural of a singular noun where it is not the singular and "s": _IRREGULAR's forms read backwards.
_IRREGULAR_PLURALS = {one: many for many, one in _IRREGULAR.items() if one != many} | {"person": "people"}


def plural(word: str) -> str:
    """ "sheep" -> "sheep", "goose" -> "geese", "colony" -> "colonies", "bus" -> "buses", "visitor" -> "visitors":
    the plural of a lower-case singular noun (what ``singular`` undoes)."""
    if word in _PLURAL_AS_WRITTEN or _IRREGULAR.get(word) == word:
        return word  # "sheep", "species", "staff"
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("man") and len(word) > 4:
        return word[:-3] + "men"  # "fisherman"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z)$", word):
        return word + "es"
    return word + "s"


def is_plural(word: str) -> bool:
    return singular(word) != word or word.lower() in _PLURAL_AS_WRITTEN
