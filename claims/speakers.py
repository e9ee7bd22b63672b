"""An article's speakers: who spoke where, who was named, their gender; what "he said" stands for.

A pronoun resolves only to the nearest earlier speaker whose gender or number agrees and whom no
other person named since could be confused with. When in doubt: nobody.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from claims import first_names
from claims.config import EngineConfig
from claims.model import TIME_SPANS
from claims.source_phrase import is_person, without_title
from claims.source_words import (
    DETERMINERS,
    JOINERS,
    KIN,
    NOT_NAMES,
    OPENERS,
    STRIP_SUFFIXES,
    TIME_WORDS,
    agent_noun,
    is_name,
    is_outlet,
    lower_word,
    quoted_mask,
)

_BODIES = frozenset(
    "ministry ministries office agency network group military army navy police government council committee court "
    "report study survey statement statements data figures observatory organisation organization union "
    "association company firm bank board commission watchdog regulator family coalition alliance party opposition "
    "administration department service services mission broadcaster newspaper daily outlet media channel operator "
    "airline manufacturer institute foundation charity ngo hospital clinic cabinet parliament senate congress "
    "assembly tribunal panel inquiry review poll pollster census estimate estimates tally records presidency "
    "monitor centre center unit team authority embassy club league federation university school firm's office's "
    "ministry's agency's government's".split()
)


@dataclass
class _Speaker:
    name: str
    gender: str | None
    sentence: int


@dataclass
class Speakers:
    """An article's context for pronouns: who spoke where, who was named, what we know of their gender."""

    config: EngineConfig
    genders: dict[str, str] = field(default_factory=dict)
    speakers: list[_Speaker] = field(default_factory=list)
    mentions: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    bodies: list[tuple[int, str]] = field(default_factory=list)
    offices: dict[str, dict[str, int]] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)
    # each sentence's words, for where in it someone is named
    texts: list[str] = field(default_factory=list)
    # sentences where someone who could be a "he" or "she" spoke and is not a named speaker: "a police
    # official said", "a resident said" (read or not), a "he said" left unresolved
    voices: list[int] = field(default_factory=list)
    # voices with no name whose gender the article gives ("A military spokesperson, who asked not to be
    # named because he was not authorised…"): a "he said" right after them is theirs
    unnamed: list[_Speaker] = field(default_factory=list)
    # bodies named by a name with a body's head ("the Department of Homeland Security"), speaking or not
    body_names: dict[int, set[str]] = field(default_factory=dict)
    # names of bodies each sentence gives, as sources or as acronyms ("after CNBC reported"), by sentence
    named_bodies: dict[int, set[str]] = field(default_factory=dict)
    # each sentence's subject when it opens with a named person: "Morrison testified that…"
    subjects: list[str | None] = field(default_factory=list)
    # the genders of the pronouns each sentence uses outside quotations ("alongside his wife": "m")
    pronoun_genders: list[frozenset[str]] = field(default_factory=list)
    # a body's initials and the full name the article gave it: "SES" -> "NSW State Emergency Service"
    acronyms: dict[str, str] = field(default_factory=dict)
    # a body's full name and the initials the article put in brackets after it: "… Affairs" -> "OCHA"
    bracketed: dict[str, str] = field(default_factory=dict)
    # people the article described by a role of any kind ("Marie Ntumba, a nurse", "spokesperson Sofia Marin")
    described: dict[str, str] = field(default_factory=dict)

    def spelled_out(self, source: str) -> str:
        """ "The SES" -> "NSW State Emergency Service": a body named by its initials alone, as the article
        first gave its name in full; "A DHSC spokesperson" -> "Department of Health and Social Care spokesperson"."""
        words = source.split()
        if len(words) > 3 and words[-2:-1] == ["the"] and words[-3] in {"of", "for"} and words[-1].isupper():
            # "A spokesman for the RSF" -> "A spokesman for the Rapid Support Forces": whose voice it is
            full = self._body_of_initials(words[-1])
            return " ".join([*words[:-1], full]) if full else source
        if len(words) >= 4 and words[-2] in {"for", "at"} and words[0].lower() in {"a", "an"} and is_name(words[-1]):
            # "a spokeswoman for Meridian" after "Meridian DataWorks": the body in the article's full words
            fuller = self._fuller_body(words[-1])
            return " ".join([*words[:-1], fuller]) if fuller else source
        if len(words) == 3 and words[0].lower() in {"the", "a", "an"} and is_name(words[1]) and words[2].islower():
            # "the RBA board", "A WHO spokeswoman", "a Corvane spokesperson": a voice of the body the article
            # named in full
            full = self._body_of_initials(words[1]) if len(words[1]) >= 2 and words[1].isupper() else None
            if full is None and words[2] in _SPOKESPEOPLE:
                fuller = self._fuller_body(words[1])  # (a firm's: not "The Afghan government" -> "Afghan Taliban")
                full = fuller if fuller and _ORG_LIKE.search(fuller) else None
            if full and words[1].isupper():
                # both names, as written first: a checker may know the body by either
                return f"{' '.join(words)} ({full})"
            return f"{full} {words[2]}" if full else source
        if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
            return source
        full = self._body_of_initials(words[-1]) if words[-1].isupper() else None
        # both, the article's own words first ("the RBA (Reserve Bank of Australia)"): a checker may know the
        # body by either
        return f"{' '.join(words)} ({full})" if full else source

    def with_initials(self, source: str) -> str:
        """The source with the initials the article bracketed after the body's name, where it names that body
        and leaves them out: "The United Kingdom Maritime Trade Operations agency" -> "The United Kingdom
        Maritime Trade Operations (UKMTO) agency"; "World Food Programme" -> "World Food Programme (WFP)"."""
        if not self.bracketed:
            return source  # (most articles bracket no initials: no need to read the source's words)
        words = re.findall(r"[\w&-]+", source)
        for name, initials in self.bracketed.items():
            if initials in words or f"{name} " not in f"{source} ":
                continue  # (a name may start inside a word: "al-Qaeda-affiliated Group…" read from "Qaeda")
            at = f"{source} ".index(f"{name} ") + len(name)
            return f"{source[:at]} ({initials}){source[at:]}"
        return source

    def _fuller_body(self, first: str) -> str | None:
        """The one body of several words the article named that begins with this word ("Meridian" ->
        "Meridian DataWorks"); a body's name may have been read as a person's ("Meridian DataWorks said")."""
        names = [n for group in [*self.named_bodies.values(), *self.body_names.values()] for n in group]
        names += [s.name for s in self.speakers if s.gender is None]
        fuller = {_without_article(n) for n in names if _without_article(n).split()[0] == first and " " in n}
        return fuller.pop() if len(fuller) == 1 else None

    def _body_of_initials(self, initials: str) -> str | None:
        """The body whose initials these are, or begin ("CDC" for "Centers for Disease Control and Prevention")."""
        if initials in self.acronyms:
            return self.acronyms[initials]
        longer = {name for key, name in self.acronyms.items() if len(initials) >= 3 and key.startswith(initials)}
        return longer.pop() if len(longer) == 1 else None

    def earlier_voice(self, source: str, index: int) -> str | None:
        """ "the official" after "A senior official in the Union of Greens and Farmers… told POLITICO": that
        voice, when it is the one of its kind in view."""
        words = source.lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        head = words[1]
        if not (head in _PERSON_ROLES or head in _VOICES or agent_noun(head)):
            return None  # "the report", "the company": not a person's voice
        window = range(index - self.config.pronoun_window, index)
        matches = {
            name for at, name in self.bodies
            if at in window and re.match(rf"(?i)(?:a|an|one)\s(?:[\w-]+\s){{0,3}}?{head}\b", name)
        }
        return matches.pop() if len(matches) == 1 else None

    def learn(self, sentence: str, index: int, paragraph: int | None = None) -> None:
        """Genders from titles ("Mr Peskov", "Mrs Lind"), and the people this sentence names.

        A surname alone ("Morrison") is a mention of the person named in full earlier.
        """
        self.paragraphs.append(index if paragraph is None else paragraph)
        self.texts.append(sentence)
        for m in _NAME_THEN_ACRONYM.finditer(sentence) if "(" in sentence else ():
            name = m.group(1).removeprefix("The ")
            # ("C3S" for "Copernicus Climate Change Service": a digit counts its letter)
            initials = re.sub(r"([A-Z])(\d)", lambda d: d.group(1) * int(d.group(2)), m.group(2))
            # ("Counter-Terrorism Department (CTD)": each capitalised part of a hyphenated word counts)
            letters = "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())
            long_name = len(name.split()) >= 4 and len(m.group(2)) >= 3  # ("… Islam and Muslims (JNIM)": Arabic's)
            if initials in letters or (_BODY_HEAD.search(name) and len(m.group(2)) >= 3) or long_name or (
                _from_prefixes(m.group(2), name.split())
            ):
                # "the NSW State Emergency Service (SES)"; "the Electoral Commission of South Africa (IEC)": the
                # article ties its initials to the body whatever words they stand for
                self.acronyms.setdefault(m.group(2), name)
                self.bracketed.setdefault(name, m.group(2))
        for m in _BODY_NAME.finditer(sentence) if _BODY_HEAD.search(sentence) else ():
            words = m.group(0).split()
            self.body_names.setdefault(index, set()).add(m.group(0))
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= 3:
                self.acronyms.setdefault(initials, m.group(0))  # "Department of Health and Social Care": DHSC
            if len(initials) >= 4 and words[0].isupper():
                self.acronyms.setdefault(initials[1:], m.group(0))  # "US Centers for Disease Control…": CDC
        surnames = {name.split()[-1]: name for _, name in self.mentions}
        surnames.update({s.name.split()[-1]: s.name for s in self.speakers if " " in s.name})
        for word in _CAPITALISED.findall(sentence):
            if word in surnames:
                self.mentions.append((index, surnames[word]))
        for m in _LONE_SUBJECT.finditer(sentence):
            # "Putin ordered…", "In Moscow, Putin, meanwhile, ordered…": someone named by one name only
            word = m.group(1)
            for suffix in STRIP_SUFFIXES:
                word = word.removesuffix(suffix)
            low = word.lower()
            if low in NOT_NAMES or low in DETERMINERS or low in OPENERS or low in JOINERS or low in TIME_WORDS:
                continue
            if low in _RANKS or low in self.config.titles or low in self.config.speaker_nouns:
                continue  # "Deputy prosecutor Eva Lund said": an office, not a person
            if low.endswith("ing") and sentence[m.end(1) : m.end(1) + 1] == ",":
                continue  # "Defending, James Morrow said": what the person is doing, not a name
            if _DEMONYM_BEFORE_NOUN.match(sentence, m.start(1)):
                continue  # "Russian forces gained", "Israeli troops withdrew": a nation's word, no person
            if word not in surnames and not any(word in name.split() for _, name in self.mentions):
                self.mentions.append((index, word))
        for m in _SOMEONE.finditer(sentence):
            # "A woman who lost her home…", "The father of one of the victims…": a person with no name
            noun = m.group(1).lower()
            gender = "f" if noun in _WOMEN else "m" if noun in _MEN else None
            anonymous = f"{noun}#{index}:{m.start()}"
            if gender:
                self.genders[anonymous] = gender
            self.mentions.append((index, anonymous))
        for m in _NAMED_THEN_KIN.finditer(sentence):
            # "Kit Morrow, the victim's mother,": the role after the name tells its gender
            self.genders.setdefault(m.group(1).split()[-1], _role_gender(m.group(2)))
        for m in _KIN_THEN_NAMED.finditer(sentence):
            # "murdering Ōtara father Sione Taufa", "grandmother Ana Vaka": the role before the name does too
            self.genders.setdefault(m.group(2).split()[-1], _role_gender(m.group(1)))
        opener = _COURT_OPENER.match(sentence)
        if opener:  # "Defending, James Morrow said": "the barrister" later is him
            name = self.full_name(without_title(opener.group(2), self.config)[0])
            for role in ("barrister", "lawyer") + (("prosecutor",) if opener.group(1) == "Prosecuting" else ()):
                self.offices.setdefault(role, {})[name] = index
        for m in _NAMED_THEN_ROLE.finditer(sentence):
            # "Mary Jones, a lawyer for the family,": whom "the lawyer said" may stand for later
            role = m.group(2).lower()
            if is_person(m.group(1), self.config):
                self.described.setdefault(self.full_name(m.group(1)), role)
            if (role in self.config.source_heads or agent_noun(role)) and is_person(m.group(1), self.config):
                self.offices.setdefault(role, {})[self.full_name(m.group(1))] = index
        for m in _NAMED_WHO_BECAME.finditer(sentence):
            # "Priya Raman, who became chief executive in February,": "the chief executive" later is her
            roles = [w for w in m.group(2).split() if w in self.config.titles]  # (not "in February")
            role = roles[-1] if roles else ""
            if role and is_person(m.group(1), self.config):
                self.offices.setdefault(role, {})[self.full_name(m.group(1))] = index
        for m in _KIN_NAMED.finditer(sentence):
            # "Her husband, Jonas,", "his daughter Amy": the role tells the gender of the name beside it
            self.genders.setdefault(m.group(2).split()[-1], _role_gender(m.group(1)))
        for m in _COURTESY.finditer(sentence):
            gender = "m" if m.group(1) in {"Mr", "Mister", "Sir"} else "f"
            self.genders.setdefault(m.group(2), gender)
            self.mentions.append((index, m.group(2)))
        for m in _NAME_RUN.finditer(sentence):
            run = m.group(0)
            while " " in run and (lower_word(run.split()[0]) in NOT_NAMES or lower_word(run.split()[0]) in DETERMINERS):
                run = run.split(" ", 1)[1]  # "But Judge Andrew Pickering said": the sentence's opener is no name
            if any(lower_word(w) in NOT_NAMES for w in run.split()):
                continue
            if _THING_OWNED.search(sentence, 0, m.start()):
                continue  # "its Dream Chaser vehicle", "their Blue Moon lander": a thing someone owns, no person
            if _WORKPLACE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "an economist at Johns Hopkins": where someone works, no person
            at = m.end() - len(run)  # (where the name begins once an opener like "In" is set aside)
            if _PLACE_NAMED_BEFORE.search(sentence, max(0, at - 40), at):
                continue  # "In New York, about half…", "the Israeli town of Kiryat Shmona": a place, no person
            if sentence[max(0, at - 4) : at] == "the " and _BODY_WORD_AFTER.match(sentence, m.end()):
                continue  # "the Foreign Affairs subcommittee": a body's name, no person
            name, titled = without_title(run, self.config)
            one_name = titled and " " not in name and _surname(name, self.config)
            if one_name:
                name = self.full_name(name)  # "President Marsh": a person, whom "the president" may stand for
            if one_name or is_person(name, self.config):
                self.mentions.append((index, name))
                if titled:
                    words = run.split()
                    first = words.index(name.split()[0]) if name.split()[0] in words else len(words) - len(name.split())
                    office = words[max(0, first - 1)].lower().rstrip(".")  # (not "Caroline" of "…Ashworth KC")
                    self.offices.setdefault(office, {})[name] = index
                    titles = [w for w in words[:first] if w[:1].isupper()]
                    for size in (2, 3):  # "Cabinet Secretary Daniel Kiprono": "the CS" later is him
                        if len(titles) >= size:
                            initials = "".join(w[0] for w in titles[-size:]).lower()
                            self.offices.setdefault(initials, {})[name] = index
                elif before := _LOWER_ROLE_BEFORE.search(sentence, 0, m.start()):
                    if before.group(1) in self.config.titles:
                        # "Quantix chief executive Priya Raman": the office in lower case, before the name
                        self.offices.setdefault(before.group(1), {})[name] = index
                    elif agent_noun(before.group(1)) or before.group(1) in self.config.speaker_nouns:
                        self.described.setdefault(name, before.group(1))  # "Commission spokesperson Sofia Marin"
        self.subjects.append(self._subject(sentence) or self._continued_subject(sentence, index))
        outside = _outside_quotes(sentence)
        # ("Her husband, Ian, remembers": the her of a subject named as someone's kin is not the subject)
        # ("Her deputy, State Minister Kazuhiro Ota, went further": nor of a subject named by a role of hers)
        owner_role = rf"^\W*(?:his|her)\s+(?:{_KIN}\b|[a-z-]+(?=,))"
        spoken = set(re.findall(r"[a-z]+", re.sub(owner_role, "", outside.lower())))
        self.pronoun_genders.append(
            frozenset(g for g, words in (("m", _HIS), ("f", _HERS)) if not spoken.isdisjoint(words))
        )
        body = self._opening_body(sentence) or _shares_of(sentence)
        saying = sum(1 for word in re.findall(r"[a-z]+", outside) if word in self.config.reporting_verbs)
        if body:  # "Volkswagen is giving us a glimpse…": what "the German automaker" may stand for next
            # (a sentence where two bodies speak leaves "the company" after it in doubt)
            self.named_bodies.setdefault(index, set()).update([body] if saying <= 1 else [body, "#several"])
        acronyms = {
            m.group(1) for m in _ACRONYM_SAYING.finditer(sentence) if m.group(2) in self.config.reporting_verbs
        }
        if acronyms:
            acronyms = {name for name in acronyms if name in outside}
        if acronyms:  # "after CNBC reported that…": a body that spoke, if only in a clause
            self.named_bodies.setdefault(index, set()).update(acronyms)

    def organisation(self, source: str, index: int) -> str | None:
        """"The company", "the organisation" after one body was named in the last two sentences: that body."""
        words = source.lower().replace("think tank", "think-tank").replace("thinktank", "think-tank").split()
        if any(w.endswith(("'s", "’s")) for w in words):
            return None  # "the prosecutor's office" says whose it is
        if len(words) == 3 and re.fullmatch(r"\d+-[a-z]+", words[1]):
            words = [words[0], words[2]]  # "The 15-nation bloc": its size, then its kind
        if len(words) >= 2 and words[-2].endswith(("-based", "-headquartered")):
            words = ["the", words[-1]]  # "The Santa Clara, California-based company": where it is, then its kind
        if 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in _NAMED_KINDS:
            return self._named_kind(words[-1], index)
        if words[0] == "the" and " ".join(words[1:]) in _FORCE_NAMES:
            return self._named_force(" ".join(words[1:]), index)
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in _ORGANISATIONS:
            return None
        if len(words) == 2 and (sole := self._sole_of_kind(words[-1], index)) and self._last_of_kind(sole, index):
            return sole  # "the Bank of Canada… Statistics Canada said… In its statement, the bank said": the one bank
        if owned := self._owned_kind(words[1:], index):
            return owned  # "Brazil's central bank raised its rate… The decision was unanimous, the bank said"
        if len(words) == 2 and (acting := self._known_body_acting(words[1], index)) is not None:
            # "Toyota said… Toyota sold a record 5.24 million vehicles…, the company said" ("": in doubt)
            return acting or None
        if len(words) == 2 and (called := self._called_in_apposition(words[1], index)):
            return called  # "The OBR, the fiscal watchdog, cut its forecast… , the watchdog said"
        own, known = self._subject_body(index)
        if own and known and (_kind_fits(words[-1], own) or any(
            _kind_fits(words[-1], initials) for initials, full in self.acronyms.items() if full == own
        )):
            return own  # "The World Health Organization (WHO) has sent 12 tonnes…, the agency said": its subject
        if own and not known and words[-1] in _KIND_NAMES and _kind_fits(words[-1], own):
            return own  # "Pacific Gas and Electric shut off power…, the utility said": its subject, by its name
        if own and not known:
            # "The American Red Cross opened a shelter…, a spokesperson for the organization said": a name the
            # article has not yet known as a body may be the one meant, not the body named before; in doubt
            return None
        # a news outlet that reported is "the news organization", never "the company" it reported on
        wants_outlet = words[-1] in _OUTLET_KINDS or "news" in words
        window = range(index - self.config.pronoun_window, index + 1)
        named = [
            (at, name) for at in window for name in sorted(self._bodies_at(at))
            if is_outlet(name) == wants_outlet
        ]
        # one body, perhaps under two names ("Amnesty International", then "Amnesty"): the latest
        # (one body in the last few sentences, named in the last two)
        # (a body and its initials are one: "The Nigeria Centre for Disease Control and Prevention (NCDC)")
        named = [(at, self._body_of_initials(name) or name if name.isupper() else name) for at, name in named]
        named = [(at, name.removeprefix("The ")) for at, name in named]
        # ("Tom Reed's spokesman" is someone's voice, no body "the company" may stand for)
        named = [(at, name) for at, name in named if not _SOMEONES_VOICE.search(name)]
        people = {word for _, mention in self.mentions if " " in mention for word in mention.split()}
        named = [(at, name) for at, name in named if " " in name or name not in people]  # ("Yip said": her, no body)
        # only the bodies of that kind: "the airline" an airline's name, "the firm" no public body's (not the
        # "Infocomm Media Development Authority" cited between "Meridian DataWorks said" and "The firm said"),
        # "the regulator" no bank's ("Harbor Pacific Bank said… the regulator said")
        named = [(at, name) for at, name in named if _kind_fits(words[-1], name)]
        # one body whose name holds the very word ("Vietnam's disaster management agency… The agency said"),
        # among others of that kind cited around it: that one
        exact = [(at, name) for at, name in named if words[-1] in name.lower().split()]
        by_word = False
        if not exact and len(words) == 3:
            # "Dick Clark Productions denied… Big Machine Label Group… the production company said": the one
            # whose name holds the describing word
            exact = [(at, name) for at, name in named if any(w.startswith(words[1]) for w in name.lower().split())]
            by_word = len({name for _, name in exact}) == 1
        if exact and len({name for _, name in exact}) == 1:
            named = exact
        names = {name for _, name in named}
        if len(names) > 1 and (called := self._just_called(names, words[-1], index)):
            return called  # "…estimates by the Sudan Conflict Monitor, a research group. …, the group estimates"
        # one body under one name or a shorter one ("Amnesty International", "Amnesty"), not two that share a
        # first word ("National Disaster Mitigation Agency", "National Search and Rescue Agency")
        if not named or len({name.split()[0] for name in names}) != 1 or len(_outermost(names)) != 1 or (
            "#" in named[-1][1]
        ):
            return None
        if named[-1][0] < index - 2:
            return None
        if self._person_spoke_since(named[-1][0], index):
            return None  # "BMW said… Bernstein analyst Daniel Roeska said… The firm estimates": in doubt
        if words[-1] not in _PUBLIC_KINDS and any(
            index - self.config.pronoun_window <= s.sentence <= index and self.gender(s.name) is None
            for s in self.speakers
        ):
            # "Hutchison Ports said… Maersk said… The company said": a body read as a person (a firm's name;
            # "the regulator" is a public body's, which no name of a person's shape can be)
            return None
        body = named[-1][1]
        if not by_word and self._another_body_since(body, words[-1], named[-1][0], index):
            return None  # "Boeing said it was in contact with Sulawesi Air. The airline said": in doubt
        if self._cited_beside_subject(body, named[-1][0]):
            return None  # "Cadence raised $180 million, according to PitchBook. The company says": in doubt
        if len(words) == 3 and source.split()[1].islower() and not self._described_as(body, words[1], index):
            return None  # "The UN said… The paramilitary group said": the word fits some other group
        return body

    def _just_called(self, names: set[str], kind: str, index: int) -> str | None:
        """The one of several bodies the sentence before called by this kind in apposition ("the Sudan
        Conflict Monitor, a research group"): "the group" next is that one."""
        before = self.texts[index - 1] if 0 < index <= len(self.texts) else ""
        called = {
            name for name in names
            if re.search(rf"{re.escape(_without_article(name))},\s(?:a|an|the)\s(?:[\w-]+\s){{0,2}}{kind}\b", before)
        }
        return called.pop() if len(called) == 1 else None

    def _subject_body(self, index: int) -> tuple[str | None, bool]:
        """The name of several words sentence `index` opens with as its subject, when it names no person ("The
        World Health Organization (WHO) has sent…"), and whether the article knows it as a body."""
        text = self.texts[index] if index < len(self.texts) else ""
        m = _SUBJECT_BODY.match(text)
        if m is None or " " not in m.group(1) or self.gender(m.group(1)) is not None:
            return None, False  # (a person: a he or a she)
        name = m.group(1)
        parts = name.split()
        # ("Pacific Gas and Electric": a joiner inside a name is part of it)
        words = [w for at, w in enumerate(parts) if not (0 < at < len(parts) - 1 and w in _NAME_JOINERS)]
        if any(lower_word(w) in NOT_NAMES for w in words) or name.split()[-1] in _NOT_BODY_ENDS:
            return None, False
        known = name in self.acronyms.values() or any(name == _without_article(b) for b in self._bodies_at(index))
        return name, known and _BODY_HEAD.search(name) is not None

    def _described_as(self, body: str, word: str, index: int) -> bool:
        """Whether the article ties a describing word to the body ("Amnesty International, the rights group",
        "the paramilitary Rapid Support Forces"), or the body's own name holds it ("the aid group" for "Aid
        Relief Network"), before the sentence that uses it."""
        if word in _PLAIN_DESCRIPTIONS or word.endswith("-based") or word == "news":
            return True  # ("the German automaker": a nation's name describes; "the news organization" an outlet)
        if any(w.lower()[:5] == word[:5] for w in body.split() if len(w) >= 5):
            return True  # "Dick Clark Productions… the production company"
        near = re.compile(rf"(?i)\b{re.escape(word)}\b(?:\W+\w+){{0,3}}\W+{re.escape(body)}|"
                          rf"{re.escape(body)}\W+(?:\w+\W+){{0,6}}?{re.escape(word)}\b")
        return any(near.search(text) for text in self.texts[max(0, index - _LOWER_CASE_LOOKBACK) : index + 1])

    def _cited_beside_subject(self, body: str, at: int) -> bool:
        """Whether the body was only cited ("according to PitchBook") in a sentence whose subject is another
        name ("Cadence, founded in 2019, raised…"), which "the company" may as well mean."""
        text = self.texts[at] if at < len(self.texts) else ""
        opener = _OPENING_NAME_RUN.match(text)
        if opener is None or "according to" not in text.lower() or text.lower().startswith("according"):
            return False
        name = opener.group(1)
        first = name.split()[0].lower()
        return name.split()[0] not in body and not any(
            first in words for words in (NOT_NAMES, DETERMINERS, OPENERS, JOINERS, TIME_WORDS, TIME_SPANS)
        )  # (not "Hours before the announcement, a drone struck…, according to the network")

    def _another_body_since(self, body: str, kind: str, named_at: int, index: int) -> bool:
        """Whether the sentences from the body's to this one name another body of that kind, mid-sentence:
        "Boeing said it was in contact with Sulawesi Air. The airline said…"."""
        # (the body's own initials, bracketed after its name, are the body: "… (WHO)", then "the WHO")
        own = set(body.split()) | {w.rstrip("’'s") for w in body.split()} | {w.strip("()") for w in body.split()}
        named = [name for _, name in self.mentions] + [s.name for s in self.speakers]
        people = {w for name in named for w in name.split()}
        for at in range(named_at, min(index + 1, len(self.texts))):
            text = self.texts[at]
            for m in _NAME_RUN_ANY.finditer(text):
                run = [w.rstrip(".,;:") or w for w in m.group(0).split()]  # ("the WHO." is the WHO)
                before = text[: m.start()].rstrip()
                if not before or before[-1] in ".!?\"“”'‘’(:—–-" or before.split()[-1].lower() in _PLACE_WORDS:
                    continue  # a sentence's first word, a quotation's, or a place ("in Kampala")
                name = m.group(0)
                if name.rstrip(".,") in _UMBRELLAS or f"{name}." in _UMBRELLAS:
                    continue  # ("The U.N. agency said": whose agency it is, no other body)
                if own.isdisjoint(run) and people.isdisjoint(run) and not _ALWAYS_CAPITALISED.fullmatch(run[0]) and (
                    not is_outlet(name) and (_ORG_LIKE.search(name) or _PUBLIC_BODY.search(name))
                    and _kind_fits(kind, name)
                ):
                    return True
        return False

    def unresolved_kind(self, source: str, index: int) -> bool:
        """Whether "the company", "the commission" or "the barrister" stands for someone the article named
        but who could not be told for sure: a body of that kind, or a person, named before."""
        words = source.lower().replace("think tank", "think-tank").split()
        if not 2 <= len(words) <= 4 or words[0] != "the" or (words[-1].endswith("s") and not words[-1].endswith("ss")):
            return False  # (a plural is a group; "the witness", "the actress" are one)
        if not source.split()[-1].islower():
            return False  # "the World Health Organization", "the Tax Foundation": a name, not a kind
        if any(w.isupper() and len(w) >= 2 for w in source.split()[1:-1]):
            return False  # "the UAE foreign ministry": whose it is, by its initials (not "the Kyrgyz committee")
        if any(w.endswith(("'s", "’s")) for w in words):
            return False  # "the prosecutor's office" says whose it is
        head = words[-1]
        bodies = [name for at, names in self.named_bodies.items() if at <= index for name in names if "#" not in name]
        if words in (["the", "army"], ["the", "military"]):
            # "Ukraine's military said… Russia's military said… The army said": either, in doubt
            return sum(1 for name in set(bodies) if _ARMED_FORCE.search(name) and len(name.split()) >= 2) >= 2
        if head in _NAMED_KINDS:
            return any(head in name.lower().split() for name in bodies)
        if head in _ORGANISATIONS:
            return bool(bodies)
        if head in _PERSON_ROLES or (agent_noun(head) and head not in _ORGANISATIONS):
            if 0 < index <= len(self.subjects) and self.subjects[index - 1]:
                return True  # "Eyamba Sowers didn't know… The real estate agent said": her, or someone else
            if any(0 < index - s.sentence <= self.config.pronoun_window for s in self.speakers):
                return True  # "Mehmet Karaca, a seismologist, said… The geologist added": likely him; in doubt
            # the role came with a name earlier ("Sarah Lyle, a barrister, …"; "Barrister Sarah Lyle")
            beside = re.compile(
                rf"[A-Z][\w'’-]+,\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){{0,2}}{head}\b|(?i:\b{head}),?\s+[A-Z][a-z]"
            )
            return any(
                beside.search(self.texts[at])
                for at in range(max(0, index - 2 * self.config.pronoun_window), min(index, len(self.texts)))
            )
        return False

    def in_dialogue(self, index: int, sentence: str) -> bool:
        """Whether a "he said" here may answer a question put to someone in the sentence before: "Laura
        Kuenssberg asked Rachel Reeves whether… She said…", "X told Y that… He replied…"."""
        before = self.texts[index - 1] if 0 < index <= len(self.texts) else ""
        people = {name for at, name in self.mentions if at == index - 1 and "#" not in name}
        asked = _ASKING.search(_outside_quotes(before)) is not None
        replied = _REPLYING.search(_outside_quotes(sentence)) is not None
        return ((asked or replied) and len(people) >= 2) or _PUT_TO.search(before) is not None

    def person_of_demonym(self, source: str, index: int) -> str | None:
        """ "The Italian added" after "Kestrel manager Andrea Conti said": the one person who spoke in the
        last few sentences; None when that is in doubt."""
        words = source.split()
        if len(words) != 2 or words[0].lower() != "the" or not _DEMONYM.fullmatch(words[1]):
            return None
        recent = {s.name for s in self.speakers if index - s.sentence <= self.config.pronoun_window}
        return recent.pop() if len(recent) == 1 else ""

    def person_spoke_within(self, index: int) -> bool:
        """Whether someone named spoke in the few sentences before this one (a surname alone may have been
        kept as a body's name)."""
        window = self.config.pronoun_window
        named_body = any(0 < index - at <= window and name[:1].isupper() for at, name in self.bodies)
        return named_body or any(0 < index - s.sentence <= window for s in self.speakers)

    def _person_spoke_since(self, named_at: int, index: int) -> bool:
        return any(named_at < s.sentence < index for s in self.speakers)

    def _bodies_at(self, at: int) -> set[str]:
        """The bodies sentence `at` names: those that spoke, and the others (a part of a speaker's name,
        "Defense Ministry" of "Russia's Defense Ministry", is that speaker)."""
        spoke = self.named_bodies.get(at, set())
        return spoke | {name for name in self.body_names.get(at, set()) if not any(name in s for s in spoke)}

    def _named_kind(self, kind: str, index: int) -> str | None:
        """"The commission" after "the Kenya National Commission on Human Rights": the one body named in
        the last few sentences whose name holds that word."""
        window = range(max(0, index - self.config.pronoun_window), index + 1)
        named = self._bodies_of_kind(kind, window)
        named = _outermost(named)  # ("Fund" inside "International Monetary Fund")
        if not named:
            return self._sole_of_kind(kind, index)
        if len(named) != 1:
            return None
        body = named.pop()
        # every body of that kind the window names, speaking or not ("the European Commission… Germany's
        # Monopolies Commission… The commission said"), and anyone else who spoke since: in doubt
        if self._several_of_kind(kind, window):
            return None
        last = max(at for at in window for name in self._bodies_at(at) if name == body)
        others = [at for at, name in self.bodies + self.groups if at > last and name != body]
        if others or self._person_spoke_since(last, index):
            return None
        return body

    def _named_force(self, kind: str, index: int) -> str | None:
        """"The army added" after "The Israeli military said", "the navy said" after "An Indian Navy frigate…",
        "according to the force" after "the City of London Police": the one force of that kind the last few
        sentences named (a police force: the article so far), whatever word the story uses for it next; none
        when two are in view. (A person who spoke since is no army: "Dr Haddad said… The army said".)"""
        start = 0 if kind == "force" else max(0, index - self.config.pronoun_window)
        named = {
            bare_name for at in range(start, index + 1) for name in self._bodies_at(at)
            if _FORCE_NAMES[kind].search(name) and " " in (bare_name := _DETERMINER.sub("", name))
        }
        named = _outermost(named)
        return named.pop() if len(named) == 1 else None

    def _known_body_acting(self, kind: str, index: int) -> str | None:
        """The one-word name that opens this sentence or the one before as its subject, when the article
        already knew it as a body of this kind: "Toyota assumes an exchange rate… , according to the company"."""
        window = range(max(0, index - 2 * self.config.pronoun_window), min(index + 1, len(self.texts)))
        for at in reversed(window):
            spoke = [
                b for k, b in self.bodies
                if k == at and " " not in b and b[:1].isupper() and self._spoke_as_itself(b, k)
            ]  # (a body that spoke in its own name, not one cited: "…, according to PitchBook")
            name = self._acting_body_of_kind(kind, at, fitting=False) or (spoke[0] if len(spoke) == 1 else None)
            if not (name and self._known_body(name, at + 1) and _kind_fits(kind, name)):
                continue
            rivals = {
                other for k in window for other in self._bodies_at(k) if other != name and _kind_fits(kind, other)
            }
            rivals |= {b for k, b in self.bodies if k in window and b != name and _kind_fits(kind, b)}
            # ("Hutchison Ports said… Maersk said…": a body read as a person is a rival too)
            rivals |= {s.name for s in self.speakers if s.sentence in window and self.gender(s.name) is None}
            # (not past another body of that kind in view, nor past someone who spoke since: in doubt)
            return None if rivals or self._person_spoke_since(at, index) else name
        return None

    def _spoke_as_itself(self, body: str, at: int) -> bool:
        """Whether sentence `at` has the body speak in its own name ("Toyota said"), not only cite it."""
        return re.search(rf"\b{re.escape(body)}\s(?:said|says|reported|announced|told)\b", self.texts[at]) is not None

    def _acting_body_of_kind(self, kind: str, at: int, fitting: bool = True) -> str | None:
        """The one-word name sentence `at` opens with as its acting subject ("Toyota sold…"), when the article
        knew it as a body before (and, with `fitting`, one that "the <kind>" can stand for)."""
        m = _ONE_NAME_ACTS.match(self.texts[at])
        if m is None or (fitting and not (self._known_body(m.group(1), at + 1) and _kind_fits(kind, m.group(1)))):
            return None
        return m.group(1)

    def _called_in_apposition(self, kind: str, index: int) -> str | None:
        """The one body the last few sentences named and then called this kind in apposition ("The OBR, the
        fiscal watchdog,"), when no other name of that kind is in view."""
        words = re.escape(kind).replace("\\-", "[-\\s]")  # ("think-tank": "a Washington think tank")
        pattern = re.compile(
            rf"(?:^|\s)((?:[A-Z][\w&'’.-]*\s(?:(?:of|for|and|on|the)\s)*){{0,6}}[A-Z][\w&-]*)(?:\s\([A-Z]{{2,8}}\))?,"
            rf"\s(?:the|a|an|its)\s(?:[\w-]+\s){{0,2}}{words}[,.]"
        )
        start = max(0, index - 2 * self.config.pronoun_window)
        found = {m.group(1) for text in self.texts[start : index + 1] for m in pattern.finditer(text)}
        found = {name for name in found if lower_word(name.split()[0]) not in NOT_NAMES}
        if len(found) != 1 or self._bodies_of_kind(kind, range(start, index + 1)):
            return None
        called = found.pop()
        others = {
            b for k, b in self.bodies
            if start <= k <= index and b != called and _kind_fits(kind, b) and self._spoke_as_itself(b, k)
        }
        # (a company read as a person's name, "Toyota Motor said", is one too)
        others |= {s.name for s in self.speakers if start <= s.sentence <= index and self.gender(s.name) is None}
        others |= {
            name for k in range(start, min(index + 1, len(self.texts)))
            if (name := self._acting_body_of_kind(kind, k)) and name != called
        }
        # ("Toyota said… a consensus compiled by QUICK, a Nikkei group company… Toyota assumes…, according to
        # the company": either, in doubt)
        return None if others else called

    def _owned_kind(self, kind: list[str], index: int) -> str | None:
        """ "The bank" after "Brazil's central bank", and no other bank named: the one body of that kind the
        article gave by its country's or owner's name and a lower-case kind, in the last few sentences."""
        words = r"\s".join(re.escape(w) for w in kind)
        pattern = re.compile(rf"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s(?:[a-z-]+\s){{0,2}}?{words})\b")
        if any(not pattern.fullmatch(body) for body in self._bodies_of_kind(kind[-1], range(0, index + 1))):
            return None  # a bank named by its name ("the Bank of Canada") as well: in doubt
        start = max(0, index - 2 * self.config.pronoun_window)
        found = {m.group(1) for text in self.texts[start : index + 1] for m in pattern.finditer(text)}
        everywhere = {m.group(1) for text in self.texts[: index + 1] for m in pattern.finditer(text)}
        return found.pop() if len(found) == 1 and len(everywhere) == 1 else None

    def _sole_of_kind(self, kind: str, index: int) -> str | None:
        """"The bureau said", long after "the Australian Bureau of Statistics": the only body of that kind the
        article has named so far, however far back (none when it named two: "the FBI… the Bureau of Prisons")."""
        earlier = range(0, index + 1)
        named = self._bodies_of_kind(kind, earlier)
        return named.pop() if len(named) == 1 and not self._several_of_kind(kind, earlier) else None

    def _last_of_kind(self, body: str, index: int) -> bool:
        """Whether the body was named in the last few sentences (a kind's word stands for it only that long)."""
        window = range(max(0, index - 2 * self.config.pronoun_window), index + 1)
        return any(body in self._bodies_at(at) or body in self.texts[at] for at in window if at < len(self.texts))

    def _bodies_of_kind(self, kind: str, sentences: range) -> set[str]:
        """The bodies these sentences name whose name holds the kind's word ("Bureau" for "the bureau")."""
        return {name for at in sentences for name in self._bodies_at(at) if kind in (w.lower() for w in name.split())}

    def _several_of_kind(self, kind: str, sentences: range) -> bool:
        """Whether these sentences write two or more names ending in the kind's word, speaking or not."""
        pattern = re.compile(rf"(?:[A-Z][\w'’-]*\s+)*(?-i:{kind.capitalize()})\b")
        texts = [self.texts[at] for at in sentences if at < len(self.texts)]
        kinds = {m.group(0).strip().removeprefix("The ") for text in texts for m in pattern.finditer(text)}
        return len({k for k in kinds if " " in k}) > 1

    def _opening_body(self, sentence: str) -> str | None:
        """The name a sentence opens with as its subject when it names no person: "Volkswagen is giving…",
        "Ford will display…" (a body, or a place: only a kind such as "the company" is resolved to it)."""
        dateline = _DATELINE.match(sentence)
        m = _OPENING_BODY.match(sentence, dateline.end() if dateline else 0)
        if m is None:
            return None
        run = m.group(1)
        words = run.split()
        if any(lower_word(w) in NOT_NAMES or lower_word(w) in DETERMINERS for w in words):
            return None
        people = [name for _, name in self.mentions if " " in name] + [s.name for s in self.speakers]
        if is_person(run, self.config) or self.gender(run) or any(run in name.split() for name in people):
            return None
        if len(words) == 1 and self._common_noun(run):
            return None  # "Production will be moved…, the company said": a word capitalised by the sentence
        return run

    def _common_noun(self, word: str) -> bool:
        """A capitalised first word that is an ordinary noun: it ends like one ("Production", "Investment")
        or the article has used it in lower case."""
        low = word.lower()
        if word.isupper() or any(ch.isupper() for ch in word[1:]):
            return False  # "NASA", "WeWork"
        if low.endswith(_NOUN_ENDINGS):
            return True
        pattern = re.compile(rf"\b{re.escape(low)}\b")
        return any(pattern.search(text) for text in self.texts[-_LOWER_CASE_LOOKBACK:-1])

    def _subject(self, sentence: str) -> str | None:
        subject = self._plain_subject(sentence)
        if subject is None and (m := _OPENING_NAME_AT.match(sentence)) and lower_word(m.group(2)) not in _NOT_A_VERB:
            name, titled = without_title(m.group(1), self.config)
            if titled or is_person(name, self.config):
                return self.full_name(name)  # "Dr Anna Kowalczyk of Warsaw University is more cautious."
        return subject

    def _plain_subject(self, sentence: str) -> str | None:
        """The named person a sentence opens with as its subject ("Morrison was the third witness…"), also
        after their role ("U.N. aid chief Adaeze Ferreira briefed…", "The town's mayor, Kevin Ashdown, grew up…")."""
        m = _OPENING_NAME.match(sentence)
        if m is None or lower_word(m.group(2)) in _NOT_A_VERB or m.group(1).endswith(STRIP_SUFFIXES):
            return self._subject_after_role(sentence)
        if lower_word(m.group(2)) in self.config.source_heads:
            return self._subject_after_role(sentence)  # "Lib Dem councillor Fiona Hale said": the role's holder
        run = m.group(1)
        if any(lower_word(w) in NOT_NAMES or lower_word(w) in DETERMINERS for w in run.split()):
            return self._subject_after_role(sentence)  # "The ministry", "This week"; "The mayor, Kevin Ashdown,"
        name, titled = without_title(run, self.config)
        name = self.full_name(name)
        known = titled or is_person(name, self.config) or any(name == other for _, other in self.mentions)
        return name if known else None

    def _subject_after_role(self, sentence: str) -> str | None:
        m = _ROLE_THEN_NAME.match(sentence)
        if m is None or m.group("role").lower().split("-")[-1] not in self.config.source_heads:
            return None
        name = without_title(m.group("name"), self.config)[0]  # "Her deputy, State Minister of Finance Kazuhiro Ota,"
        # (one name will do where the role told its gender: "Her husband, Ian, remembers that night")
        if lower_word(m.group("verb")) in _NOT_A_VERB or not (
            is_person(name, self.config) or (" " not in name and name in self.genders)
        ):
            return None
        full = self.full_name(name)
        role = m.group("role").lower().split("-")[-1]
        if role in self.config.source_heads and role not in KIN and self.texts:
            # "The prosecution's fourth witness, Yusuf Adamu, testified": "the witness said" later is him
            self.offices.setdefault(role, {})[full] = len(self.texts) - 1
        return full

    def _continued_subject(self, sentence: str, index: int) -> str | None:
        """A sentence that opens with "He" or "She" goes on with the subject before it, if it agrees."""
        opening = _OPENING_PRONOUN.match(sentence)
        if opening is None or index < 1 or not self._same_paragraph(index - 1, index):
            return None
        before = self.subjects[index - 1] if index - 1 < len(self.subjects) else None
        pronoun = "m" if opening.group(1).lower() == "he" else "f"
        return before if before and self.gender(before) == pronoun else None

    def body_that_spoke(self, index: int) -> str | None:
        """The one body that spoke in the sentence before, for '"We have no comment," they said'."""
        recent = {name for at, name in self.bodies + self.groups if at == index - 1}
        people = [s for s in self.speakers if s.sentence == index - 1]
        return recent.pop() if len(recent) == 1 and not people else None

    def continue_with(self, index: int, name: str) -> None:
        """"He says…" resolved to Ed Alvarez: Alvarez is that sentence's subject, for the next "He says"."""
        if index < len(self.subjects):
            self.subjects[index] = name

    def by_subject(self, pronoun: str, index: int, sentence: str, opens: bool) -> str | None:
        """The subject a "he" or "she" continues: of the sentence before when the pronoun opens its own
        sentence ("Morrison was the third witness. He said…"), else of its own sentence, with nobody
        named between ("Morrison did reference his testimony, in which he said…")."""
        if pronoun not in {"m", "f"}:
            return None
        at = index - 1 if opens else index
        if at < 0 or at >= len(self.subjects) or not self._same_paragraph(at, index):
            return None
        subject = self.subjects[at]
        if subject is None and opens:
            # no named subject: the one person who spoke there, if nobody else could be meant
            spoke = self._speaker_at(at)
            if (
                spoke and self.gender(spoke) is None and self._alone(spoke, pronoun, index)
                and not self._beside_of_gender(spoke, at, pronoun)
            ):
                self.genders.setdefault(spoke.split()[-1], pronoun)
                return spoke
        if subject is None or self._told_otherwise(at, pronoun):
            return None  # ("Kit Mwangi worked there alongside his wife. '…,' she says.": Kit is a he)
        if " " not in subject and self.gender(subject) is None and not any(
            subject in other.split() for _, other in self.mentions if " " in other
        ) and not any(s.name == subject for s in self.speakers):
            return None  # "Inflation rose to 3.2%. He said…": a word that opens a sentence is no one named
        if (
            self.gender(subject) is None and opens and self._alone(subject, pronoun, index)
            and not self._beside_of_gender(subject, at, pronoun)
        ):
            # "Montell Figgins said his client would fight. He said…": nobody else it could be; and now we know
            self.genders.setdefault(subject.split()[-1], pronoun)
            return subject
        if self.gender(subject) != pronoun:
            return None
        if not opens and not _nobody_between(sentence, pronoun):
            return None
        if opens and self._other_speaker_since(subject, pronoun, index, at):
            return None  # "Kahn said… Berg was elected in 2019. He said…": Kahn's words go on, or Berg's
        return subject

    def just_spoke(self, pronoun: str, index: int, sentence: str, opens: bool) -> str | None:
        """ "Prasad, a professor at Cornell, said… '…,' he said.": the one person who spoke in the sentence
        right before, in the same paragraph, when their gender is unknown and nobody else named there, or
        before the pronoun here, could be meant. Their gender is learnt from it."""
        # (or the paragraph before, when the pronoun opens this one: "X said… ¶ She said…")
        if pronoun not in {"m", "f"} or index < 1 or not (opens or self._same_paragraph(index - 1, index)):
            return None
        spoke = self._speaker_at(index - 1)
        if spoke is None or self.gender(spoke) not in {None, pronoun}:
            return None
        if any(s.sentence == index for s in self.speakers):
            return None
        surname = spoke.split()[-1]
        outside = _outside_quotes(sentence)
        found = _SHE_OR_HE[pronoun].search(outside.lower())
        before = outside[: found.start()] if found else outside  # here, only who stands before the pronoun
        others = [
            name for at, name in self._mentions_since(index - 1)
            if (at == index - 1 or (at == index and name.split()[-1] in before))
            and surname not in name and self.gender(name) in {None, pronoun}
        ]
        if others or any(at in {index - 1, index} for at in self.voices):
            return None
        if self.gender(spoke) is None and any(
            surname not in s.name and self.gender(s.name) == pronoun
            # (in this paragraph, two sentences back; or in the paragraphs just before, when the pronoun opens a
            # new one)
            and (
                (index - s.sentence <= 2 and self._same_paragraph(s.sentence, index))
                or (index - s.sentence <= self.config.pronoun_window and not self._same_paragraph(index - 1, index))
            )
            for s in self.speakers
        ):
            # "Ioana Bratu said… Radu Ene warned… She said": she may be Ioana, who spoke as a she just before
            # ("Helen Carrow said… ¶ '…,' said Anatoly Petrov… ¶ She later told reporters": her, not him)
            return None
        if self.gender(spoke) is None and self._beside_of_gender(spoke, index - 1, pronoun):
            return None  # "Alex Moreno, whose wife Carla…, said… She said…": may be Carla
        self.genders.setdefault(surname, pronoun)
        return spoke

    def sole_subject(self, pronoun: str, index: int) -> str | None:
        """ "Marta Lind, 58, worked on the furnace line… '…,' she says.": the one person of that gender the
        last few sentences were about (as their subject), when nobody else named there could be meant."""
        if pronoun not in {"m", "f"}:
            return None
        start = max(0, index - self.config.pronoun_window)
        candidates = [
            (at, name) for at, name in enumerate(self.subjects[start:index], start)
            if name and self.gender(name) == pronoun
        ]
        fitting = {name for at, name in candidates if not self._told_otherwise(at, pronoun)}
        if fitting != {name for _, name in candidates}:
            return None  # (one of them was told of as the other gender there)
        if len(fitting) != 1 or any(start <= at < index for at in self.voices):
            return None
        subject = fitting.pop()
        surname = subject.split()[-1]
        since = max(at for at, name in candidates if name == subject)
        spoke = {s.name for s in self.speakers}
        others = [
            name for at, name in self._mentions_since(start) + self._heard_since(start)
            if at <= index and surname not in name and self.gender(name) in {None, pronoun}
            # (a lone word named before the subject that never spoke, "Bangladesh is low-lying.", is no rival)
            and not (" " not in name and at < since and name not in spoke)
        ]
        return None if others else subject

    def sole_person_in_view(self, pronoun: str, index: int) -> str | None:
        """ "'We have increased our votes,' Annamalai said. He accused…": the one person the last few sentences
        name at all, who spoke in the sentence just before, alone in it, when no list knows their name's gender
        and no unnamed voice spoke (the name takes the pronoun's gender from here on)."""
        if pronoun not in {"m", "f"} or index < 1:
            return None
        start = max(0, index - self.config.pronoun_window)
        if any(start <= at <= index for at in self.voices) or self._told_otherwise(index - 1, pronoun):
            return None
        seen = [(at, name) for at, name in self._mentions_since(start) + self._heard_since(start) if at <= index]
        if len({name.split()[-1] for _, name in seen}) != 1:
            return None
        name = max((name for _, name in seen), key=len)
        # (who spoke in the sentence before, named there: a quotation's tag is read where the quotation opens)
        spoke = {s.name for s in self.speakers if s.sentence >= index - 2}
        named_before = any(at == index - 1 for at, _ in seen)
        if "#" in name or self.gender(name) is not None or spoke != {name} or not named_before:
            return None
        if _KIN_WORDS.search(self.texts[index - 1]):
            return None  # ("X, whose wife Carla was rescued, said…": someone else of either gender is in view)
        self.genders.setdefault(name.split()[-1], pronoun)
        return name

    def sole_fitting_speaker(self, pronoun: str, index: int) -> str | None:
        """ "Anatoly Zhukov said… '…,' Helen Marsh told the council. He also accused…": the one speaker in
        the last few sentences the pronoun can fit, when everyone else named there is of the other gender
        (a name no list knows takes the pronoun's gender from here on)."""
        if pronoun not in {"m", "f"}:
            return None
        start = max(0, index - self.config.pronoun_window)
        if any(start <= at < index for at in self.voices):
            return None
        people = {name for at, name in self._mentions_since(start) + self._heard_since(start) if at < index}
        fitting = {name for name in people if self.gender(name) in {None, pronoun}}
        surnames = {name.split()[-1] for name in fitting}
        others = {name for name in people if self.gender(name) not in {None, pronoun}}
        spoke = [s for s in self.speakers if start <= s.sentence < index and s.name in fitting]
        if len(surnames) != 1 or not others or not spoke:
            return None
        name = spoke[-1].name
        if not any(s.sentence > spoke[-1].sentence and s.name in others for s in self.speakers):
            return None  # (only past someone of the other gender who spoke since: else the usual rules hold)
        self.genders.setdefault(name.split()[-1], pronoun)
        return name

    def _heard_since(self, start: int) -> list[tuple[int, str]]:
        """The speakers from sentence `start` on, as (sentence, name), read from the end."""
        heard: list[tuple[int, str]] = []
        for speaker in reversed(self.speakers):
            if speaker.sentence < start:
                break
            heard.append((speaker.sentence, speaker.name))
        return heard

    def _mentions_since(self, start: int) -> list[tuple[int, str]]:
        """The mentions from sentence `start` on (they are kept in reading order: read from the end)."""
        recent: list[tuple[int, str]] = []
        for at, name in reversed(self.mentions):
            if at < start:
                break
            recent.append((at, name))
        return recent

    def _speaker_at(self, at: int) -> str | None:
        """The one person who spoke in sentence `at` ("The union's lawyer Montell Figgins said…")."""
        names = {s.name for s in self.speakers if s.sentence == at}
        return names.pop() if len(names) == 1 else None

    def _alone(self, subject: str, pronoun: str, index: int) -> bool:
        """Whether nobody but the subject, named or heard in the last few sentences, could be this he (she)."""
        window = self.config.pronoun_window
        surname = subject.split()[-1]
        named = [name for at, name in self.mentions if index - window <= at < index and "#" not in name]
        heard = [s.name for s in self.speakers if index - s.sentence <= window]
        return not any(
            surname not in name and self.gender(name) in {None, pronoun} for name in named + heard
        ) and not any(index - window <= at < index for at in self.voices)

    def _other_speaker_since(self, subject: str, pronoun: str, index: int, named_at: int) -> bool:
        """Whether the last speaker who could be this he (she) is someone other than the subject.

        Speakers of paragraphs before the one that names the subject do not count: a paragraph that
        opens with "Morrison was the third witness." has moved on to Morrison.
        """
        for speaker in reversed(self.speakers):
            if index - speaker.sentence > self.config.pronoun_window:
                return False
            if speaker.sentence < named_at and not self._same_paragraph(speaker.sentence, named_at):
                return False
            if speaker.name == subject:
                return False
            if (speaker.gender or self.gender(speaker.name)) in {None, pronoun}:
                return True
        return False

    def holder(self, source: str, index: int) -> str | None:
        """ "The president" after "President Lena Marsh": the one person the article gave that office,
        named in the last few sentences."""
        words = source.lower().split()
        holders = self.offices.get(words[-1], {}) if len(words) in {2, 3} and words[0] == "the" else {}
        if len(holders) != 1:
            return None
        name = next(iter(holders))
        if len(words) == 3:
            # "The chief executive said", paragraphs after "chief executive Priya Raman": an office of two
            # words the article gave one person only, in those words, is theirs, whoever spoke between (not
            # "the prime minister" after "Chief Minister Pradeep Behera")
            return name if self._office_words(name, words[1:]) else None
        last_named = max((at for at, other in self.mentions if other == name and at < index), default=-1)
        # nobody else named or heard since: "Trump said… The president said" is not Zelensky's
        people = [
            (at, other) for at, other in self.mentions
            if other != name and other.split()[-1] not in name.split()
            and not (other.split("#")[0] == words[1] and at == last_named)
            and not _DEMONYM.fullmatch(other.split()[-1])  # ("in South Korean waters": no one)
        ]  # ("Mary Jones, a lawyer for the family," names the holder; "The trust's lawyer said" is another)
        people += [
            (s.sentence, s.name) for s in self.speakers if s.name != name and s.name.split()[-1] not in name.split()
        ]
        # someone the article gave another office is not this one's holder: "Gov. Elena Ruiz said…" between
        # "Fire Chief Mark Oyama" and "The chief warned"; nor is whom the holder's own sentence names beside
        # them as its subject ("Judge Alison Reeve told Lockhart…"), unless a "counterpart" there may hold it too
        holders_of_other = {who for office, held in self.offices.items() if office != words[1] for who in held}
        holders_of_other |= {who for who, role in self.described.items() if role != words[1]}
        spoke_there = any(s.sentence == last_named and s.name.split()[-1] == name.split()[-1] for s in self.speakers)
        beside = last_named >= 0 and (self.subjects[last_named] == name or spoke_there)  # (what they spoke of)
        beside = beside and not _COUNTERPART.search(self.texts[last_named])
        holders_of_other |= {who for _, who in people if "#" in who and who.split("#")[0] != words[1]}  # "a nurse"
        others = [at for at, other in people if other not in holders_of_other and not (beside and at == last_named)]
        others += [at for at, body in self.bodies if words[1] in body.lower().split()]
        if any(last_named <= at < index for at in others):
            return None  # (names inside this very sentence are what the office holder speaks of)
        if last_named >= 0 and opens_with_pronoun(self.texts[last_named]):
            # "Donald Marsh said… He met Ukrainian President Ivan Petrenko… The president said": the man who met
            # him may hold an office too; in doubt
            return None
        return name if index - last_named <= self.config.pronoun_window else None

    def _office_words(self, name: str, office: list[str]) -> bool:
        """Whether the article gave this person the office in these very words, before the name or in
        apposition after it ("chief executive Priya Raman", "Priya Raman, who became chief executive")."""
        role, who = re.escape(" ".join(office)), re.escape(name)
        pattern = re.compile(
            rf"(?i:\b{role})\s+{who}\b"  # "chief executive Priya Raman"
            rf"|\b{who},\s+(?:(?:who\s+(?:became|is|was|has\s+been)\s+)?(?:the\s+|its\s+|a\s+)?"
            rf"(?:[\w-]+['’]s?\s+)?)(?i:{role})\b"  # "Sian Pryce, Rovers’ chief executive", "X, who became…"
        )
        return any(pattern.search(text) for text in self.texts)

    def gender(self, name: str) -> str | None:
        words = name.split()
        for word in reversed(words):
            if word in self.genders:
                return self.genders[word]
        # "Eva-Marie Persson": any part of a hyphenated first name the lists know; after any titles a
        # source kept ("Treasurer Michael Dunstan", "Maj. Gen. Faisal Karim")
        while len(words) > 2 and words[0].lower().rstrip(".") in self.config.titles:
            words = words[1:]
        # ("Sébastien" as "sebastien": the lists keep names without their accents)
        parts = _unaccented(words[0].lower()).split("-") if words else []
        female = any(part in self.config.female_names for part in parts)
        male = any(part in self.config.male_names for part in parts)
        if female == male and len(words) >= 2:
            # a whole name's first word ("Ed Alvarez"), never a surname alone ("Carter said")
            female = any(part in first_names.WOMEN for part in parts)
            male = any(part in first_names.MEN for part in parts)
        if female != male:
            return "f" if female else "m"
        return None

    def full_name(self, source: str) -> str:
        """ "Peskov" after "Dmitry Peskov", "Liu" after "Liu Xiaming": the full name, when only one person fits.

        With two people of that name in the article ("Joe Biden", "Hunter Biden"), the surname stays.
        """
        known = {s.name for s in self.speakers if " " in s.name} | {name for _, name in self.mentions}
        if " " in source:
            # "Hawk Sawyer" after "Kathleen Hawk Sawyer" (a first name before it, not "Syria Geir Holm")
            names = self.config.female_names | self.config.male_names
            longer = {name for name in known if name.endswith(" " + source) and name.split()[0].lower() in names}
            return longer.pop() if len(longer) == 1 else source
        # (a title run into the name stays out of it: "joined by Justices Clarence Thomas and…")
        fits = {without_title(name, self.config)[0] for name in known if source == name.split()[-1]}
        # ("Tsui" after "Tsim Sha Tsui" and "Grace Tsui Mei-ling": a surname may stand inside a name; two fit)
        fits |= {name for name in known if source in name.split()[1:-1]} if fits else set()
        if not fits:
            # a first name for the full name of one who spoke ("Kia said" is no "Kia Telluride SUVs" mentioned)
            fits = {s.name for s in self.speakers if " " in s.name and source == s.name.split()[0]}
        return fits.pop() if len(fits) == 1 else source

    def record(self, source: str, person: bool, index: int, sentence: str) -> None:
        """Remember a speaker, for a "he said" later on."""
        if person and self.gender(source) is None and (_named_as_body(sentence, source) or _ORG_LIKE.search(source)):
            # "The group that owns her music, Big Machine, says", "Tagus Engenharia said": a body with a
            # person's shape
            person = False
        if person and _plural_verb_after(sentence, source) and self.gender(source) is None:
            self.groups.append((index, source))  # "Big Machine have denied it": a body spoken of as many
            self.named_bodies.setdefault(index, set()).add(source)
        elif person:
            gender = (
                self.gender(source) or _pronoun_near(sentence, source, self.config)
                or _pronoun_reported(sentence, source, self.config) or self._sole_pronoun(source, index)
            )
            if gender:
                self.genders.setdefault(source.split()[-1], gender)
            self.speakers.append(_Speaker(source, gender, index))
        elif source.lower().split()[-1] in self.config.plural_nouns or (
            " and " in source and not _BODY_HEAD.search(source)  # (not "Centre for Disease Control and Prevention")
        ):
            self.groups.append((index, source))
            if _proper_body(source):
                self.named_bodies.setdefault(index, set()).add(_without_article(source))
        else:
            self.bodies.append((index, source))
            words = source.split()
            if words[0].lower() == "the" and len(words) > 1 and is_name(words[1]):
                words = words[1:]  # "the Kenya National Commission on Human Rights"
            elif not is_name(words[0]) and is_name(words[-1]):
                at = len(words) - 1  # "the grid operator E-Redes": the name its kind introduces
                while at > 0 and is_name(words[at - 1]):
                    at -= 1
                words = words[at:]
            if is_name(words[0]):
                self.named_bodies.setdefault(index, set()).add(" ".join(words))  # "Amnesty", "Big Machine"
            head = source.split()[-1]
            if head.islower() and head.lower() not in _BODIES:
                self.voices.append(index)  # "a police official", "the housing minister": a he or a she
                gender = _GENDERED_ROLES.get(head.lower()) or _pronoun_before_saying(sentence, source)
                if gender and source.split()[0].lower() in {"a", "an", "one"}:
                    self.unnamed.append(_Speaker(source, gender, index))
                elif self.unnamed and self.unnamed[-1].name == source:
                    self.unnamed.append(_Speaker(source, self.unnamed[-1].gender, index))  # "the spokesperson said"

    def resolve(self, pronoun: str, index: int, opens: bool = False) -> str | None:
        """The speaker a pronoun stands for, or None when that is in doubt.

        `opens`: the pronoun opens its sentence, so the people it names come after it.
        """
        if pronoun in {"p", "n"}:
            # "they said" right after a group spoke, "it said" right after a ministry or a company did
            # ("The Rapid Support Forces said… It said": a name that is plural in form is one body)
            named_groups = [(at, g) for at, g in self.groups if _proper_body(g)]
            own = self.groups if pronoun == "p" else sorted(
                [(at, b) for at, b in self.bodies if not _personal(b)] + named_groups
            )
            recent = [(at, name) for at, name in own if index - at <= 1]
            if not recent and pronoun == "n" and (acting := self.acting_body(index - 1)):
                return acting  # "The OBR, the fiscal watchdog, cut its forecast… It said": the body that acted
            groups = self.bodies if pronoun == "p" else [g for g in self.groups if g not in named_groups]
            others = [at for at, _ in groups if index - at <= 1]
            others += [s.sentence for s in self.speakers if index - s.sentence <= 1]
            # (one body, with its article or without: "the Central Bank of Kenya", then "Central Bank of Kenya")
            if len({_without_article(name) for _, name in recent}) != 1 or any(at > recent[-1][0] for at in others):
                return None
            # another of the same kind spoke just before: "Officials said… Rebels said… They said"
            latest = _without_article(recent[-1][1])
            # (not one that spoke in the same sentence as the latest, which has spoken alone since: "Russia's
            # ministry said…, but Ukraine's military said… The ministry said… It said")
            alongside = {at for at, name in own if _without_article(name) == latest and at < recent[-1][0]}
            if any(
                _without_article(name) != latest and index - at <= 2 and not self._named_in(name, index)
                and at not in alongside
                # (one that spoke in the paragraph before the latest's is no rival: "Russia has claimed… ¶ The
                # Russian defence ministry said… It said")
                and (self._same_paragraph(at, recent[-1][0]) or recent[-1][0] != index - 1 or pronoun == "p")
                for at, name in own
            ):
                return None  # (not one this sentence names: "It blamed the RSF for the attacks")
            return recent[-1][1]
        unnamed = self._unnamed_voice(pronoun, index)
        if unnamed:
            return unnamed
        for speaker in reversed(self.speakers):
            if index - speaker.sentence > self.config.pronoun_window:
                return None
            if any(speaker.sentence < at < index for at in self.voices):
                return None  # "Lopez said… 'Only 12,' a police official said. 'The rest left,' she added."
            gender = speaker.gender or self.gender(speaker.name)
            if (
                gender in {None, pronoun} and opens and self._subject_goes_on(speaker, index)
                and (gender == pronoun or not self._another_of_gender(speaker, pronoun, index))
                and not self._beside_of_gender(speaker.name, speaker.sentence, pronoun)
            ):
                # "Montell Figgins, who represents Thomas, said… He said Thomas is…": the subject who spoke
                # in the sentence just before goes on speaking, whoever else that sentence named; and the
                # pronoun tells their gender for the rest of the article
                self.genders.setdefault(speaker.name.split()[-1], pronoun)
                return speaker.name
            if gender is None:
                return None  # the nearest speaker might be meant: in doubt
            if gender != pronoun:
                continue
            if self._paragraph_moved_on(speaker, index):
                return None  # "…," said Ivers. ¶ "The chairwoman, Maria Lund, was elected in 2019. He said…"
            surname = speaker.name.split()[-1]
            for at, name in self.mentions:
                # someone else named since, who could be the one meant; or named beside the speaker, in
                # their paragraph ("Osei and Haddad met. Haddad said… He said"); or another man (woman)
                # who spoke just before them ("Mr Osei said… Mr Haddad said… He said")
                gender = self.gender(name)
                if surname in name or gender not in {None, pronoun} or (opens and at == index):
                    continue  # (who "He says…" speaks of in its own sentence comes after the pronoun)
                if "#" in name and at == speaker.sentence:
                    continue  # "Persson said the woman's testimony had weakened. She added…": the one who spoke
                if gender is None and (self._known_body(name, index) or _ENDS_AS_BODY.search(name)):
                    # "Swift accused Big Machine… She claimed": the label spoke as a body before; "Rawiri flew
                    # in with Defence Force personnel… He told reporters": a body is no he
                    continue
                if (
                    at >= speaker.sentence or self._same_paragraph(at, speaker.sentence)
                    # (another he who spoke two sentences before the speaker, with a sentence between them, is
                    # no rival when the speaker spoke in the sentence right before the pronoun's)
                    or (gender == pronoun and speaker.sentence - at <= (1 if index - speaker.sentence == 1 else 2)
                        and self._spoke(name, at)
                        # (unless the speaker's own paragraph goes on, and the other spoke in the one before)
                        and not (self._same_paragraph(speaker.sentence, index)
                                 and not self._same_paragraph(at, speaker.sentence)))
                ):
                    return None
            return speaker.name
        return None

    def acting_body(self, at: int) -> str | None:
        """The body a sentence opens with as the subject of what it did, when it names no one else: "The
        OBR, the fiscal watchdog, cut its growth forecast"."""
        if at < 0 or at >= len(self.texts) or any(k == at for k, _ in self.mentions):
            return None
        if any(s.sentence == at for s in self.speakers) or any(k == at for k, _ in self.bodies):
            return None
        m = _ACTING_BODY.match(self.texts[at])
        if m is None:
            return None
        name = m.group(1)
        return name if (name.isupper() and 2 <= len(name) <= 6) or _BODY_HEAD.search(name) else None

    def _sole_pronoun(self, source: str, index: int) -> str | None:
        """The gender of the only he or she in the speaker's sentence, when nobody else named there could be
        them: "Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing"."""
        if index >= len(self.pronoun_genders) or len(self.pronoun_genders[index]) != 1:
            return None
        own = set(source.split())
        others = [
            name for at, name in self.mentions
            if at == index and not own & set(name.split()) and not self._known_body(name, index + 1)
            and ("#" not in name or self.genders.get(name) in {None, *self.pronoun_genders[index]})
        ]
        return None if others else next(iter(self.pronoun_genders[index]))

    def _named_in(self, body: str, index: int) -> bool:
        """Whether sentence `index` names this body, in full or by its initials."""
        text = self.texts[index] if index < len(self.texts) else ""
        names = [_without_article(body)]
        names += [initials for initials, full in self.acronyms.items() if full == names[0]]
        return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)

    def _unnamed_voice(self, pronoun: str, index: int) -> str | None:
        """The unnamed voice of this gender who spoke last, when nobody spoke or was named since who could be
        meant: "A military spokesperson, who… because he was not authorised…, said… He said troops…"."""
        if not self.unnamed:
            return None
        voice = self.unnamed[-1]
        if voice.gender != pronoun or not 0 < index - voice.sentence <= self.config.pronoun_window:
            return None
        if any(s.sentence >= voice.sentence for s in self.speakers):
            return None
        if any(voice.sentence < at < index for at in self.voices):
            return None  # another voice spoke since
        for at, name in self.mentions:
            if voice.sentence <= at < index and self.gender(name) in {None, pronoun} and not (
                name.isupper() or self._known_body(name, index) or ("#" in name and at == voice.sentence)
            ):
                return None  # someone named since, or beside the voice, may be the one meant
        return voice.name

    def _known_body(self, name: str, index: int) -> bool:
        """Whether the article has already spoken of `name` as a body ("The group that owns her music, Big
        Machine, says"), so that it is no he or she."""
        return any(name in names for at, names in self.named_bodies.items() if at < index)

    def _another_of_gender(self, speaker: _Speaker, pronoun: str, index: int) -> bool:
        """Whether someone known to be a he (she) was named or heard in the sentences before the speaker's:
        "Detective John Reyes made the arrest. Taylor Quinn said… '…,' he said" may be Reyes."""
        surname = speaker.name.split()[-1]
        earlier = range(index - self.config.pronoun_window, speaker.sentence)
        names = [name for at, name in self.mentions if at in earlier and "#" not in name]
        names += [s.name for s in self.speakers if s.sentence in earlier]
        if any(surname not in name and self.gender(name) == pronoun for name in names):
            return True
        # "Ioana Bratu said… Radu Ene warned… She said": another who spoke, of a gender nobody told, may be her
        heard = [s.name for s in self.speakers if s.sentence in earlier and surname not in s.name]
        return self.gender(speaker.name) is None and any(self.gender(name) is None for name in heard)

    def _beside_of_gender(self, name: str, sentence: int, pronoun: str) -> bool:
        """Whether the speaker's own sentence names another he (she) in a clause about the speaker's people:
        "Alex Moreno, whose wife Carla runs the shop, said… She said…" may be Carla."""
        text = self.texts[sentence] if sentence < len(self.texts) else ""
        whose = text.find(" whose ")
        if whose < 0:
            return False
        own = set(name.split())
        after = text[whose:]
        names = [w for w in _CAPITALISED.findall(after) if w not in own and w.lower() not in NOT_NAMES]
        # (a name of unknown gender there may be the one meant too)
        kin = {_role_gender(m.group(0)) for m in re.finditer(rf"\b(?:{_KIN})\b", after.lower())}
        return pronoun in kin or any(self.gender(name) in {pronoun, None} for name in names)

    def _subject_goes_on(self, speaker: _Speaker, index: int) -> bool:
        """Whether `speaker` spoke as the subject of the sentence just before `index` (in its paragraph or
        closing the one before: wire copy gives each sentence a paragraph)."""
        at = speaker.sentence
        if at != index - 1 or sum(1 for s in self.speakers if s.sentence == at) != 1:
            return False
        text = self.texts[at] if at < len(self.texts) else ""
        surname = speaker.name.split()[-1]
        # (a place is no one: "said in a briefing at Camp Aguinaldo")
        others = {
            name.split()[-1] for k, name in self.mentions
            if k == at and surname not in name and not _PLACE_BEFORE.search(text, 0, max(0, text.find(name)))
        }
        closing = max(text.rfind('"'), text.rfind("”"))
        if text.lstrip()[:1] in _QUOTE_MARKS or (0 < closing and surname in text[closing:]):
            # '"…," said Vitaliy Hrom, who met Ivan Petrenko. "…," he said.': the tag goes on (also after a
            # quotation's later sentence: '…by land yet," spokesperson Marites Lagdameo said.'), unless
            # someone named there could be this he or she ('"I never met Tom Cole," said Kim Marsh. He…')
            return not any(
                self.gender(name) is not None for k, name in self.mentions if k == at and surname not in name
            )
        if _trailing_tag(text, speaker.name):
            # "Poland will send armoured vehicles, Defence Minister Tomasz Wrona said. The package will
            # arrive in May, he said.": the tag goes on, unless another person is named there
            # (a name of no known gender counts only inside the tag: "in the 37th Epidemiological Week" is
            # no person)
            tag_start = text.rfind(",")
            return not any(
                k == at and surname not in name
                and (self.gender(name) or (is_person(name, self.config) and text.find(name) > tag_start))
                for k, name in self.mentions
            )
        if at >= len(self.subjects) or self.subjects[at] != speaker.name:
            return False
        # others named there only in the clause about the speaker, before the verb ("who represents
        # Thomas"); one named in what was said ("said Omar Haddad had lied") could be the next "he"
        verb = _FIRST_SAYING.search(text)
        if verb is not None and all(0 <= text.find(other) < verb.start() for other in others):
            return True
        # "Morrison testified that he did not always follow suggestions from Sondland. He said…": what the
        # speaker reported was about themself, so who else it named is no rival
        return _pronoun_reported(text, speaker.name, self.config) is not None

    def _told_otherwise(self, at: int, pronoun: str) -> bool:
        """Whether sentence `at` uses a pronoun of the other gender (the subject may be that one)."""
        other = "m" if pronoun == "f" else "f"
        return at < len(self.pronoun_genders) and other in self.pronoun_genders[at]

    def _paragraph_moved_on(self, speaker: _Speaker, index: int) -> bool:
        """Whether the pronoun's paragraph is a new one that opened on someone other than the speaker."""
        if self._same_paragraph(speaker.sentence, index):
            return False
        at = index - 1
        while at > speaker.sentence and self._same_paragraph(at, index):
            subject = self.subjects[at] if at < len(self.subjects) else None
            if subject and subject.split()[-1] not in speaker.name:
                return True
            at -= 1
        return False

    def _spoke(self, name: str, at: int) -> bool:
        return any(s.sentence == at and s.name == name for s in self.speakers)

    def _same_paragraph(self, a: int, b: int) -> bool:
        return a < len(self.paragraphs) and b < len(self.paragraphs) and self.paragraphs[a] == self.paragraphs[b]


