"""Figures in a sentence: money, percentages, casualty counts, other counts, and dates.

Every pattern here is linear: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claims.config import EngineConfig
from claims.model import Quantity

_UNITS_WORDS = {
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
    "a dozen": 12,
    "dozen": 12,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULTIPLIERS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    # South Asian news counts in lakhs (100,000) and crores (10 million)
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "mil": 1e6,  # "RM12.5mil": Malaysian papers' million
    "lakh crore": 1e12,  # "₹48.6 lakh crore": a lakh of crores
    "lakh crores": 1e12,
}
_CURRENCIES = {
    "skr": "SEK",
    "nkr": "NOK",
    "dkr": "DKK",
    "r$": "BRL",
    "kronor": "SEK",
    "krona": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "hk$": "HKD",
    "nt$": "TWD",
    "dh": "AED", "dhs": "AED", "ro": "OMR", "qr": "QAR", "sr": "SAR", "kd": "KWD",
    "omr": "OMR", "qar": "QAR", "kwd": "KWD", "bhd": "BHD",
    "rp": "IDR",
    "rp.": "IDR",
    "rm": "MYR",
    "p": "PHP",
    "c$": "CAD",
    "a$": "AUD",
    "s$": "SGD",
    "nz$": "NZD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "sudanese pounds": "SDG", "south sudanese pounds": "SSP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "syrian pounds": "SYP", "turkish lira": "TRY",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "taiwan dollars": "TWD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "hkd": "HKD",
    "cny": "CNY",
    "jpy": "JPY",
    "inr": "INR",
    # other currencies news names by word, code or sign
    # (a word several countries use keeps its name: "pesos", "riyals", "dirhams", "francs", "shillings")
    "pesos": "PESOS", "rand": "ZAR", "shekels": "ILS", "lira": "TRY", "liras": "TRY", "riyals": "RIYALS",
    "dirhams": "DIRHAMS", "francs": "FRANCS", "shillings": "SHILLINGS", "ringgit": "MYR", "rupiah": "IDR",
    "baht": "THB", "hryvnias": "UAH",
    "chf": "CHF", "aud": "AUD", "cad": "CAD", "sgd": "SGD", "krw": "KRW", "brl": "BRL", "mxn": "MXN", "zar": "ZAR",
    "try": "TRY", "sar": "SAR", "aed": "AED", "ils": "ILS", "ngn": "NGN", "kes": "KES", "pkr": "PKR", "egp": "EGP",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "₱": "PHP", "฿": "THB", "₴": "UAH",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "₦": "NGN",
    "n": "NGN",
    "naira": "NGN",
    "r": "ZAR",
    "ksh": "KES", "sh": "KES", "tsh": "TZS", "ush": "UGX", "tk": "BDT", "tk.": "BDT", "৳": "BDT", "taka": "BDT",
    "won": "KRW",
    "cedis": "GHS", "cedi": "GHS", "reais": "BRL", "soles": "PEN", "birr": "ETB", "kwanza": "AOA",
    "argentine pesos": "ARS", "mexican pesos": "MXN", "chilean pesos": "CLP", "colombian pesos": "COP",
    "philippine pesos": "PHP",
}
_FRACTIONS = {
    "three-quarters": 75.0,
    "three quarters": 75.0,
    "two-thirds": 66.7,
    "two thirds": 66.7,
    "a third": 33.3,
    "one-third": 33.3,
    "one third": 33.3,
    "half": 50.0,
    "a half": 50.0,
    "a quarter": 25.0,
    "one-quarter": 25.0,
    "one quarter": 25.0,
}
# statuses that make a count a count of cases, told with what is counted
_STATUSES = frozenset({"infected", "hospitalized", "displaced", "evacuated"})
_CASUALTY_UNITS = {
    "infected": "infected",
    "hospitalized": "hospitalized",
    "hospitalised": "hospitalized",
    "displaced": "displaced",
    "evacuated": "evacuated",
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "missing": "missing",
    "lost their lives": "killed",
    "drowned": "killed",
}
# Words that cannot be the unit of a count ("5 of the 12", "3 in 10").
_NOT_UNITS = frozenset(
    "a an the of and or to in on at for by with from than as is are was were be been has have had that this these "
    "those it its their his her our your my per into over under about after before since during who whom whose "
    "which where when while without within across through against among amid near despite toward towards via "
    "including "
    # verbs of change that follow a figure ("aged 18 to 24 fell to 44 percent"): never what is counted
    "fell rose dropped climbed jumped slipped surged grew increased decreased declined doubled will would can could "
    "may might must should did does do "
    # words of place, time and degree after a figure ("sent about 6,000 there", "arrived 31 late"): no noun
    "there here then now so too late early later earlier ago apiece each alone already again yet still back away "
    "more less last next instead overall altogether total".split()
)

# (and South Asian grouping, in lakhs: "8,46,300 crore")
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TENS = "|".join(_TENS_WORDS)
_WORD_NUMBER = (
    rf"(?:(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a dozen|dozen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_MULT = r"(?:hundred|thousand|million|billion|trillion|bn|mn|tn|lakh crores?|lakhs?|crores?)"
_QUALIFIER = (
    r"(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than|roughly|all|"
    r"a total of|an estimated|a further|another)"
)

_MONEY = re.compile(
    # (naira written N only with a scale or thousands: "N500m", "N50,000", not "N95")
    r"(?P<cur>US\$|HK\$|NT\$|C\$|A\$|S\$|NZ\$|R\$|SKr|NKr|DKr|\$|€|£|¥|₹|₦|₩|₺|₪|₱|฿|₴|৳|\bRs\.?|\bK?Sh(?=\s?\d)|"
    r"\bTSh(?=\s?\d)|\bUSh(?=\s?\d)|\bTk\.?(?=\s?\d)|(?-i:\bRp\.?)(?=\s?\d)|(?-i:\bRM)(?=\s?\d)|"
    # the Gulf's signs and any currency's code before the figure: "RO500 (Dh4,770)", "AED 4,770", "USD 5m"
    # (two letters with an amount, not a model: "SR200", not "the SR71")
    r"(?-i:\b(?:Dhs?|RO|QR|SR|KD)(?=\d{3}|\d{1,3},\d{3}|\d[\d.]*\s?(?:m|bn|k|million|billion)\b))|"
    r"(?-i:\b(?:USD|EUR|GBP|AED|SAR|QAR|OMR|KWD|BHD|INR|CNY|JPY|CHF|AUD|CAD|ZAR|NGN|KES|EGP|PKR)(?=\s?\d))|"
    # (the Philippine peso written P, like naira's N: "P2.1 billion", "P10,000", not "P2")
    r"(?-i:\bP)(?=\d[\d,.]*(?:(?:m|bn|k)\b|\s(?:million|billion|trillion)\b|,\d{3}))|"
    r"\bN(?=\d[\d,.]*(?:(?:m|bn|k)\b|\s(?:million|billion|trillion)\b|,\d{3}))|"
    # (rand written R, likewise: "R2.1 billion", "R84m", "R15,000")
    # ("R28-million": South African style)
    r"\bR(?=\d[\d,.]*(?:(?:m|bn|k)\b|[\s-](?:million|billion|trillion)\b|,\d{3})))"
    rf"\s?(?P<num>{_DIGITS})(?:[\s-]?(?P<mult>{_MULT}|mil|m|b|k)\b)?"
    rf"|\b(?P<num2>{_NUMBER})(?:\s?(?P<mult2>{_MULT}|m(?=\s)))?\s"  # ("10bn Turkish lira": the scale written on)
    r"(?P<cur2>(?:Hong Kong|Canadian|Australian|Singapore|New Zealand|Taiwan|U\.S\.|US) dollars?|"
    r"(?:Argentine|Mexican|Chilean|Colombian|Philippine) pesos|cedis|reais|soles|birr|kwanza|"
    r"(?:South Sudanese|Sudanese|Egyptian|Lebanese|Syrian) pounds|Turkish lira|"
    r"dollars?|euros?|pounds|yen|yuan|renminbi|rupees|roubles|rubles|naira|pesos|rand|shekels|liras?|riyals|dirhams|"
    r"francs|shillings|ringgit|rupiah|baht|hryvnias|kronor|kroner|krona|krone|taka|"
    r"(?<=illion\s)won|(?<=\d{3}\s)won|"  # (won the currency, after a large figure; not "the party won")
    r"(?-i:USD|EUR|GBP|HKD|CNY|JPY|INR|NGN|CHF|AUD|CAD|SGD|KRW|BRL|MXN|ZAR|TRY|SAR|AED|ILS|KES|PKR|EGP))\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:\s?%|[\s-](?P<word>percent(?:age points?)?|per[\s-]?cent|pct)\b|(?<=\d)\s?pc\b)",
    re.IGNORECASE
)
_FRACTION = re.compile(
    r"\b(?P<frac>three[- ]quarters|two[- ]thirds|one[- ]third|a third|one[- ]quarter|a quarter|a half|half)"
    r"\s+of\b",
    re.IGNORECASE,
)
# "15 of its soldiers had died": a part that died, told with had
_HAD_BEFORE = re.compile(r"\s(?:had|have|has)$")
# what comes before a count that denies the toll: "none of its roughly 4,500 workers", "No one", "not one"
_NOBODY_OF = re.compile(
    r"(?:\b(?:none|no\s+one|nobody|neither|not\s+one)\s+(?:of|among)\s+(?:the|its|their|his|her|our)?\s*"
    r"(?:roughly|about|some|around|nearly|almost|approximately|more\s+than)?\s*|\b(?:no|not)\s)$",
    re.IGNORECASE,
)
_POINTS = re.compile(
    r"\b(?:a (quarter|half)[- ](?:percentage[- ])?point"
    # "a quarter of a percentage point", "three-quarters of a point", "half a point"
    r"|(a quarter|three[- ]quarters|a half|half|one[- ]third|two[- ]thirds) (?:of )?a (?:percentage[- ])?point)\b",
    re.IGNORECASE,
)
_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a half": 0.5,
                    "one third": 1 / 3, "two thirds": 2 / 3}
# a casualty verb in the active voice: what follows it is the toll ("killed 40"), what stands before did it
_DONE_TO = frozenset({"killed", "wounded", "injured"})
_OR_HURT = re.compile(r"\s+or\s+(?:wounded|injured|hurt)\b")
_PERFECT_ACTIVE = re.compile(r"\s(?:have|has|had)$", re.IGNORECASE)
_ACTIVE_OBJECT = re.compile(
    rf"\s(?:{_QUALIFIER}\s)?(?P<n>{_DIGITS}|{_WORD_NUMBER})\b(?:\s(?P<mult>{_MULT}))?", re.IGNORECASE
)
# a part of a counted whole, just before the whole's figure: "Three of the vessel's", "some of its"
_PART_OF = re.compile(
    rf"\b(?P<part>{_DIGITS}|{_WORD_NUMBER}|some|most|many|several|dozens|hundreds)\s+of\s+"
    r"(?:(?:the|its|their|his|her)\s+)?(?:[\w’'-]+['’]s\s+)?$",
    re.IGNORECASE,
)
_CASUALTIES = re.compile(
    # (a year is no toll: "Storms in 2019 killed 150 people" counts 150)
    # (nor "every one of these deaths": each of them, no count)
    rf"\b(?<![\d.,])(?<!magnitude\s)(?<!magnitude-)(?<![Ee]very\s)(?<![Ee]ach\s)(?!(?:19|20)\d\d\b)"
    rf"(?P<num>{_NUMBER})(?:\s(?P<mult>{_MULT}))?"
    # the words between a count and its casualty word: what is counted ("protesters"), where ("in 21
    # cities"); never a clause of its own ("three weeks before he died", "one of the wounded"), nor the hurt as
    # people ("48 sorties to carry the injured")
    r"(?P<gap>(?:\s(?!(?:and|but|or|while|were|was|that|which|who|when|before|after|since|until|as|if|he|she|"
    # ("All 87 people on board a domestic passenger flight in southwest China were killed")
    r"they|we|i|it|you|where|whom|whose|because|though|although|how|what|whether|why)\b)[A-Za-z'’-]+|\s(?:in|across)\s\d[\d,]*"
    # ("19 police officers and gendarmes were injured": two kinds of the counted, then their fate)
    r"|\sand(?=\s[a-z]+s\s(?:were|are|have\sbeen|had\sbeen)\s)){0,11}?)"
    # ("150 people who are missing", "were lightly wounded")
    r"(?:\swho)?\s(?P<be>(?:were|was|have been|has been|had been|are|is|being)\s"
    r"(?:(?:still|now|reportedly|also|lightly|slightly|seriously|critically|severely|badly|gravely|fatally|"
    r"mortally|moderately)\s)?)?"
    r"(?<!(?<!of)\sthe\s)"
    r"(?P<unit>killed|dead|died|deaths|fatalities|wounded|injured|hurt|injuries|missing|lost their lives|"
    # a status that makes a count a count of cases, after "been", "were" or "are": "Seven health workers have been
    # infected", "280,000 people have been displaced"
    r"(?:(?<=been\s)|(?<=were\s)|(?<=are\s))(?:infected|hospitali[sz]ed|displaced|evacuated)|"
    r"drowned(?!\sout))\b"
    rf"|\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring)\s(?:{_QUALIFIER}\s)?"
    rf"(?P<num2>{_DIGITS}|{_WORD_NUMBER})\b(?:\s(?P<mult2>{_MULT}))?"
    # "the deaths of at least four members", "the killing of 12 civilians"
    rf"|\b(?P<noun>deaths?|killings?|murders?)\sof\s(?:{_QUALIFIER}\s)?(?P<num3>{_DIGITS}|{_WORD_NUMBER})\b"
    rf"(?:\s(?P<mult3>{_MULT}))?"
    # "the attack claimed at least 30 lives"
    rf"|\bclaim(?:ed|ing|s)?\s(?:{_QUALIFIER}\s)?(?P<num5>{_DIGITS}|{_WORD_NUMBER})(?:\s(?P<mult5>{_MULT}))?"
    r"\s(?:more\s)?lives\b"
    # "the death toll rose to 45", "the toll stands at 1,200"
    # (a bare "the toll" of a disaster is its dead: "the toll from the quake has risen to 2,300")
    # (what the toll is of may run long: "The death toll from a magnitude 6.8 earthquake that struck eastern
    # Turkey early on Wednesday rose to 412")
    r"|\b(?:death|casualty|the)\stoll\b(?:\s[\w.'’-]+){0,14}?\s(?:to|at|of|reached|hit|passed|exceeded|topped)\s"
    rf"(?:{_QUALIFIER}\s)?"
    rf"(?P<num4>{_DIGITS}|{_WORD_NUMBER})\b(?:\s(?P<mult4>{_MULT}))?"
    # "the number of people killed in the floods has risen to 23"
    r"|\bnumber\sof\s(?:people\s|civilians\s|those\s|children\s)?(?P<numunit>killed|dead|injured|wounded|missing)\b"
    r"(?:\s[a-z]+){0,6}?\s(?:to|at|reached|hit|passed|exceeded|topped)\s"
    rf"(?:{_QUALIFIER}\s)?(?P<num6>{_DIGITS}|{_WORD_NUMBER})\b(?:\s(?P<mult6>{_MULT}))?"
    # "a 6th fatality", "the third death": the toll so far
    r"|\b(?:a|the|its|their)\s(?P<ord>\d{1,4}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\s(?:[a-z-]+\s)?(?P<ordunit>death|fatality)\b",
    re.IGNORECASE,
)
_OF_THE_DEAD_WERE = re.compile(r"\s(?:were|was)\s(?:(killed|wounded|injured)\b)?", re.IGNORECASE)
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10
}
# a plural noun ("officers", "people"), not a word that merely ends in s ("bus", "status", "this", "was")
_PLURAL = (
    r"(?!(?:this|its|was|has|is|us|as|yes|thus|plus|less|across|perhaps|always)\b)(?:[a-z]+-)?[a-z]*[^\Wsiu\d]s"
    r"|people|children|men|women"
)
_AMONG_THE = re.compile(
    rf"\b(?P<num>{_NUMBER})\s(?P<noun>(?:[a-z-]+\s)?(?:{_PLURAL}))\b(?:,[^.;,]{{0,40}},)?"
    r"\s(?:were|was|are|is)\s(?:also\s)?among\s(?:the\s)?(?P<unit>dead|killed|wounded|injured)\b",
    re.IGNORECASE,
)
# "Four people, two of them teenagers, were killed": a toll told around an aside
_TOLL_ASIDE = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:\s(?P<mult>{_MULT}))?\s(?P<noun>(?:[a-z-]+\s)?(?:{_PLURAL}))\b,[^.;,]{{3,50}},"
    r"\s(?:(?:were|was|have been|has been|had been)\s(?:(?:reportedly|also|later)\s)?"
    r"(?P<unit>killed|dead|wounded|injured|hurt|missing)\b"
    # ("Nine children, all under the age of five, have died", "eight migrants, including two children, died")
    r"|(?:(?:have|has|had)\s)?(?:(?:reportedly|also|later)\s)?(?P<died>died|drowned)\b)",
    re.IGNORECASE,
)
_DESCRIBING = (
    r"(?!(?:and|or|but|of|the|a|an|to|in|on|at|for|by|with|from|were|was|are|is|have|has|had|who|that|which)\b)"
    r"[a-z][a-z-]*"
)
_WORD_RANGE = re.compile(
    rf"\b(?P<low>(?!one\b|a\s){_WORD_NUMBER})\s(?:to|and|or)\s(?P<high>{_WORD_NUMBER})\s(?:{_DESCRIBING}\s){{0,2}}?"
    rf"(?P<unit>{_PLURAL})\b",
    re.IGNORECASE,
)
# "three of its commanders", "ten of the 18 staffers", "eight of its Hong Kong shares": the part is a count
# of the noun (a spelled "one of" is someone, not a count)
_PARTITIVE = re.compile(
    rf"\b(?P<num>(?!one\b){_NUMBER})\sof\s(?:(?:the|its|their|his|her|our|those|these|[A-Z][\w.-]*['’]s)\s(?:\d[\d,]*\s)?|\d[\d,]*\s)"
    rf"(?:(?:[A-Z][\w'’-]*|{_DESCRIBING})\s){{0,2}}?(?:\d[\d,]*\s)?(?P<unit>{_PLURAL})\b",
    re.IGNORECASE,
)
_MAGNITUDE = re.compile(r"\bmagnitude[- ](\d{1,2}(?:\.\d+)?)\b|\b(\d{1,2}(?:\.\d+)?)[- ]magnitude\b", re.IGNORECASE)
_COUNT = re.compile(
    # ("1.5m people", "4.1m valid votes", "2bn users": m and bn before a counted noun are millions and
    # billions, not metres)
    rf"(?<![\w.,])(?P<num>{_DIGITS})(?!\d|(?:st|nd|rd|th)\b)"
    rf"(?:\s?(?P<mult>{_MULT}|m(?=\s(?:[a-z]+\s)?(?:people|[a-z]+s)\b))\b)?"
    # (a unit is never another count: "down from 89.9 million three months earlier")
    # (nor does it run into the next count: "10 assists and five rebounds", "in six consecutive games")
    rf"(?:[\s-](?!(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s)"
    rf"(?P<unit>[a-z][\w'-]*(?:\s(?!{_WORD_NUMBER}\b)[a-z][\w'-]*){{0,3}}))?"
    rf"|\b(?P<wnum>{_WORD_NUMBER})-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)(?P<wunit>[a-z]+)\b"
    rf"|\b(?P<wnum2>{_WORD_NUMBER}|a)\s(?P<wmult>{_MULT})\b(?:\s(?P<wunit2>[a-z]+)\b)?"
    # "thirteen members", "six soldiers": a spelled number before a plural noun ("one" and "a dozen"
    # too often mean something else: "one of", "one day")
    # ("five 787 Dreamliner sales": a model number between them is no count)
    # ("two federal prison officers": up to two words that describe the noun stand between them)
    rf"|\b(?P<wnum3>(?!one\b|zero\b|a\s){_WORD_NUMBER})\s(?:[A-Z]{{0,3}}-?\d[\w-]*\s)?(?:[A-Z][a-z]+\s)?"
    rf"(?:{_DESCRIBING}\s){{0,2}}?(?P<wunit3>{_PLURAL})\b",
    re.IGNORECASE,
)

# a unit written against its number: "3.5km", "1.2GW", "2.3kg" (not "340m": metres or millions)
_GLUED_UNIT = re.compile(
    r"(?<![\w.,])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>km|kg|g|GW|MW|kW|GWh|MWh|kWh|TWh|mph|cm|mm|ha|ft|lb|lbs)\b"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s\d))"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = re.compile(
    rf"\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,\s?\d{{4}})?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}(?:\s\d{{4}})?"
    # ("until August 21." takes its day; "in May 25 people died" does not)
    rf"|\b(?:in|since|by|until|from|during|early|late|mid-?)\s{_MONTH}(?:\s\d{{1,2}}(?:st|nd|rd|th)?(?=[,.;:)]|$))?"
    rf"(?:,?\s\d{{4}})?"
    rf"|\b{_MONTH}\s\d{{4}}"
    rf"|\b(?:(?:late|early|last|next|this|on)\s)?{_WEEKDAY}\b"
    r"|\b(?:in|since|by|until|from|during|before|after)\s(?:1[89]|20)\d{2}s?\b"
    r"|\b(?:1[89]|20)\d{2}\b"
    r"|\b(?:last|this|next)\s(?:week|month|year|weekend)\b|\byesterday\b|\btoday\b",
    re.IGNORECASE,
)
# Digits that name, number or link rather than count: a figure never starts inside one of these.
_LABEL_WORDS = (
    "covid|article|section|chapter|title|route|flight|phase|level|stage|tier|category|resolution|"
    "number|no|vol|volume|page|room|gate|terminal|platform|season|episode|part|grade|type|version|model|"
    "figure|table|item|rule|clause|amendment|proposition|prop|district|ward|precinct|sector|zone|block|"
    "highway|interstate|channel|apollo|windows|iphone|boeing|airbus|week|day|aged|ages|age"
)
_NOT_A_FIGURE = re.compile(
    r"https?:\S*|www\.\S+|@\w+|#[\w-]+"  # links (cut short ones too), handles, hashtags
    # names with digits: COVID-19, G-20, F-16, MH17 (not naira: N2.5bn; not rupees: Rs500,000; not pesos: P10,000)
    r"|\b(?![NRP]\d[\d,.]*(?:m|bn|k|,\d{3}|[\s-](?:million|billion|trillion)))"
    r"(?!Rs\d|[KTU]?Sh\d|Tk\d|Rp\d|RM\d|(?:Dhs?|RO|QR|SR|KD)(?:\d{3}|\d{1,3},\d{3}))"
    r"[A-Za-z]+-?\d+(?:\.\d+)*\b"
    r"|\b(?:No|Nos|Case|Docket)\.?\s\d+[-–:]\d+\b"  # a court's docket: "No. 24-557"
    rf"|\b(?:{_LABEL_WORDS})\.?(?:\s|\s?[-–—]\s?)\d+\b"  # labels: Article 5, Covid 19, Resolution 2254, Phase 3
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"  # clock times, 3/9, thread markers (1/9)
    r"|['’]\d0['’]?s\b|['’]\d{2}\b|\b(?:1[89]|20)?\d0['’]?s\b"  # years and decades: '96, the '60s, the 1970s, late 70s
    r"|^\s*\(?\d{1,2}[/.)](?!\d)"  # a list or thread number opening the sentence: "1.", "(4)", "1/"
    r"|\b911\b|\b(?:call(?:ed|ing|s)?|dial(?:l?ed|ling|s)?)\s(?:999|112|000)\b"  # numbers to call
    r"|\b(?:19|20)\d\d[-–/]\d{2}\b|\b[0-2]\d[0-5]\d\s?(?-i:GMT|UTC|BST|CET|EST|ET|PT|hrs)\b"  # 2025-26, 0300 GMT
    # market indexes and lists named by a number: FTSE 100, S&P 500, Nasdaq 100, Fortune 500, Russell 2000
    r"|\b(?-i:FTSE|S&P|Nasdaq|NASDAQ|Fortune|Russell|Nikkei|Stoxx|STOXX|DAX|CAC|ASX|Sensex|Nifty|Formula)\s\d+\b"
    r"|\b[\w-]+(?:/[\w-]+){2,}"  # file and case numbers: FHC/ABJ/03/095/2018
    # a match's score: "beat Kestrel Park 3-1", "drew 0-0", "a 2-1 win" (one result, not two counts)
    r"|\b(?:beat|beats|drew|draw|defeated|thrashed|edged|lost|won)\s+(?:(?:[A-Z][\w'’-]*|and)\s+){0,6}"
    r"\d{1,2}-\d{1,2}(?:\s\(\d{1,2}\))?(?:,\s\d{1,2}-\d{1,2}(?:\s\(\d{1,2}\))?)*"
    r"|\b\d{1,2}-\d{1,2}\s+(?:win|defeat|victory|draw|loss|home win|away win)\b"
    # street addresses: "2134 Caldwell Place", "1119 Eighth St.", "66 W. Columbia St."
    r"|\b\d{1,6}\s(?-i:(?:[NSEW]\.?\s)?(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|"
    r"Drive|Dr|Lane|Ln|Way|Court|Ct|Terrace|Highway|Hwy|Square|Parkway|Pkwy))\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|(?:am|pm|GMT|UTC)\b)", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("30,154", "2.6", "six", "twenty-five")."""
    cleaned = text.strip().lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    if cleaned in _UNITS_WORDS:
        return float(_UNITS_WORDS[cleaned])
    parts = re.split(r"[- ]", cleaned)
    if parts and parts[0] in _TENS_WORDS:
        extra = _UNITS_WORDS.get(parts[1], 0) if len(parts) > 1 else 0
        return float(_TENS_WORDS[parts[0]] + extra)
    return None


