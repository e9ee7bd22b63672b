"""The words of attribution: tokens, quotation spans, names and the word lists that read a source.

Shared by the sentence reader (claims/source_phrase.py), the article's context of speakers
(claims/speakers.py) and the article reader (claims/attribution.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"\S+")
EDGE = ",;:\"“”‘’'()[]!?"
OPEN_QUOTES = frozenset('"“')
CLOSE_QUOTES = frozenset('"”')
# words between a source and its verb: "X has also said", "X later told", "X repeatedly warned"
AUXILIARIES = frozenset(
    "has have had also later then previously earlier again further repeatedly recently separately publicly "
    "privately initially originally subsequently similarly already once first last officially formally "
    "explicitly specifically openly angrily bluntly flatly firmly strongly immediately simply clearly "
    "directly long since reportedly herself himself itself themselves twice often always".split()
)
# what may stand just left of a source: a clause's edge or a conjunction; never a subordinator
# ("Police arrested him after witnesses said he fled" is not the witnesses' claim)
OPENERS = frozenset(
    "and but or nor so yet now then meanwhile also however instead still thus separately indeed".split()
)
DETERMINERS = frozenset({"the", "a", "an"})
# words that open a clause inside a sentence: a source after them is the clause's, not the sentence's
SUBORDINATORS = frozenset(
    "where when which while whereas because although though as if since after before until unless whether".split()
)


def empty_main_clause(words: list[str]) -> bool:
    """Whether lower-case words are a main clause that only says when ("This comes after", "It came
    less than a week after", "This comes two days after"): the subordinate clause after it is the claim."""
    return (
        3 <= len(words) <= 9 and words[0] in {"this", "it", "that"} and words[1] in {"comes", "came"}
        and words[-1] in {"after", "as", "amid", "following"}
        and all(w.replace("-", "").isalnum() for w in words)
    )


HEAD_PREPOSITIONS = frozenset({"in", "at", "from", "to"})
# what may follow a source named after its verb: '"…," said a spokesperson when contacted'
AFTER_SOURCE = frozenset(
    "in on at during late early last this when as while after before according adding citing referring".split()
)
# inside a name: "Secretary of State", "Observatory for Human Rights", "Ministry of the Interior"
JOINERS = frozenset({"of", "for", "the", "and", "&", "de", "del", "da", "al", "bin", "von", "van", "der", "la", "le"})
# never a source: pronouns, sentence openers, days and months
NOT_NAMES = frozenset(
    "i i've i'd i'm i'll we we've we'd you you've they they've it it's what well so and but as if when this "
    "that there here now then yes no anybody somebody nobody everybody everyone someone let's he she his her "
    "its their our my your these those who which whose whom whatever some many most all both each few several "
    "meanwhile however in on at by for from with after before during since while although though because "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow tonight last next this earlier later "
    "also only just even still yet not one two three four five six seven eight nine ten eleven twelve twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand million dozens hundreds thousands millions".split()
)
# the start of an apposition, a relative clause or an adverbial that sits between a source and its verb
APPOSITION_STARTS = frozenset(
    "who whose which a an the his her its their one two three four five six seven eight nine ten however "
    "meanwhile though too also then now speaking writing in on at after before during from published released "
    "issued seen obtained based another fellow former both each reporting talking addressing visiting responding "
    "asked of defending prosecuting mitigating representing known formerly as joined accompanied flanked headed led "
    "chaired".split()
)
# counts that may open a source's phrase before its noun: "Two people briefed on the talks said"
COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty several dozens "
    "hundreds thousands most many some few other all".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
TIME_WORDS = frozenset(
    "later earlier ago yesterday today tonight morning afternoon evening night week weekend month year "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# after a verb of saying, the source stands after it only in these ('"…," said X', '"…," added X')
INVERTING = frozenset(
    "said says say added adds wrote writes continued asked explained noted reported reports warned insisted "
    "responded replied recalled conceded countered argued cautioned stressed observed remarked admitted "
    "acknowledged concluded declared tweeted recounted quipped confirmed".split()
)
# a report named as a source names its author after "by" or "from": "a statement from the ministry"
DOCUMENTS = frozenset(
    "statement statements report reports figures data study studies research survey estimates estimate tally count "
    "records "
    "reporting analysis documents document results projections calculations statistics filing filings "
    "assessment summary memo letter audit review paper findings release notification notice circular "
    "bulletin communique communiqué memorandum order poll polls breakdown readout transcript dataset database "
    "calculation projection forecast forecasts opinion".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}
STRIP_SUFFIXES = ("'s", "’s")
INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
# abbreviations inside names and titles, whose dot ends no clause: "Walt Disney Co. executive Kevin Mayer"
ABBREVIATIONS = frozenset("co inc corp ltd plc jr sr dr mr mrs ms st gen sen rep gov lt col sgt capt prof".split())



@lru_cache(maxsize=8192)
def bare(token: str) -> str:
    """The word without quotes, brackets and its sentence's full stop ("U.S." keeps its dots)."""
    word = token.strip(EDGE)
    if word.endswith(".") and not INITIALS.fullmatch(word):
        word = word.rstrip(".").strip(EDGE)
    if "(" in word and word.count("(") > word.count(")") and ")" in token:
        word += ")"  # "CPI(M)", "JD(S)": a bracket inside a name closes with it
    return word


@lru_cache(maxsize=8192)
def lower_word(token: str) -> str:
    return bare(token).lower().replace("’", "'")


QUOTE_MARK = re.compile(r'["“”]')


def quoted_mask(sentence: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Character spans inside quotation marks, and whether a quotation is still open at the end.

    `open_at_start` continues a quotation opened in an earlier sentence of the same paragraph.
    A straight quote reads its direction from its neighbours: after a space and before a word it
    opens (a quotation that runs into a new paragraph opens again without closing: in text pasted
    without line breaks that must not turn every later quotation inside out); after a word it closes.
    """
    spans: list[tuple[int, int]] = []
    inside = open_at_start
    start = 0
    last_end = 0
    for m in QUOTE_MARK.finditer(sentence):
        ch, i = m.group(0), m.start()
        before = sentence[i - 1] if i else " "
        after = sentence[i + 1] if i + 1 < len(sentence) else " "
        # (a curly closing mark typed the wrong way round, 'were ”dwindling.”', opens like a straight one)
        opens = ch == "“" or (ch in '"”' and (before.isspace() or before in "([{—–-:") and not after.isspace())
        if opens:
            if inside and i > start:
                spans.append((start, i))  # a quotation reopened by a new paragraph's quote mark
            inside, start = True, i
        elif ch in CLOSE_QUOTES:
            if inside:
                spans.append((start, i + 1))
            elif not spans:
                spans.append((last_end, i + 1))  # closes a quotation opened before this sentence
            inside = False
            last_end = i + 1
    if inside:
        spans.append((start, len(sentence)))
    return spans, inside


def split_tokens(sentence: str, quoted: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    if not quoted:
        tokens = TOKEN.findall(sentence)
        return tokens, [False] * len(tokens)
    tokens, inside = [], []
    for m in TOKEN.finditer(sentence):
        tokens.append(m.group(0))
        middle = (m.start() + m.end()) // 2
        inside.append(any(a <= middle < b for a, b in quoted))
    return tokens, inside


_LETTERS_THEN_DIGITS = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Z]{0,3}")  # "M23", "G7", "C3S"


def _letter_bang(token: str) -> bool:
    """A capital and "!", as in "E! News" (read on every token: no regex)."""
    return len(token) == 2 and token[1] == "!" and "A" <= token[0] <= "Z"


_GAELIC_PARTICLES = frozenset({"Ó", "Ní", "Uí", "Nic", "Ua"})


_CONTRACTION = re.compile(r"['’](?:re|ve|ll|m|d)$")


@lru_cache(maxsize=8192)
def is_name(token: str) -> bool:
    """Capitalised ("Peskov", "al-Bab", "Turk's") or initials ("UN", "U.S.")."""
    if _letter_bang(token):
        return True  # "E! News"
    word = bare(token)
    for suffix in STRIP_SUFFIXES:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    letters = word.replace(".", "").replace("-", "").removesuffix("+")  # ("OPEC+": the group and its allies)
    if re.fullmatch(r"[A-Z]{2,}\([A-Z]\)?", word):
        return True  # "JD(S)", "JD(U)": a party's name, its wing in brackets
    if len(letters) >= 2 and letters.isupper() and letters.isalpha():
        return True  # "UN", "U.S.", and "WHO", which is no pronoun in capitals
    if _LETTERS_THEN_DIGITS.fullmatch(letters):
        return True  # "M23", "G7": a group's or a summit's name
    if not word or word.lower().replace("’", "'") in NOT_NAMES or _CONTRACTION.search(word):
        return False  # (nor "You’re", "We’ll": a pronoun run into its verb)
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True  # a middle initial: "Sonya A. Zoghlin"
    if len(word) == 1 and word.isupper() and word not in {"A", "I"} and word == token:
        return True  # an undotted initial, as Indian papers write them: "M Chandrappa", "S Jaishankar"
    if word in _GAELIC_PARTICLES:
        return True  # "Daithí Ó Murchú", "Máire Ní Bhriain"
    # ("al-Bab", "el-Sayed", "ul-Haq": an Arabic article before the capital)
    capital = word[0].isupper() or word.startswith(("al-", "el-", "ul-", "ad-", "ash-", "as-"))
    return capital and word[0].isalpha() and any(c.islower() for c in word)


@lru_cache(maxsize=8192)
def ends_clause(token: str) -> bool:
    if _letter_bang(token):
        return False  # "a new report by E! News"
    if token.endswith((",", ";", ":", '"', "”", "!", "?")):
        return True
    # a full stop, not "U.S." or "Co."
    return token.endswith(".") and bare(token) != token.strip(EDGE) and lower_word(token) not in ABBREVIATIONS



# a person's kin: "his wife", "Her husband, Ian," (the speaker reader and the article's speakers share it)
KIN = frozenset(
    "wife daughter sister mother widow grandmother aunt niece husband son brother father widower grandfather "
    "uncle nephew".split()
)


# Nouns of people and bodies by their ending ("the medical examiner", "a regional economist", "the
# detainees", "an engineer"): the speaker list cannot name every trade. Read only where a source's
# head stands, next to a verb of saying, so adjectives and things with these endings rarely meet it;
# those that do are listed.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "eer", "eers", "ee", "ees")
_NOT_AGENTS = frozenset(
    "water number numbers paper papers order orders border power weather matter matters cancer computer "
    "register center centre quarter winter summer autumn latter former other others another neither either "
    "together further however whether rather never ever over under after later earlier better greater lower "
    "higher larger smaller bigger longer stronger newer older fewer faster slower cheaper closer wider deeper "
    "harder tougher easier poster posters chapter letter letters disaster disasters theater theatre filter "
    "monster finger dinner answer answers error errors factor factors sector sectors floor door motor mirror "
    "terror horror color colour honor honour labor labour favor favour behavior behaviour tumor tumour rumor "
    "rumour rumors rumours minor major senior junior prior interior exterior superior inferior vapor vapour "
    "harbor harbour corridor reactor indicator indicators elevator calculator generator tractor meteor armor "
    "flavor endeavor odor liquor trailer footer header tower river silver copper leather feather shower "
    "thunder powder cluster clusters lawyer's quarter's guarantee degree degrees coffee decree decrees free "
    "agree three twist list wrist mist fist christian median asian rubber timber member's offer offers "
    "wonder manner manners banner character shelter barrier barriers layer layers trigger trigger tiger "
    "hunger anger danger dangers pressure remainder corner corners counter container containers charter "
    "transfer transfers cover cover-up render tender lender's proper super meter meters liter liters litre "
    "litres kilometer kilometers kilometre kilometres diameter parameter parameters ledger register "
    "disorder disorders fever fevers ulcer ulcers tremor tremors vector vectors sensor sensors mortar mortars "
    "laser lasers cylinder cylinders border's "
    # verbs with these endings
    "insist insists persist persists resist resists assist assists exist exists consist consists desist "
    "consider considers deliver delivers remember remembers suffer suffers gather gathers bother wonder wonders "
    "discover discovers recover recovers enter enters alter alters cater order orders transfer encounter "
    "encounters surrender surrenders differ differs prefer prefers refer refers confer defer infer hinder ponder "
    "murder murders lower lowers trigger triggers counter counters shelter shelters filter master foster bolster "
    "muster hover hovers linger lingers steer steers oversee oversees foresee guarantee guarantees "
    "monitor monitors".split()
)


@lru_cache(maxsize=8192)
def agent_noun(word: str) -> bool:
    """Whether a lower-case word reads as a person or body by its ending ("examiner", "physicians")."""
    return (
        len(word) >= 6 and word.isalpha() and word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS
        and not word.endswith(("ier", "iers", "gree", "ee's"))
    )


# words in the names of news outlets: "The New York Times", "CNBC", "Xinhua News Agency"
_OUTLET_WORDS = frozenset(
    "news times post journal herald tribune guardian telegraph gazette reuters bloomberg ap afp cnn bbc cnbc nbc "
    "cbs abc fox msnbc npr xinhua tass ria interfax yonhap kyodo jazeera politico axios dpa efe ansa".split()
)


def is_outlet(name: str) -> bool:
    """Whether a name is a news outlet's ("Reuters" keeps its s: only a possessive's is cut)."""
    return any(re.sub(r"['’]s$", "", word.lower()).strip(".'’") in _OUTLET_WORDS for word in name.split())