# words that qualify an office before a name: "Deputy prosecutor X", "Former minister Y"
_RANKS = frozenset("deputy acting interim former senior assistant associate junior lead principal outgoing".split())
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_WOMEN = frozenset("woman girl mother wife daughter sister widow grandmother aunt niece bride businesswoman".split())
_MEN = frozenset("man boy father husband son brother widower grandfather uncle nephew groom businessman".split())
# a person the article does not name: "a woman", "the soldier", "one nurse", "another witness"
_SOMEONE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s(?:[a-z]+\s){0,2}?"
    r"(woman|girl|mother|wife|daughter|sister|widow|grandmother|aunt|niece|bride|businesswoman|man|boy|father|"
    r"husband|son|brother|widower|grandfather|uncle|nephew|groom|businessman|soldier|nurse|doctor|teacher|student|"
    r"resident|witness|survivor|farmer|worker|driver|officer|medic|volunteer|neighbour|neighbor|relative|"
    r"shopkeeper|fighter|victim|passenger|patient|refugee|villager|protester|journalist|photographer|lawyer)\b"
)
# one capitalised word as a clause's subject: at the start, or after a comma, before a lower-case word
# (a verb after it: "Putin ordered", "Peskov has"; not "“Space exploration…", "Small player…")
_LONE_SUBJECT = re.compile(
    # (after a quotation's close only where it ends on its own stop: not the scare quote of '"liberated" Novoselivka,')
    r"(?:^|[,;:]\s|[,.!?][\"”]\s|(?:^|\s)[\"“])([A-Z][a-z][\w'’-]*)"
    r"(?=,\s|\s(?:[a-z]+(?:ed|s)|has|had|was|is|will|would|did|does|"
    r"can|could|may|might|must|should|met|made|took|gave|went|came|saw|won|lost|led|ran|got|left|put|set|held|kept|"
    r"sent|spent|told|thought|brought|bought|began|wants|knew|became|fell|rose|hit|cut|paid|sold|won't|didn't|"
    r"isn't|wasn't|also|then|now|never|still)\b)"
)
_DEMONYM_BEFORE_NOUN = re.compile(
    r"(?:[A-Z][a-z]+(?:ian|ean|ese|ish|i|ic)|German|American|Mexican|Korean|French|Dutch|Thai|Czech)\s"
    r"(?:forces|troops|soldiers|officials|authorities|police|jets|drones|missiles|warplanes|strikes|diplomats|"
    r"lawmakers|leaders|ministers|negotiators|investigators|media|military|army|navy|government)\b"
)
_COURTESY = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mister|Madam|Sir|Dame|Lady)\.?\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)")
_KIN = "|".join(sorted(KIN))
_KIN_WORDS = re.compile(rf"\b(?:{_KIN}|partner|children|family)\b")  # someone's people, named or not
_KIN_NAMED = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+({_KIN}),?\s+([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?)"
)
_COURT_OPENER = re.compile(
    r"\s*(Prosecuting|Defending|Mitigating|Representing \w+),\s+((?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]*)"
)
_NAMED_THEN_ROLE = re.compile(
    r"([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)+),\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    # (an owner first: "Rovers’ chief executive", "the trust’s chair")
    r"(?:[A-Za-z][\w-]*(?:['’]s|s['’])\s+)?(?:[a-z][\w-]*\s+){0,2}([a-z]+)(?=[,.;]|\s+(?:at|of|for|with|in|from|to)\b)"
)
_HIS = frozenset({"he", "his", "him", "himself"})
_HERS = frozenset({"she", "her", "hers", "herself"})
_KIN_THEN_NAMED = re.compile(
    rf"(?<![Hh]is\s)(?<![Hh]er\s)(?<![Tt]heir\s)\b({_KIN}|businesswoman|businessman|schoolgirl|schoolboy|chairwoman|"
    r"chairman|spokeswoman|spokesman|congresswoman|congressman|councilwoman|councilman)\s+"
    r"([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){1,2})"
)
_NAMED_THEN_KIN = re.compile(
    r"([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?),\s+(?:the|a|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"({_KIN}|chairwoman|spokeswoman|businesswoman|chairman|spokesman|businessman)\b"
)