def _scaled(number: str, multiplier: str | None) -> float | None:
    value = parse_number(number)
    if value is None:
        return None
    if multiplier:
        value *= _MULTIPLIERS.get(multiplier.lower(), 1.0)
    return round(value, 6)


# Cheap tests that let most sentences skip the full patterns (classify reads thousands a second).
_CURRENCY_SIGN = re.compile(
    r"[$€£¥₹₦₩₺₪₱฿₴৳]|\bRs(?=[\s.\d])|\bN\d|\b[SND]Kr(?=\s?\d)|\b[KTU]?Sh\s?\d|\bTk\.?\s?\d|\bR\d|\bRp\.?\s?\d|"
    r"\bRM\s?\d|\bP\d|\b(?:Dhs?|RO|QR|SR|KD)\d|\b[A-Z]{3}\s?\d"
)
_CASUALTY_CUES = frozenset(_CASUALTY_UNITS) | frozenset(
    {"killing", "kills", "wounding", "injuring", "death", "killings", "murder", "murders", "fatality", "lives", "toll"}
)
_DIGIT = re.compile(r"\d")
_DIGITISH = re.compile(r"[\d$€£¥₹₦₩₺₪₱฿₴৳%]")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = (
    frozenset(_UNITS_WORDS)
    | frozenset(_TENS_WORDS)
    | frozenset("dozen half halves third thirds quarter quarters hundred thousand million billion trillion".split())
)
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday week month year "
    "weekend yesterday today".split()
)


