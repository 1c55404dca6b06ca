"""Utterances and transcripts for the D3.6 lesson and exercise (goal D3.6.4: Transcribe, Lex V2).

    >>> from mlsc01.datagen.d3_6_speech_utterances import make_utterances, make_transcripts
    >>> df = make_utterances(seed=0)          # utterance, intent, slots (a dict slot name -> value)
    >>> pairs = make_transcripts(seed=0)      # reference, generic hypothesis, hypothesis with a custom vocabulary

Utterances are templated; ``values="train"`` and ``values="unseen"`` draw slot values from disjoint pools, so a model
trained on one is tested on slot values it has never seen. ``domain="hotel"`` (exercise) and ``domain="bank"``
(lesson) use different intents. Transcript hypotheses are the reference with word substitutions, deletions and
insertions; the generic one also mishears the domain terms, the custom-vocabulary one hears them right.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_DOMAINS = {
    "hotel": {
        "slots": {"City": (["Lisbon", "Oslo", "Kyoto", "Dublin", "Nairobi", "Quito"],
                           ["Porto", "Bergen", "Osaka", "Cork", "Mombasa", "Lima"]),
                  "Nights": (["one", "two", "three", "four"], ["five", "six", "seven"]),
                  "BookingRef": (["AB12", "CX77", "QP03", "LM45"], ["ZZ90", "TR18", "HK66"])},
        "intents": {
            "BookHotel": ["book a room in {City} for {Nights} nights", "i need a hotel in {City}",
                          "reserve {Nights} nights in {City} please", "can you find me a hotel room in {City}",
                          "i want to stay in {City} for {Nights} nights"],
            "CancelBooking": ["cancel booking {BookingRef}", "please cancel my reservation {BookingRef}",
                              "i no longer need the room, reference {BookingRef}", "drop my booking {BookingRef}"],
            "CheckBooking": ["what is the status of booking {BookingRef}", "is my reservation {BookingRef} confirmed",
                             "show me booking {BookingRef}", "check reference {BookingRef} for me"],
            "TalkToAgent": ["i want to speak to a person", "connect me to an agent", "can i talk to someone",
                            "get me a human please", "transfer me to customer service"],
        },
    },
    "bank": {
        "slots": {"Account": (["checking", "savings"], ["business", "joint"]),
                  "Amount": (["50", "120", "300"], ["75", "999", "40"])},
        "intents": {
            "CheckBalance": ["what is the balance of my {Account} account", "how much is in {Account}",
                             "show my {Account} balance"],
            "Transfer": ["move {Amount} euros to {Account}", "transfer {Amount} to my {Account} account",
                         "send {Amount} from {Account}"],
            "ReportCard": ["my card was stolen", "i lost my debit card", "block my card please"],
        },
    },
}


def slot_values(domain: str = "hotel", values: str = "train") -> dict[str, list[str]]:
    """The slot-type values of a domain: ``train`` or ``unseen`` pool."""
    k = {"train": 0, "unseen": 1}[values]
    return {s: list(v[k]) for s, v in _DOMAINS[domain]["slots"].items()}


def make_utterances(seed: int = 0, n: int = 300, domain: str = "hotel", values: str = "train") -> pd.DataFrame:
    """Templated utterances: columns ``utterance``, ``intent`` and ``slots`` (dict of the slots it fills)."""
    rng = np.random.default_rng(seed)
    d = _DOMAINS[domain]
    pool = slot_values(domain, values)
    intents = list(d["intents"])
    rows = []
    for _ in range(n):
        it = intents[int(rng.integers(len(intents)))]
        tpl = d["intents"][it][int(rng.integers(len(d["intents"][it])))]
        slots = {s: pool[s][int(rng.integers(len(pool[s])))] for s in pool if "{" + s + "}" in tpl}
        u = tpl.format(**slots)
        if rng.random() < 0.3:
            u = u.capitalize()
        rows.append((u, it, slots))
    return pd.DataFrame(rows, columns=["utterance", "intent", "slots"])


_SENTENCES = {
    "hotel": ["the guest asked for a late checkout at the {t} property",
              "please add the {t} package to booking {r}", "our {t} rate includes breakfast and parking",
              "the night manager moved the group to the {t} wing"],
    "bank": ["the customer disputed a {t} charge", "we refunded the {t} fee this morning",
             "the {t} transfer cleared at noon"],
}
_TERMS = {"hotel": [("Alfama", "alpha ma"), ("Belém", "bell m"), ("Sintra", "sin tra")],
          "bank": [("SEPA", "sepa"), ("IBAN", "i ban"), ("chargeback", "charge back")]}
_FILLER = ["the", "a", "uh", "and", "to", "of"]


def _corrupt(rng, words: list[str], rate: float) -> list[str]:
    out = []
    for w in words:
        u = rng.random()
        if u < rate / 3:
            continue                                   # deletion
        if u < 2 * rate / 3:
            out.append(str(rng.choice(_FILLER)))       # substitution
        else:
            out.append(w)
        if rng.random() < rate / 3:
            out.append(str(rng.choice(_FILLER)))       # insertion
    return out


def make_transcripts(seed: int = 0, n: int = 40, domain: str = "hotel", rate: float = 0.08) -> pd.DataFrame:
    """Reference transcripts and two hypotheses: ``generic`` (domain terms misheard) and ``custom_vocab``."""
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        s = _SENTENCES[domain][int(rng.integers(len(_SENTENCES[domain])))]
        term, misheard = _TERMS[domain][int(rng.integers(len(_TERMS[domain])))]
        ref = s.format(t=term, r="AB12").split()
        base = _corrupt(rng, ref, rate)
        generic = " ".join(base).replace(term, misheard).split()
        rows.append((" ".join(ref), " ".join(generic), " ".join(base)))
    return pd.DataFrame(rows, columns=["reference", "generic", "custom_vocab"])


def vocabulary_terms(domain: str = "hotel") -> list[str]:
    """The domain terms a custom vocabulary lists."""
    return [t for t, _ in _TERMS[domain]]