_PLACE_NAMED_BEFORE = re.compile(
    r"(?:^\W*|\b)(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|(?:town|city|village|region|province|district|"
    r"county|port|capital|state|island)\s+of)\s+"
    # ("in Haryana and Uttar Pradesh": the second place of a pair)
    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,?\s+(?:and|or)\s+)?$"
)
_BODY_WORD_AFTER = re.compile(
    r"\s(?:sub)?(?:committee|commission|ministry|department|council|panel|agency|office|bureau|board|court|party|"
    r"caucus|group|service|authority|force|forces|programme|program|fund|bank|union|association)\b"
)
_WORKPLACE_BEFORE = re.compile(r"\b[a-z]+(?:er|ist|or|ian|ent|ant|st)s?\s(?:at|with)\s$")
def _from_prefixes(initials: str, words: list[str]) -> bool:
    """Whether initials are the first letters of the last words of a name ("CENTCOM": US CENTral COMmand)."""
    def fits(rest: str, at: int) -> bool:
        if not rest:
            return at == len(words)
        if at == len(words):
            return False
        word = words[at].upper()
        return any(fits(rest[n:], at + 1) for n in range(1, min(len(word), len(rest)) + 1) if word[:n] == rest[:n])
    return len(initials) >= 4 and any(fits(initials, start) for start in range(len(words)))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_COUNTERPART = re.compile(r"\bcounterparts?\b|\bfellow\b", re.IGNORECASE)