def _may_hold(sentence: str, words: frozenset[str]) -> bool:
    return bool(_DIGITISH.search(sentence)) or not words.isdisjoint(frozenset(_LETTERS.findall(sentence.lower())))


def find_dates(sentence: str) -> list[tuple[int, int]]:
    """Spans of dates and times, whose numbers are not quantities."""
    if not _may_hold(sentence, _DATE_WORDS):
        return []
    spans = [m.span() for m in _DATE.finditer(sentence)]
    spans += [m.span() for m in _TIME.finditer(sentence)]
    return spans


_TIME_OF_DAY = re.compile(
    r"\b(?:at|around|after|before|by|until) (?:midnight|noon|dawn|dusk)\b|\bovernight\b", re.IGNORECASE
)


def tells_a_time(sentence: str) -> bool:
    """Whether the sentence says when in the day something happened ("at midnight", "at 3pm", "overnight")."""
    return _TIME_OF_DAY.search(sentence) is not None or _TIME.search(sentence) is not None


def date_texts(sentence: str) -> tuple[str, ...]:
    """Date expressions as written ("December 3, 2016", "in August", "late Tuesday")."""
    if not _may_hold(sentence, _DATE_WORDS):
        return ()
    return tuple(dict.fromkeys(m.group(0) for m in _DATE.finditer(sentence)))