def _outermost(names: set[str]) -> set[str]:
    """The names not held inside a longer one of them: one body under its name and a shorter one
    ("Amnesty International", "Amnesty") is one."""
    return {name for name in names if not any(name != other and name in other for other in names)}


def _without_article(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")


def _proper_body(name: str) -> bool:
    """A body's proper name, plural in form: "Rapid Support Forces", "the Houthis" (not "officials", not
    "Russia and China")."""
    words = _without_article(name).split()
    return bool(words) and all(w[:1].isupper() or w in JOINERS for w in words) and " and " not in name


_OPENING_NAME_RUN = re.compile(r"((?:[A-Z][\w&'’.-]*)(?:\s[A-Z][\w&'’.-]*){0,3})(?:,|\s[a-z])")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near|to|outside|inside)\s(?:the\s)?$")
_VOICES = frozenset({"official", "diplomat", "source", "aide", "spokesperson", "spokesman", "spokeswoman"})
_GENDERED_ROLES = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}


def _role_gender(noun: str) -> str:
    noun = noun.lower()
    return "f" if noun in _WOMEN or noun.endswith("woman") else "m"
_THING_OWNED = re.compile(r"\b(?:its|their|our|your)\s$", re.IGNORECASE)


def _capitals(pattern: str) -> str:
    """A pattern whose "[CAP]" stands for a capital letter, accented ones included ("Étienne", "Łukasz"), or
    an Arabic article before one ("Khalid al-Amin")."""
    return pattern.replace("[CAP]", "(?:[A-ZÀ-ÖØ-ÞŁŚŠŽČĆŘŻŹŃ]|(?:al|el|ul|ad|as|ash)-(?=[A-Z]))")


_NAME_RUN = re.compile(_capitals(
    r"(?<![\w'’-])[CAP][\w'’.-]+(?:\s(?:(?:van|von|de|der|den|da|du|ter|dos)\s){0,2}[CAP][\w'’.-]+){1,6}"
))


# a sentence that opens with a name run (after a conjunction; before an apposition: "Tim Ward, 52,"),
# followed by a lower-case word
# what may stand before a main clause's subject: a conjunction, and a fronted clause or adverbial ("In a
# letter to the board in May,", "When his advisers suggested it,")
_LEADING = (
    r"(?:(?:But|And|Yet|Meanwhile|Still|Later|Then|Now),?\s+)?"
    # (the opener in lower case after a connective: "Then, last week, Taylor Swift posted…")
    r"(?:(?i:In|On|At|When|After|Before|As|While|Although|Though|Despite|During|Following|Last|This|Earlier|Later|"
    # ("In the village of Maaroub, east of Tyre, Zeinab Fawaz sat…": a place and where it lies)
    # ("Addressing lawmakers before the vote, Brenner defended…": what the subject was doing)
    r"Speaking|Asked|Since|Until|Under|With|Without|Because|If|Outside|Inside|Near|Across|Around|Behind|Along|"
    r"(?-i:[A-Z])[a-z]{2,}ing)\b"
    r"[^,;:\"“”]{0,160},\s+(?:[a-z][^,;:\"“”]{0,60},\s+)?"
    r"|(?:Prosecuting|Defending|Mitigating|Sentencing|Opening|Summing up|Giving evidence|Responding),\s+)?"
)
_OPENING_NAME = re.compile(_capitals(
    _LEADING + r"((?:[CAP][\w'’.-]*\s+){0,4}[CAP][\w'’-]*)"
    r"(?:,\s[a-z0-9][^,;:\"“”]{0,80},)?\s+([a-z][\w'’-]*)"
))
# "Dr Anna Kowalczyk of Warsaw University is more cautious": a person, where they work, then the verb
_OPENING_NAME_AT = re.compile(_capitals(
    _LEADING + r"((?:[CAP][\w'’.-]*\s+){0,3}[CAP][\w'’-]*)"
    r"\s(?:of|at|from)\s(?:the\s)?(?:[A-Z][\w'’.&-]*\s){0,4}[A-Z][\w'’-]*,?\s+([a-z][\w'’-]*)"
))
# a role, then the person: "U.N. aid chief Adaeze Ferreira briefed", "The town's mayor, Kevin Ashdown, grew up"
_NAMED_WHO_BECAME = re.compile(
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+), who (?:became|is|was|has been|had been|serves as|took over as) "
    r"(?:the |its |their )?((?:[a-z-]+ ){0,2}[a-z-]+)"
)
_LOWER_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s$")
_ROLE_THEN_NAME = re.compile(_capitals(
    _LEADING + r"(?:(?:The|A|An|His|Her|Their)\s+|(?:[A-Z][\w.'’-]*\s+){1,2})?(?:[a-z][\w'’-]*\s+){0,3}"
    r"(?P<role>[a-z][\w-]*)(?:\s+(?:in|at|for|of|on)\s+(?:the\s+)?(?:[CAP][\w'’.-]*\s+)*[CAP][\w'’.-]*?)?,?\s+"
    r"(?P<name>(?:[CAP][\w'’.-]*\s+(?:(?:of|for)\s+)?){0,5}[CAP][\w'’-]*),?\s+(?P<verb>[a-z][\w'’-]*)"
))
# a wire story's dateline: "FRANKFURT/TOKYO, June 12 (Reuters) - ", "LONDON — "
_DATELINE = re.compile(r"[A-Z][A-Z/ .'-]+(?:,\s[A-Z][a-z]+\.?\s\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*")
# a name opening its sentence before a verb that shows it acts: "Volkswagen is giving", "Ford will display"
_OPENING_BODY = re.compile(
    _LEADING + r"((?:[A-Z][\w&'’.-]*\s+){0,2}[A-Z][\w&-]*)\s+"
    r"(?:is|was|has|had|will|would|plans|planned|said|says|announced|reported|unveiled|launched|posted)\s"
)
def _trailing_tag(text: str, name: str) -> bool:
    """Whether a sentence ends on its speaker's tag after a comma: "…, Defence Minister Tomasz Wrona said."."""
    surname = re.escape(name.split()[-1])
    tag = rf",\s(?:[A-Z][\w.'’-]*\s+){{0,5}}{surname}\s+(?:said|says|told reporters|added)\.?\s*$"
    # (or the verb first: "…, says Health Minister Datuk Seri Dr Rahimah Zulkifli.")
    inverted = rf",\s(?:said|says|added)\s+(?:[A-Z][\w.'’-]*\s+){{0,7}}{surname}\.?\s*$"
    return re.search(tag, text) is not None or re.search(inverted, text) is not None