class _Spans:
    """Non-overlapping spans kept sorted, so "is this span free?" costs a binary search, not a scan:
    a text of thousands of figures must stay linear."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans: list[tuple[int, int]] = []
        for span in spans or []:
            if self.free(span):
                self.add(span)

    def free(self, span: tuple[int, int]) -> bool:
        at = bisect.bisect_left(self._spans, span)
        before_ok = at == 0 or self._spans[at - 1][1] <= span[0]
        after_ok = at == len(self._spans) or self._spans[at][0] >= span[1]
        return before_ok and after_ok

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)


_TALLY = re.compile(
    rf"(?<!\bto\s)(?<![\d.,])\b(?P<num>{_NUMBER})\s+(?:votes?\s+|members?\s+|countries\s+|states\s+)?"
    r"(?P<side>in favou?r|against|abstentions?|abstained|abstaining)\b",
    re.IGNORECASE,
)
# "five-and-a-half years", "2 and a half hours"
_AND_A_HALF = re.compile(rf"\b(?P<num>{_NUMBER})[- ]and[- ]a[- ]half[- ](?P<unit>[a-z]+)\b", re.IGNORECASE)
_WEIGHING = re.compile(r"\b(?:weigh(?:s|ed|ing|t)?|heavy|heavier|lbs?|tons?|cargo|payload)\b", re.IGNORECASE)


def _weight_in_pounds(sentence: str, m: re.Match[str]) -> bool:
    """ "243 pounds", "5,200 pounds of water vapor": a weight; "5 million pounds" or "2,000 pounds in fines"
    (money in words has a scale, or a size no body has, and nothing weighed near it) is sterling."""
    if m.group("cur2").lower() != "pounds" or m.group("mult2"):
        return False
    if sentence[m.end() : m.end() + 3] == " of" or _WEIGHING.search(sentence):
        return True
    value = parse_number(m.group("num2"))
    return value is not None and value < 1000


# thousands set apart by a space, as South African and SI style writes them: "612 437 registered voters"
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,\u00a0\u202f])(?<!\d )\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w,]|\.\d)")
_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$|\b(?:no|number|article|section)\.?\s$"
)


def _with_comma_thousands(sentence: str) -> str:
    """The sentence with "612 437" written "612,437" (the same length, so every offset holds); not after a
    month ("on May 5 150 people"), nor before a name unless it is round ("256 000 South Africans")."""
    if _SPACED_THOUSANDS.search(sentence) is None:
        return sentence

    def commas(m: re.Match[str]) -> str:
        if _MONTH_BEFORE.search(sentence[max(0, m.start() - 12) : m.start()]):
            return m.group(0)
        groups = re.split(r"[ \u00a0\u202f]", m.group(0))
        if len(groups) == 2 and not groups[1].endswith("00") and sentence[m.end() : m.end() + 2][-1:].isupper():
            return m.group(0)  # a count before a model's number: "roughly 400 737 Max jets"
        return re.sub(r"[ \u00a0\u202f]", ",", m.group(0))

    return _SPACED_THOUSANDS.sub(commas, sentence)


_NO_CASUALTIES = re.compile(
    r"(?i)\b(?:no|zero)\s+(?:(?:further|other|new|more|immediate)\s+)?(?P<unit>deaths|fatalities|casualties|injuries)\b"
    r"|\b(?:no one|nobody|none)\s+(?:was|were|has been|had been|have been)\s+(?:reported\s+)?"
    r"(?P<hurt>killed|hurt|injured|wounded)\b"
)


_ONE_IN = re.compile(
    rf"\b(?P<part>(?:1|one|two|three|four|five|six|seven|eight|nine))\s+(?:in|out of)\s+"
    rf"(?P<whole>{_DIGITS}|two|three|four|five|six|seven|eight|nine|ten|hundred|a hundred|a thousand)\b"
    r"(?=\s+[a-z])",
    re.IGNORECASE,
)


def find_quantities(sentence: str) -> tuple[Quantity, ...]:
    """Every figure in `sentence`, each once, in the order they appear.

    >>> [(q.value, q.unit) for q in find_quantities("Turkey said one soldier was killed and six injured.")]
    [(1.0, 'killed'), (6.0, 'injured')]
    """
    none = _NO_CASUALTIES.search(sentence) if "no" in sentence.lower() else None
    if not _may_hold(sentence, _NUMBER_WORDS) and none is None:
        return ()
    sentence = _with_comma_thousands(sentence)
    found: list[tuple[int, Quantity]] = []
    if none is not None:
        # "No deaths have been reported", "no one was hurt": a toll of none is a toll a checker can check
        unit = (none.group("unit") or none.group("hurt")).lower()
        unit = _CASUALTY_UNITS.get(unit, unit)  # ("no casualties" keeps its word: killed or hurt, untold)
        found.append((none.start(), Quantity(value=0.0, unit=unit, text=none.group(0))))
    date_spans = find_dates(sentence)
    dates, taken = _Spans(date_spans), _Spans(date_spans)
    has_digit = _DIGIT.search(sentence) is not None
    not_figures = _Spans([m.span() for m in _NOT_A_FIGURE.finditer(sentence)] if has_digit else [])

    def keep(span: tuple[int, int], value: float | None, unit: str) -> None:
        unit = _AGE_UNITS.get(unit, unit)
        before = sentence[max(0, span[0] - 40) : span[0]]  # (a window: a search from the start grows as n²)
        if value is not None and sentence[span[0] : span[0] + 2].lower() == "a " and _HALF_BEFORE.search(before):
            value *= 0.5  # "almost half a million pounds"
        if not unit and _AGE_BEFORE.search(before):
            unit = "years old"  # "aged 7 and 12", "children under 10": ages, context for the count
        if value is not None and taken.free(span) and not_figures.free((span[0], span[0] + 1)):
            taken.add(span)
            found.append((span[0], Quantity(value=value, unit=unit, text=sentence[span[0] : span[1]])))

    lowered = sentence.lower()
    words = frozenset(_LETTERS.findall(lowered))
    # each family of patterns runs only where its cue word or sign is present
    money = _MONEY.finditer(sentence) if _CURRENCY_SIGN.search(sentence) or not words.isdisjoint(_CURRENCIES) else ()
    for m in money:
        if m.group("num"):
            keep(m.span(), _scaled(m.group("num"), m.group("mult")), _currency(m.group("cur")))
        elif not _weight_in_pounds(sentence, m):
            keep(m.span(), _scaled(m.group("num2"), m.group("mult2")), _currency(m.group("cur2")))
    for m in _ONE_IN.finditer(sentence) if " in " in sentence else ():
        # "three in four RSV deaths", "one in five seniors", "1 in 1,000 children": a share, not a count
        part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
        if part is not None and whole and part < whole:
            keep(m.span(), round(100 * part / whole, 3), "percent")
    percent = "%" in sentence or "per" in words or "pct" in words or "percent" in lowered or "pc" in lowered
    for m in _PERCENT.finditer(sentence) if percent else ():
        if _CERTAINTY.match(sentence, m.end()):  # "100% confident" is a manner of speaking
            if taken.free(m.span()):
                taken.add(m.span())
        else:
            points = (m.group("word") or "").lower().startswith("percentage point")
            keep(m.span(), parse_number(m.group("num")), "percentage points" if points else "percent")
    fractions = not words.isdisjoint({"half", "third", "thirds", "quarter", "quarters"})
    for m in _POINTS.finditer(sentence) if fractions else ():
        fraction = (m.group(1) or m.group(2)).lower().replace("-", " ")
        keep(m.span(), round(_POINT_FRACTIONS[fraction], 6), "percentage points")
    for m in _FRACTION.finditer(sentence) if fractions else ():
        # "the second half of last year", "half of the season": a stretch of time, not a share
        if not _ORDINAL_BEFORE.search(sentence, 0, m.start()) and not _TIME_AFTER.match(sentence, m.end()):
            keep((m.start(), m.end("frac")), _FRACTIONS[m.group("frac").lower()], "percent")
    # (before the tolls: "A magnitude 7.1 earthquake killed 1,500" is no toll of 7.1)
    for m in _MAGNITUDE.finditer(sentence) if "magnitude" in words else ():
        number = m.group(1) or m.group(2)
        keep(m.span(1) if m.group(1) else m.span(2), parse_number(number), "magnitude")  # "a magnitude 6.4 earthquake"
    casualties = not words.isdisjoint(_CASUALTY_CUES)
    for m in _CASUALTIES.finditer(sentence) if casualties else ():
        if m.group("num"):
            if m.group("gap").startswith(" of") and not m.group("be") and not _HAD_BEFORE.search(m.group("gap")):
                told = _OF_THE_DEAD_WERE.match(sentence, m.end())
                if told is None:
                    continue  # "one of the wounded", "two of the dead": some of them, not a toll
                # "41 of the dead were killed in the camp", "eight of the dead were children": a count of them
                unit = _CASUALTY_UNITS[(told.group(1) or m.group("unit")).lower()]
                keep((m.start(), m.end()), _scaled(m.group("num"), m.group("mult")), unit)
                continue
            if _NOBODY_OF.search(sentence, 0, m.start()):
                continue  # "none of its 4,500 workers were hurt", "No one was injured": no toll
            share = _PART_OF.search(sentence, max(0, m.start() - 40), m.start()) if m.group("be") else None
            if share is not None:
                # "Three of the vessel's 23 crew were killed": three killed, of a crew of 23
                toll = parse_number(share.group("part"))
                if toll is not None:
                    keep((share.start(), m.end()), toll, _CASUALTY_UNITS[m.group("unit").lower()])
                continue  # ("some of the 40 passengers were hurt": no figure for the hurt)
            before = sentence[max(0, m.start() - 60) : m.start()]
            if _AGE_BEFORE.search(before):
                # "Two men aged 54 and 61 were killed": 61 is an age; the toll is the group's count
                group = _AGED_GROUP.search(before)
                if group and not m.group("gap"):
                    start = m.start() - len(before) + group.start("num")
                    keep((start, m.end()), parse_number(group.group("num")), _CASUALTY_UNITS[m.group("unit").lower()])
                continue
            unit = _CASUALTY_UNITS[m.group("unit").lower()]
            if unit == "killed" and _OR_HURT.match(sentence, m.end()):
                unit = "killed or injured"  # "1,140 soldiers killed or wounded": not all of them dead
            if not m.group("be") and m.group("unit").lower() in _DONE_TO:
                victims = _ACTIVE_OBJECT.match(sentence, m.end())
                if victims:
                    # "Two airstrikes killed 40 people", "Four days of rain have killed at least 87": the count
                    # after the verb is the toll; the one before it did the killing
                    keep((m.start("unit"), victims.end()), _scaled(victims.group("n"), victims.group("mult")), unit)
                    continue
                if _PERFECT_ACTIVE.search(m.group("gap")):
                    continue  # "Four days of rain have killed dozens": no toll told in figures
            if unit in _STATUSES and (counted := _count_unit(m.group("gap").strip())):
                unit = f"{counted} {unit}"  # "280,000 people have been displaced": people, displaced
            keep((m.start(), m.end()), _scaled(m.group("num"), m.group("mult")), unit)
        elif m.group("num5"):
            keep(m.span(), _scaled(m.group("num5"), m.group("mult5")), "killed")
        elif m.group("num6"):
            unit = _CASUALTY_UNITS[m.group("numunit").lower()]
            keep((m.start("num6"), m.end()), _scaled(m.group("num6"), m.group("mult6")), unit)
        elif m.group("num4"):
            keep((m.start("num4"), m.end()), _scaled(m.group("num4"), m.group("mult4")), "killed")
        elif m.group("num3"):
            keep(m.span(), _scaled(m.group("num3"), m.group("mult3")), "killed")
        elif m.group("ord"):
            ordinal = m.group("ord").lower()
            value = _ORDINALS.get(ordinal) or parse_number(ordinal.rstrip("stndrh"))
            keep(m.span(), value, "killed")
        else:
            verb = m.group("verb").lower()
            unit = "killed" if verb.startswith("kill") else "injured"
            keep(m.span(), _scaled(m.group("num2"), m.group("mult2")), unit)
    for m in _TOLL_ASIDE.finditer(sentence) if casualties and "," in sentence else ():
        unit = _CASUALTY_UNITS[m.group("unit").lower()] if m.group("unit") else "killed"
        keep((m.start(), m.end("noun")), _scaled(m.group("num"), m.group("mult")), unit)
    for m in _AMONG_THE.finditer(sentence) if casualties and "among" in words else ():
        # "Two children, aged 7 and 12, were among the wounded": a toll of two
        unit = _CASUALTY_UNITS[m.group("unit").lower()]
        keep((m.start(), m.end("noun")), _scaled(m.group("num"), None), unit)
    spelled = not words.isdisjoint(_NUMBER_WORDS)
    for m in _PARTITIVE.finditer(sentence) if "of" in words and (has_digit or spelled) else ():
        if dates.free((m.start(), m.end("num"))):
            keep((m.start(), m.end("num")), parse_number(m.group("num")), m.group("unit").lower())
    tally = not words.isdisjoint({"favour", "favor", "against", "abstentions", "abstained", "abstaining"})
    for m in _TALLY.finditer(sentence) if tally else ():
        # "12 in favour, one against and two abstentions": each side of a vote is counted
        side = m.group("side").lower()
        # (in the article's own spelling: "in favor", "in favour")
        unit = side if side.startswith("in favo") else "abstentions" if side.startswith("absten") else side
        if re.match(r"\S+\s+votes?\b", m.group(0), re.IGNORECASE):
            unit = f"votes {unit}"  # "1,412 votes against his brother": votes, cast against someone
        keep(m.span(), parse_number(m.group("num")), unit)
    for m in _AND_A_HALF.finditer(sentence) if "half" in words else ():
        number = parse_number(m.group("num"))
        keep(m.span(), None if number is None else number + 0.5, _count_unit(m.group("unit"), 1))
    for m in _GLUED_UNIT.finditer(sentence) if has_digit else ():
        keep(m.span(), parse_number(m.group("num")), m.group("unit"))
    for m in _WORD_RANGE.finditer(sentence) if spelled else ():
        # "three to four suspected cases", "between five and seven days": both ends count the noun
        unit = m.group("unit").lower()
        keep(m.span("low"), parse_number(m.group("low")), unit)
        keep((m.start("high"), m.end()), parse_number(m.group("high")), unit)
    for m in _COUNT.finditer(sentence) if has_digit or spelled else ():
        if m.group("num"):
            figure_end = m.end("mult") if m.group("mult") else m.end("num")
            hyphenated = m.group("unit") is not None and sentence[m.start("unit") - 1] == "-"
            unit = _count_unit(m.group("unit"), 1 if hyphenated else 2)
            if hyphenated and _word_make_up(unit):
                continue
            end = m.start("unit") + len(unit) if unit else figure_end
            initials = _INITIALS_UNIT.match(sentence, figure_end)
            model = _MODEL_UNIT.match(sentence, figure_end)
            if model and _count_unit(model.group(2), 1):
                # "50 Airbus A350-900 jets", "20 F-16 fighters": the count is of what the model names
                noun = _count_unit(model.group(2), 1)
                unit = f"{model.group(1).lower()} {noun}"
                end = model.start(2) + len(noun)
            elif _AGE.match(sentence, figure_end) and _NAMED_BEFORE.search(sentence, 0, m.start()):
                # "Patrick Carlineo Jr., 55, of Addison": an age, context like "aged 55"
                unit, end = "years old", figure_end
            elif initials:
                # "200 U.S. military personnel": the count is of what follows the country's initials
                unit = _count_unit(initials.group(1), 2)
                end = initials.start(1) + len(unit) if unit else figure_end
            if not dates.free((m.start(), end)) and unit and " " in unit:
                # "cut 1,200 jobs last year": the noun is the unit, the date after it is not
                unit = unit.split()[0]
                end = m.start("unit") + len(unit)
            if not dates.free((m.start(), end)):
                # "rose to 500 in March": the count stands, the date after it is not its unit
                unit, end = "", figure_end
            if dates.free((m.start(), end)):
                keep((m.start(), end), _scaled(m.group("num"), m.group("mult")), unit)
        elif not dates.free(m.span()):
            continue
        elif m.group("wnum"):
            if sentence[m.start("wunit") - 1] == "-" and _word_make_up(m.group("wunit")):
                continue
            keep(m.span(), parse_number(m.group("wnum")), m.group("wunit").lower())
        elif m.group("wnum2"):
            unit = _count_unit(m.group("wunit2"), 1)
            end = m.end("wunit2") if unit else m.end("wmult")
            number = "one" if m.group("wnum2").lower() == "a" else m.group("wnum2")  # "a million doses"
            keep((m.start(), end), _scaled(number, m.group("wmult")), unit)
        elif m.group("wunit3").lower() not in _NOT_UNITS:
            keep(m.span(), parse_number(m.group("wnum3")), m.group("wunit3").lower())
    found.sort(key=lambda pair: pair[0])
    kept = _ranges_shared(sentence, _coordinated(sentence, found))
    progress = _SHARE_COUNTED.search(sentence) if "%" in sentence or "cent" in sentence else None
    if progress:
        # "With 99.8% of the vote counted": how far the count has got, context for the result beside it
        kept = [replace(q, unit="percent counted") if q.unit == "percent" and q.text in progress.group(0) else q
                for q in kept]
    split = _VOTE_SPLIT.search(sentence) if "vot" in sentence else None
    if split:
        # "voted 335 to 264", "passed by a vote of 141 to 9": a vote's two sides are votes
        sides = {split.span("yes"), split.span("no")}
        kept = [
            replace(q, unit="votes") if not q.unit and (at := sentence.find(q.text)) >= 0
            and any(a <= at < b for a, b in sides) else q
            for q in kept
        ]
    speed = _PER_HOUR.search(sentence)
    if speed:
        # "winds of 25 to 30 miles per hour": a speed, not a distance, in the text's words
        kept = [replace(q, unit=speed.group(0).lower()) if q.unit == speed.group(1).lower() else q for q in kept]
    return tuple(kept)


_SHARE_COUNTED = re.compile(
    r"\d[\d.]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:votes?|ballots|precincts|polling stations)\s+"
    r"(?:counted|tallied|reported|in|processed)\b"
)
_VOTE_SPLIT = re.compile(
    r"\b(?:voted|votes?\s+of|vote\s+was|by)\s+(?P<yes>\d[\d,]*)\s*(?:to|-|–)\s*(?P<no>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))"
)
_PER_HOUR = re.compile(r"(?i)\b(miles|kilometres|kilometers|km)\s(?:per|an|a)\shour\b")


# the second count of a pair, its noun left out: "by 81 votes to one", "38 trains had been cancelled and 24
# diverted", "128 lawmakers voting in favor and 110 against", "81 passengers and six crew"
_SECOND_COUNT = re.compile(
    rf"(?:\s[a-z]+){{0,3}}?\s(?:and|to)\s(?P<num>{_DIGITS}|{_WORD_NUMBER})(?![\w%]|[.,]\d)"
    r"(?:\s(?P<noun>[a-z]+))?",
    re.IGNORECASE,
)
# what stands where the second count's noun was left out: a verb's participle, a side of a vote, nothing,
# or where the count was ("and nine in Israel")
_LEFT_OUT = re.compile(r"[a-z]+ed|against|abstaining|abstentions?|in|on|at|")
_TOLL_UNITS = frozenset({"killed", "injured", "missing"})
_OWN_VERB = re.compile(r"(?:\s(?:the|[A-Z][\w'’-]*)){0,4}\s(?:were|was|are|is|have|has|had)\b")
# a toll's next count, by place: "…41 people in Iran and nine in Israel", "…, 23 in Punjab, 14 in Sindh"
_TOLL_BY_PLACE = re.compile(
    rf"(?:\s(?:people|in|on|at|of|the|[A-Z][\w'’-]*)){{0,5}}?(?:,\s(?:and\s)?|\sand\s)"
    rf"(?P<num>{_DIGITS}|{_WORD_NUMBER})(?![\w%]|[.,]\d)\s(?P<noun>in|on|at)\b",
    re.IGNORECASE,
)


def _coordinated(sentence: str, found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """Counts with the noun of the count they are paired with, where their own is left out; a toll's
    counts by place each carry the toll's unit ("41 people in Iran and nine in Israel", "41 of the dead
    were in Khyber Pakhtunkhwa, 23 in Punjab, 14 in Sindh and nine in Baluchistan")."""
    out = list(found)
    for _ in range(6):  # (each round carries the unit one count further along a list)
        grown = _coordinated_once(sentence, out)
        if grown == out:
            break
        out = grown
    return out