_QUOTE_MARKS = frozenset('"“‘\'')
_FIRST_SAYING = re.compile(r"\b(?:said|says|told|added|explained|argued|insisted|noted|wrote)\b")
# after an opening name run, words that show it is not the subject: "Biden and Harris", "Reuters in London"
_NOT_A_VERB = frozenset("and or nor of for in at on from to with by & as than".split())
_ACRONYM_SAYING = re.compile(r"(?<![\w-])([A-Z]{3,})\s+(?:has\s+|had\s+|also\s+)?([a-z]+)")
# the heads of a body spoken of by its kind: "the company", "the news organization"
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the"})
_SOMEONES_VOICE = re.compile(r"['’]s\s[a-z]")
_ORGANISATIONS = frozenset(
    "company organization organisation group firm agency network label taxman broadcaster outlet newspaper paper "
    "channel charity carrier airline retailer watchdog regulator ngo institute foundation studio publisher "
    "automaker carmaker manufacturer maker giant bank lender insurer chain operator developer supplier exporter "
    "producer miner conglomerate startup brand club team business corporation conglomerate utility mission body "
    "bloc think-tank".split()
)

# how many sentences back a word is looked for in lower case (a window keeps long pastes linear)
_LOWER_CASE_LOOKBACK = 60
# endings of nouns that name a thing or a doing, never a body: "Production", "Investment", "Spending"
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ism", "ship", "ure", "ings", "ions")

# "California-based", "Stockholm-listed": where a body is, not who it is
_PLACE_BASED = re.compile(r"[A-Z][\w.]*-(?:based|listed|headquartered|registered),?")
# "the NSW State Emergency Service (SES)"; a body's name of three or more capitalised words
_NAME_THEN_ACRONYM = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s(?:(?:of|for|and|on|the|in|&)\s)*){1,7}[A-Z][\w&-]*)\s\(([A-Z][A-Z0-9]{1,7})\)"
)
_BODY_HEADS = (
    r"(?:Department|Ministry|Office|Agency|Commission|Council|Service|Centres?|Centers?|Association|Federation|"
    r"Foundation|Society|League|Union|Fund|Programme|Program|Authority|Institute|Bureau|Administration|Board|"
    r"Organi[sz]ation|Committee|Forces|Force|Front|Party|Movement|Alliance|Army|Network|Coalition|Congress|"
    r"Court|Bank|Corporation|Observatory|Mission|Guard|Police|Tribunal|Assembly|Reserve|Survey|Unit|Inquiry|Navy|"
    # a company's name by its legal form or its trade
    r"Inc|Corp|Ltd|Limited|Plc|PLC|LLC|Holdings|Therapeutics|Pharmaceuticals|Technologies|Airlines|Airways|Motors|"
    r"Telecom|Labs|Insurance|Securities|Petroleum|Biologics|Biosciences|Biotech|Pharma|Industries|Electronics|"
    r"Robotics|Logistics|Systems|Group|Media|Entertainment|Studios|Records|Brands|Foods|Red Cross|Red Crescent)"
)
# (a name goes on after "on" or "of", but not into when: "the Central Bank of Kenya on Tuesday")
_NOT_A_DAY = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
_BODY_NAME = re.compile(  # ("City of London Police": a place's name before the head)
    rf"(?:(?!The\b)[A-Z][\w&-]*\s(?:(?:of|and)\s(?=[A-Z]))?){{0,4}}?{_BODY_HEADS}\b"
    rf"(?:\s(?:(?:of|for|and|on|the)\s)*{_NOT_A_DAY}[A-Z][\w&-]*)*"
)
_BODY_HEAD = re.compile(_BODY_HEADS)  # (a quick look before the slower search for the whole name)
_ENDS_AS_BODY = re.compile(rf"\b{_BODY_HEADS}$")
# "Shares in Ashdown Engineering fell 12%": the company whose shares they are
_SHARES_OF = re.compile(r"(?:^|\W)[Ss]hares (?:of|in) ((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&-]*)")


def _shares_of(sentence: str) -> str | None:
    m = _SHARES_OF.search(sentence) if "hares " in sentence else None
    return m.group(1) if m and lower_word(m.group(1).split()[0]) not in NOT_NAMES else None