def _coordinated_once(sentence: str, found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    out = list(found)
    for start, first in found:
        toll = first.unit in _TOLL_UNITS
        noun = first.unit if toll else next((w for w in first.unit.split() if w.endswith("s") or w == "people"), "")
        if not noun or first.unit.isupper() or first.unit in {"percent", "percentage points"}:
            continue
        m = (_TOLL_BY_PLACE if toll else _SECOND_COUNT).match(sentence, start + len(first.text))
        if toll and m is not None and _OWN_VERB.match(sentence, m.end()):
            continue  # "…killed in Gaza, and 40 in the West Bank were arrested": a count with its own verb
        own = (m.group("noun") or "").lower() if m else ""
        value = parse_number(m.group("num")) if m else None
        if m is None or value is None or not (own == "crew" or _LEFT_OUT.fullmatch(own)):
            continue
        unit = own if own == "crew" else noun  # ("81 passengers and six crew": its own, a noun without an s)
        at = m.start("num")
        same = [k for k, (s2, _) in enumerate(out) if s2 == at]
        if same:
            if _LEFT_OUT.fullmatch(out[same[0]][1].unit.lower()):
                out[same[0]] = (at, Quantity(value, unit, out[same[0]][1].text))
        elif not any(s2 <= at < s2 + len(q.text) for s2, q in out):
            out.append((at, Quantity(value, unit, m.group("num"))))
    out.sort(key=lambda pair: pair[0])
    return out


_RANGE_WORDS = frozenset({"-", "–", "—", "to", "and", "or"})
_SCALE = re.compile(rf"\d\s?(?P<scale>{_MULT}|m|b|k)\b", re.IGNORECASE)


def _ranges_shared(sentence: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """The two ends of a range share their unit and scale: "$40-50 billion" is $40bn to $50bn,
    "18 to 25-years-old" two ages, "5 and 10 percent" two shares."""
    kept = [q for _, q in found]
    for i in range(len(found) - 1):
        (start, low), (next_start, high) = found[i], found[i + 1]
        if sentence[start + len(low.text) : next_start].strip() not in _RANGE_WORDS:
            continue
        if low.unit and high.unit and low.unit != high.unit:
            continue
        scale = _SCALE.search(high.text)
        factor = 1.0
        if scale is not None and _SCALE.search(low.text) is None:
            factor = _MULTIPLIERS.get(scale.group("scale").lower(), 1.0)
        # "$40-50 billion": the currency is the first end's and the scale the second's
        high_unit = high.unit or (low.unit if low.unit.isupper() and factor > 1 else "")
        # "between 2 and 3 million people": the smaller end takes the larger's scale ("300 to 3 million" does not)
        value = low.value * factor if low.value * factor <= high.value else low.value
        kept[i] = Quantity(value=round(value, 6), unit=low.unit or high.unit, text=low.text)
        kept[i + 1] = Quantity(value=high.value, unit=high_unit, text=high.text)
    return kept


_CERTAINTY = re.compile(
    r"\s+(?:sure|confident|certain|committed|convinced|behind|focused|serious|honest|right|wrong|correct|true)\b",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|latter|former|back|front|other|final|opening)\s+$", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"\s+(?:(?:the|this|last|next|that)\s+)?(?:year|season|month|week|decade|century|day|game|match|term|quarter|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a model between a count and its noun: a code with a digit, after a brand or not ("Airbus A350-900", "F-16")
_MODEL_UNIT = re.compile(
    r"\s(?:[A-Z][A-Za-z]*\s)?([A-Z]*-?\d[\w-]*)(?:\s[A-Z][\w-]*)?\s([a-z][\w'-]*(?:\s[a-z][\w'-]*)?)"
)
# an age is one unit however it is written ("a 17-year-old", "Carlineo, 55,")
_AGE_UNITS = {
    "year-old": "years old", "years-old": "years old", "year old": "years old",
    "month-old": "months old", "week-old": "weeks old", "day-old": "days old",
}
_HALF_BEFORE = re.compile(r"\bhalf\s$", re.IGNORECASE)
# what makes the bare figure after it an age
_AGED_GROUP = re.compile(
    rf"\b(?P<num>{_NUMBER})\s(?:[a-z]+\s){{1,2}}aged\s(?:\d{{1,3}}\s?(?:and|to|or|-|–)\s?)?$", re.IGNORECASE
)
_AGE_BEFORE = re.compile(
    r"(?:\baged\s(?:\d{1,3}\s?(?:and|to|or|-|–)\s?)?|\b(?:children|kids|boys|girls|people|those|users|teenagers|teens|"
    r"adults|students|pupils|youths|patients|players|drivers|voters|men|women|anyone|everyone)"
    r"\s(?:under|over|below|above)\s"
    # "a woman of 47", "children as young as 12"
    r"|\b(?:a|an|the)\s(?:wo)?man\sof\s|\bas\s(?:young|old)\sas\s)$",
    re.IGNORECASE,
)
# "Name, 55," an age in apposition
_AGE = re.compile(r"[,.;](?:\s|$)")  # "Tom Reed, 61, said", "…, said Tom Reed, 61."
_NAMED_BEFORE = re.compile(r"\b(?:[A-Z][\w'’.-]*|(?:wo)?man|boy|girl|teenager|resident|driver|victim),\s$")
_INITIALS_UNIT = re.compile(r"\s(?:[A-Z]\.){2,}\s([a-z][\w'-]*(?:\s[a-z][\w'-]*)?)")


def local_currencies(article: str, config: EngineConfig) -> dict[str, str]:
    """What a shared sign means in this article: {"USD": "AUD"} for a story set in Australia, where "$"
    is the Australian dollar. The setting is the country whose places the article names most often, at
    least twice and more often than the sign's usual country."""
    homes = config.money_homes or {}
    best: dict[str, tuple[int, str]] = {}
    for local in config.local_money:
        if local.named and local.named.search(article):
            continue  # "A$5" beside "$5": the article tells the two dollars apart
        count = len(local.places.findall(article))
        if count >= local.least and count > best.get(local.reads, (0, ""))[0]:
            best[local.reads] = (count, local.currency)
    return {
        reads: currency
        for reads, (count, currency) in best.items()
        if reads not in homes or count > len(homes[reads].findall(article))
    }


# a figure whose currency its own words name ("US$5", "₹500", "5 US dollars", "INR 500"): never re-read
# (one named as another country's, "A$5" or "5 Australian dollars", already has its own code)
_NAMED_CURRENCY = re.compile(r"US|U\.S\.|₹|INR|USD")


def in_local_currency(quantities: tuple[Quantity, ...], local: dict[str, str]) -> tuple[Quantity, ...]:
    """The quantities with a shared sign read as the article's local currency ("$5" -> AUD)."""
    if not local or not any(q.unit in local for q in quantities):
        return quantities
    return tuple(
        Quantity(q.value, local[q.unit], q.text) if q.unit in local and not _NAMED_CURRENCY.search(q.text) else q
        for q in quantities
    )


def _currency(word: str) -> str:
    key = word.lower()
    for candidate in (key, key + "s", key.rstrip("s")):
        if candidate in _CURRENCIES:
            return _CURRENCIES[candidate]
    return word.upper()


_MORE = frozenset("more additional extra further fewer".split())
# words in "-s" that name one thing, and a count goes on past them: "412 measles cases"
_NOT_PLURAL = frozenset("measles mumps rabies diabetes herpes news series species".split())
_PLURAL_NOUN = re.compile(r"[a-z-]*[a-z][^\Wsiu\d]s|people|children|men|women")


def _word_make_up(hyphenated_unit: str) -> bool:
    """ "a one-sided text", "a two-pronged attack": a count glued to a participle is a word's make-up, no figure."""
    return hyphenated_unit.endswith("ed")


def _count_unit(words: str | None, most: int = 2) -> str:
    """The noun a count counts: up to `most` lower-case words, stopping at a function word."""
    kept: list[str] = []
    given = (words or "").split()
    if len(given) >= 2 and given[0].lower() in _MORE and _PLURAL_NOUN.fullmatch(given[1].lower()):
        given = given[1:]  # "300 more inspectors", "40 additional doctors": what is counted is inspectors, doctors
    named = next((k for k, w in enumerate(given[:5]) if not w[:1].isupper()), 0)
    if named and _PLURAL_NOUN.fullmatch(given[named]):
        return given[named]  # "200 Canadian Armed Forces members": members (of whom, a name tells)
    if named and named + 1 < len(given) and given[named].isalpha() and given[named].lower() not in _NOT_UNITS and (
        _PLURAL_NOUN.fullmatch(given[named + 1])
    ):
        return " ".join(given[named : named + 2])  # "142 Shahed-type attack drones": attack drones
    if most == 2 and len(given) >= 4 and given[1] in {"or", "and"} and all(w.islower() for w in given[:4]) and (
        _PLURAL_NOUN.fullmatch(given[3])
    ):
        if not _PLURAL_NOUN.fullmatch(given[0].lower()) and given[0].lower() not in _NOT_UNITS:
            return given[3].lower()  # "13,000 false or misleading claims": what is counted is claims
    if most == 2 and len(given) >= 3 and all(w.islower() for w in given[:3]) and _PLURAL_NOUN.fullmatch(given[2]):
        if not any(w.lower() in _NOT_UNITS or _PLURAL_NOUN.fullmatch(w.lower()) for w in given[:2]):
            most = 3  # "263 daily news organizations"
    elif most == 2 and len(given) >= 4 and all(w.islower() for w in given[:4]) and _PLURAL_NOUN.fullmatch(given[3]):
        if not any(w.lower() in _NOT_UNITS or _PLURAL_NOUN.fullmatch(w.lower()) for w in given[:3]):
            most = 4  # "40,000 rapid diagnostic test kits"
    for word in given[:most]:
        if word.lower() in _NOT_UNITS or word.lower() in _MULTIPLIERS:
            break
        possessive = word.lower().removesuffix("'s").removesuffix("’s")
        kept.append(possessive)  # "the 66-year-old's suicide": the unit is "year-old"
        # a plural noun is the whole unit: "10 candidates meet", "2.5 million people remain" ("new vehicles" goes on)
        if possessive != word.lower() or (_PLURAL_NOUN.fullmatch(possessive) and possessive not in _NOT_PLURAL):
            break
    return " ".join(kept)