# a capitalised run ("in contact with Sulawesi Air"), and the words before a place's name
_NAME_RUN_ANY = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*)*")
_PLACE_WORDS = frozenset({"in", "at", "from", "near", "to", "across", "outside", "inside", "of"})
_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman representative".split())
_ORG_LIKE = re.compile(
    r"\b(?:Air|Airlines?|Airways|Bank\w*|Inc|Corp|Corporation|Co|Company|Group|Ltd|LLC|Plc|PLC|Holdings|Trust|"
    r"Pharma\w*|Motors|Energy|Technologies|Systems|Partners|Capital|Financial|Media|Networks?|Labs?|Industries|"
    r"Foods|Brands|Airport|Railways?|Telecom\w*|Engineering|Engenharia|Ingenier[ií]a|Construction|Logistics|"
    r"Solutions|Ventures|Resources|Mining|Insurance|Shipping|Properties|Therapeutics|Biotech|Software|"
    r"Electronics|Semiconductors?|Steel|Cement|Petroleum|Chemicals|Automotive|Retail|Stores|\w+Works)\b"
)
_ALWAYS_CAPITALISED = re.compile(
    r"(?:I|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# kinds of body whose name tells them: an airline's ("Sulawesi Air"), a bank's, a public body's
_KIND_NAMES = {
    "airline": re.compile(r"\b(?:Air|Airlines?|Airways|Aviation|Aero\w*|Jet\w*)\b"),
    "carrier": re.compile(r"\b(?:Air|Airlines?|Airways|Aviation|Aero\w*|Jet\w*|Shipping|Lines?|Telecom\w*|Mobile)\b"),
    "bank": re.compile(r"\b(?:Bank\w*|Banc\w*|Trust|Financial|Capital|Savings|Credit)\b"),
    "taxman": re.compile(r"\b(?:Revenue|Tax\w*|Inland|Customs|Excise)\b"),
    "lender": re.compile(r"\b(?:Bank\w*|Banc\w*|Trust|Financial|Capital|Savings|Credit|Lending|Loans?)\b"),
    "utility": re.compile(r"\b(?:Electric\w*|Power|Energy|Gas|Water|Edison|Utilit\w*|Light)\b"),
}
_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Agency|Administration|Commission|Authority|Service|Office|Bureau|Council|Court|"
    r"Police|Army|Government|Parliament|Senate|Congress|Regulator|Board|Military|Centres?|Centers?|Unit|"
    r"Defen[cs]e Forces|Armed Forces|"
    r"Inquiry|Tribunal)\b"
    # the UN's agencies: "The World Health Organization (WHO) said… the UN agency added"
    r"|\b(?:World Health|International Labour|Food and Agriculture|World Meteorological) Organi[sz]ation\b"
    r"|\bWorld Food Programme\b|\bInternational Organi[sz]ation for Migration\b|\bUnited Nations\b"
    r"|\b(?:UNICEF|UNHCR|UNRWA|OCHA|WHO|WFP|IOM|UNFPA|UNDP|UNESCO|IAEA)\b"
    # central banks regulate: "the Central Bank of Kenya… The regulator said"
    r"|\b(?:Central|Reserve) Bank\b|\bFederal Reserve\b|\bBank of (?:England|Japan|Canada|Korea)\b",
    re.IGNORECASE,  # ("the army" is as public as "the Army")
)
_TRADE_BODY = re.compile(r"\b(?:Business|Trade|Industry|Industries|Employers['’]?|Chamber|Commerce|Manufacturers)\b")
# the names of a state's armed force: "the Israeli military", "Sudan's army", "the Israel Defense Forces"
_STATE_FORCE_ENDS = r"[Mm]ilitary|(?:Defen[cs]e|Armed) Forces"
_ARMED_FORCE = re.compile(rf"\b(?:[Aa]rmy|{_STATE_FORCE_ENDS})$")
# words that describe any body of its kind: "the same company", "the new agency"
# (and words of level or size, which tell no body's kind from another's: "the civic body", "the state agency")
_PLAIN_DESCRIPTIONS = frozenset(
    "same new former latter other whole entire civic public local national federal state regional provincial "
    "municipal main largest biggest leading top global international private independent official".split()
)
_POLICE_FORCE = re.compile(r"\b(?:Police|Constabulary|Gendarmerie)(?:\s+(?:Force|Service|Department))?$")
# the forces a bare word may stand for, by how their names end
_FORCE_NAMES = {
    "army": _ARMED_FORCE, "armed forces": _ARMED_FORCE,
    # ("the military" is a state's: not the "Arakan Army" a story about a rebel army named)
    "military": re.compile(rf"\b(?:army|{_STATE_FORCE_ENDS})$"),
    "navy": re.compile(r"\bNavy$"), "force": _POLICE_FORCE,
}
_DETERMINER = re.compile(r"^(?:An?|The|the)\s")
# a subject body of many words, its initials after it: "The World Health Organization (WHO) has sent…"
# a body that opens its sentence and acts, past an apposition: "The OBR, the fiscal watchdog, cut…"
# a body's name of several words: "the World Health Organization", "Office for the Coordination of…"
# a body's name of several capitalised words and the joiners inside it ("Veterans of Foreign Wars")
BODY_RUN = r"(?:[A-Z][\w&'’.-]*\s(?:(?:of|for|and|on|the)\s)*){0,7}[A-Z][\w&-]*"
# a one-word name opening its sentence, then its verb: "Toyota sold…", "Toyota assumes…"
_ONE_NAME_ACTS = re.compile(r"\W*([A-Z][\w&'’-]+)\s(?:has\s|have\s|had\s|also\s)?[a-z]+(?:ed|s)\b")
_ACTING_BODY = re.compile(
    rf"\W*(?:The\s+)?({BODY_RUN})(?:"
    r"(?:\s\([A-Z]{2,8}\))?(?:,\s(?:the|a|an)\s[^,]{1,60},)?\s(?:has\s|have\s|had\s)?[a-z]+ed\b"
    r"|,\s(?:the|a|an)\s[^,]{1,60},\s(?:cut|put|set|kept|held)\b)"  # (the verbs without -ed, past an apposition)
)
_SUBJECT_BODY = re.compile(
    rf"(?:The\s+)?({BODY_RUN})(?:\s\([A-Z]{{2,8}}\))?"
    r"\s(?!said\b|says\b)[a-z]"
)
# last words of a sentence's opening name that make it no body: "Last Tuesday", "New York City"
_NOT_BODY_ENDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday City Province State County Island Islands".split()
)
_PUBLIC_KINDS = frozenset({"regulator", "watchdog", "agency", "ministry", "department", "authority", "taxman"})
_ANY_KINDS = frozenset({"organisation", "organization", "mission", "body", "think-tank", "bloc"})


def _kind_fits(kind: str, body: str) -> bool:
    """Whether a body of this name can be "the <kind>": "the airline" is an airline's name, "the company" no
    ministry's, "the regulator" no bank's."""
    if kind in _KIND_NAMES:
        return _KIND_NAMES[kind].search(body) is not None
    if kind in _ANY_KINDS:
        return True  # "the organisation" may be a ministry or a firm
    # (a business council or chamber is no public body: "the business group")
    public = _PUBLIC_BODY.search(body) is not None and not _TRADE_BODY.search(body)
    if kind in _PUBLIC_KINDS:
        return public or (body.isupper() and len(body) <= 6)
    return not public


def is_bare_kind(source: str) -> bool:
    """ "the company", "The German carmaker", "the investment bank", "The San Jose, California-based company",
    "the office": a kind of body, no name."""
    words = [w for w in source.split() if not _PLACE_BASED.fullmatch(w)]
    if words and words[0].lower() != "the":
        words = ["the", *words]  # "California-based company"
    if len(words) == 2 and words[0].lower() == "the" and words[1] == "office":
        return True
    if len(words) == 3 and words[0].lower() == "the" and words[1] in _UMBRELLAS and words[2] in _ORGANISATIONS:
        return True  # "the UN agency": one of the UN's many agencies, no name
    return (
        2 <= len(words) <= 4 and words[0].lower() == "the" and all(w.islower() for w in words[1:])
        and words[-1] in _ORGANISATIONS
    ) or (2 <= len(words) <= 4 and words[0].lower() == "the" and words[1][:1].isupper() and _demonym_kind(words))


# bodies with many agencies of their own: "the UN agency" names none of them
_UMBRELLAS = frozenset({"UN", "U.N.", "EU", "E.U.", "UN's", "U.N.'s", "EU's"})


def _demonym_kind(words: list[str]) -> bool:
    """ "The German carmaker", "the British lender": a country's word, then a kind."""
    kind = all(w.islower() for w in words[2:]) and words[-1] in _ORGANISATIONS
    return kind and _DEMONYM.fullmatch(words[1]) is not None


# the heads of a body's name that "the commission" or "the court" stands for only when the name has it
_NAMED_KINDS = frozenset(
    "commission committee council board panel court tribunal institute authority service bureau department "
    "ministry office union party fund association federation alliance coalition assembly observatory".split()
)
# a question put to someone, and an answer: whose words come next is in doubt
_ASKING = re.compile(r"\b(?:asked|pressed|questioned|quizzed|challenged|grilled|interviewed)\s+(?:[A-Z]|him\b|her\b)")
_PUT_TO = re.compile(r"\bput it to (?:him|her|them)\b")
_REPLYING = re.compile(r"\b(?:replied|responded|answered|retorted|countered)\b")
# a person spoken of by their nation: "the Italian", "the Spaniard", "the Frenchman"
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ian|ese|ard|ean|ine)|(?:French|Dutch|English|Irish|Scots|Welsh)man|"
    r"German|American|Mexican|Korean|Dane|Swede|Pole|Croat|Serb|Czech|Scot|Finn|Turk|Kenyan|Ugandan|Nigerian"
)
_PERSONAL = frozenset(
    "person people official officials source sources spokesman spokeswoman spokesperson familiar insider insiders "
    "aide aides man woman".split()
)


def _personal(body: str) -> bool:
    """Whether a source that is no name is still people ("a person familiar with the plans"): never "it"."""
    words = body.lower().split()
    return not _PERSONAL.isdisjoint(words) or (bool(words) and agent_noun(words[-1]))


# roles a named person holds, spoken of again by the role: "the barrister said"
_PERSON_ROLES = frozenset(
    "lawyer barrister solicitor attorney prosecutor judge spokesman spokeswoman agent officer doctor nurse teacher "
    "driver resident witness".split()
)
_OUTLET_KINDS = frozenset("broadcaster outlet newspaper paper channel publisher".split())


_OPENING_PRONOUN = re.compile(_LEADING + r"(He|he|She|she)\s")
# "He said…", "In a letter, she wrote…", '"…," he said.': a pronoun as its sentence's subject
_PRONOUN_SUBJECT = re.compile(r'\s*(?:["“][^"”]+[,.!?]["”]\s*)?' + _LEADING + r"(?:[Hh]e|[Ss]he)\s")


def opens_with_pronoun(sentence: str) -> bool:
    return _PRONOUN_SUBJECT.match(sentence) is not None
_SHE_OR_HE = {"m": re.compile(r"\bhe\b"), "f": re.compile(r"\bshe\b")}


def _nobody_between(sentence: str, pronoun: str) -> bool:
    """Whether no capitalised word stands between the sentence's opening name and its first he (she)."""
    m = _OPENING_NAME.match(sentence)
    found = _SHE_OR_HE[pronoun].search(sentence)
    if m is None or found is None or found.start() < m.end(1):
        return False
    return not _CAPITALISED.search(sentence[m.end(1) : found.start()])


# a name followed by a verb in the plural: the British way with companies and bands ("Big Machine have")
_PLURAL_VERBS = "have|are|were|say|insist|claim|deny|argue|maintain|warn"


def _outside_quotes(sentence: str) -> str:
    quoted, _ = quoted_mask(sentence)
    for a, b in quoted:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def _surname(word: str, config: EngineConfig) -> bool:
    """"Marsh" in "President Marsh": a capitalised word that could be a person's (not "Department's")."""
    return is_person(f"Jane {word}", config)  # a first name before it makes it a whole name


def _named_as_body(sentence: str, name: str) -> bool:
    """Whether the sentence names the body by its kind just before its name: "The company that…, Acme,"."""
    kinds = "|".join(sorted(_ORGANISATIONS))
    return re.search(rf"\b(?:{kinds})\b[^.;:]{{0,80}},\s+{re.escape(name)},", sentence) is not None


def _plural_verb_after(sentence: str, name: str) -> bool:
    surname = re.escape(name.split()[-1])
    return re.search(rf"\b{surname}\s+(?:\w+ly\s+|twice\s+|also\s+)?(?:{_PLURAL_VERBS})\b", sentence) is not None


def _pronoun_before_saying(sentence: str, source: str) -> str | None:
    """ "A military spokesperson, who asked not to be named because he was not authorised…, said": the one
    gender of the pronouns between a voice and its verb of saying."""
    at = sentence.find(source)
    verb = _FIRST_SAYING.search(sentence, at + len(source)) if at >= 0 else None
    if verb is None:
        return None
    words = set(re.findall(r"[a-z]+", sentence[at + len(source) : verb.start()].lower()))
    female, male = bool(words & _HERS), bool(words & _HIS)
    return None if female == male else "f" if female else "m"


def _pronoun_reported(sentence: str, source: str, config: EngineConfig) -> str | None:
    """ "Morrison testified that he did not always follow…": the pronoun that opens what the name reports, right
    after its verb, is the name's own (whoever else the clause names later)."""
    at = sentence.find(source)
    if at < 0:
        return None
    m = _REPORTS_SELF.match(sentence, at + len(source))
    if m is None or m.group(1).lower() not in config.reporting_verbs:
        return None
    return "f" if m.group(2).lower() == "she" else "m"


# a name's verb of saying, then "that he" or "he": "Morrison testified that he", "Lund said she"
_REPORTS_SELF = re.compile(
    r",?\s+(?:also\s+|later\s+|again\s+)?([a-z]+)\s+(?:that\s+)?(he|she)\b(?!\s+(?:said|says|told))"
)


def _pronoun_near(sentence: str, source: str, config: EngineConfig) -> str | None:
    """ "Smith, who has led her party since 2019, said": a pronoun between the name and its verb."""
    quoted, _ = quoted_mask(sentence)
    outside = sentence
    for a, b in quoted:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    at = outside.find(source.split()[-1])
    if at < 0:
        return None
    clause: list[str] = []
    for word in re.findall(r"[a-z]+", outside[at:].lower()):
        if word in config.reporting_verbs:
            break
        clause.append(word)
    words = set(clause)
    female, male = bool(words & _HERS), bool(words & _HIS)
    if female != male:
        return "f" if female else "m"
    return None


