"""Texts and Amazon Comprehend-shaped responses for the D3.6 lesson and exercise (goal D3.6.1).

    >>> from mlsc01.datagen.d3_6_lang_texts import make_tickets, make_entities_response
    >>> df = make_tickets(seed=0)                     # text, label: support tickets in four classes
    >>> text, resp = make_entities_response(seed=0)   # a DetectEntities response for a generated text

The responses have the shape of the real service's output (botocore's output shape of DetectEntities,
DetectSentiment, DetectKeyPhrases and DetectDominantLanguage); the scores are drawn, not computed by a model.
``domain="shop"`` (exercise) and ``domain="travel"`` (lesson) use different vocabularies.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_TICKETS = {
    "shop": {
        "billing": ["I was charged twice for order {n}", "the invoice shows the wrong amount, {n} instead of the price",
                    "please refund the payment for my last purchase", "my card was billed but the discount is missing",
                    "why is there a fee of {n} on my statement"],
        "delivery": ["the parcel has not arrived after {n} days", "the courier left the box at the wrong address",
                     "tracking says delivered but nothing is here", "the package arrived damaged and wet",
                     "can you change the delivery slot to tomorrow"],
        "technical": ["the app crashes when I open the basket", "I cannot log in, the page shows error {n}",
                      "the website is very slow and the checkout button does nothing",
                      "after the update the app freezes on start", "the barcode scanner in the app does not work"],
        "account": ["please delete my account and my data", "I want to change the e-mail address of my profile",
                    "how do I reset my password", "my loyalty points disappeared from my account",
                    "close my account, I moved abroad"],
    },
    "travel": {
        "flight": ["my flight {n} was cancelled", "I missed the connection because the plane was late",
                   "can I choose a window seat on the flight", "the boarding pass shows the wrong gate"],
        "hotel": ["the hotel room was not clean", "I need a late check-out on day {n}",
                  "the hotel charged for breakfast we did not have", "is there parking at the hotel"],
        "luggage": ["my suitcase did not arrive", "the bag was damaged on flight {n}",
                    "how many kilos of baggage can I take", "the lost luggage desk was closed"],
    },
}
_OPENERS = ["", "Hello, ", "Hi team, ", "Good morning. ", "Urgent: "]
_CLOSERS = ["", ".", "!", ". Thanks", ", thank you.", '. The note said "fragile, handle with care".',
            ".\nRegards, a customer", ", please help, it's the third time"]


_ASIDES = {"shop": ["I ordered it with the app last week", "my account number is on the invoice",
                    "the delivery note mentions a refund", "I called before and logged a ticket"],
           "travel": ["I booked the flight and the hotel together", "my bag tag shows the hotel address",
                      "the flight crew sent me to the hotel desk"]}


def make_tickets(seed: int = 0, n: int = 400, domain: str = "shop", label_noise: float = 0.04,
                 asides: float = 0.5) -> pd.DataFrame:
    """Labelled support messages (columns ``text``, ``label``); some contain commas, quotes and newlines.

    A share ``asides`` of the messages carry an aside with another class's words, and ``label_noise`` of the labels are redrawn
    at random (as a busy agent mislabels), so no classifier is perfect.
    """
    rng = np.random.default_rng(seed)
    table = _TICKETS[domain]
    labels = list(table)
    rows = []
    for _ in range(n):
        lab = labels[int(rng.integers(len(labels)))]
        t = table[lab][int(rng.integers(len(table[lab])))].format(n=int(rng.integers(2, 9999)))
        if rng.random() < asides:
            t += ". " + _ASIDES[domain][int(rng.integers(len(_ASIDES[domain])))]
        t = _OPENERS[int(rng.integers(len(_OPENERS)))] + t + _CLOSERS[int(rng.integers(len(_CLOSERS)))]
        if rng.random() < label_noise:
            lab = labels[int(rng.integers(len(labels)))]
        rows.append((t, lab))
    return pd.DataFrame(rows, columns=["text", "label"])


_ENTITIES = {
    "PERSON": ["Maria Lopez", "Jon Berg", "Aiko Tanaka", "Samuel Okafor", "Lena Fischer"],
    "LOCATION": ["Lisbon", "Oslo", "Nairobi", "São Paulo", "Kyoto", "Dublin"],
    "ORGANIZATION": ["AnyCompany", "Example Corp", "Octank Logistics", "Northwind Bank"],
    "DATE": ["Monday", "12 March", "last week", "2026-05-14"],
    "QUANTITY": ["3 boxes", "two pallets", "40 kg"],
    "COMMERCIAL_ITEM": ["the X200 kettle", "a Model S scooter", "the Pro blender"],
}
_FRAMES = ["{PERSON} from {ORGANIZATION} called on {DATE} about {COMMERCIAL_ITEM}.",
           "We shipped {QUANTITY} to {LOCATION} for {PERSON}.",
           "{ORGANIZATION} opened an office in {LOCATION} on {DATE}.",
           "On {DATE}, {PERSON} returned {COMMERCIAL_ITEM} in {LOCATION}.",
           "The order of {QUANTITY} for {ORGANIZATION} left {LOCATION}."]


def make_entities_response(seed: int = 0, sentences: int = 4) -> tuple[str, dict]:
    """A text and a DetectEntities response for it: offsets are character offsets into the text."""
    rng = np.random.default_rng(seed)
    text, ents = "", []
    for _ in range(sentences):
        frame = _FRAMES[int(rng.integers(len(_FRAMES)))]
        pos = 0
        while True:
            i = frame.find("{", pos)
            if i < 0:
                text += frame[pos:]
                break
            j = frame.index("}", i)
            text += frame[pos:i]
            typ = frame[i + 1:j]
            val = _ENTITIES[typ][int(rng.integers(len(_ENTITIES[typ])))]
            score = float(np.round(rng.choice([rng.uniform(0.3, 0.8), rng.uniform(0.8, 0.9999)], p=[0.35, 0.65]), 4))
            ents.append({"Score": score, "Type": typ, "Text": val, "BeginOffset": len(text),
                         "EndOffset": len(text) + len(val)})
            text += val
            pos = j + 1
        text += " "
    text = text.rstrip()
    order = rng.permutation(len(ents))
    return text, {"Entities": [ents[k] for k in order]}


def make_sentiment_response(seed: int = 0) -> dict:
    """A DetectSentiment response: the label is the class with the highest score."""
    rng = np.random.default_rng(seed)
    p = rng.dirichlet([1.0, 1.0, 1.0, 0.3])
    keys = ["Positive", "Negative", "Neutral", "Mixed"]
    scores = {k: float(round(v, 6)) for k, v in zip(keys, p)}
    return {"Sentiment": keys[int(np.argmax(p))].upper(), "SentimentScore": scores}


def make_language_response(seed: int = 0) -> dict:
    """A DetectDominantLanguage response with one to three candidate languages, in random order."""
    rng = np.random.default_rng(seed)
    codes = rng.choice(["en", "de", "fr", "es", "pt", "it", "nl", "ja"], size=int(rng.integers(1, 4)), replace=False)
    p = rng.dirichlet(np.ones(len(codes)) * 0.6)
    return {"Languages": [{"LanguageCode": str(c), "Score": float(round(v, 6))} for c, v in zip(codes, p)]}


def make_key_phrases_response(seed: int = 0) -> tuple[str, dict]:
    """A text and a DetectKeyPhrases response (noun phrases with offsets and scores)."""
    text, resp = make_entities_response(seed, sentences=2)
    phrases = [{"Score": e["Score"], "Text": e["Text"], "BeginOffset": e["BeginOffset"], "EndOffset": e["EndOffset"]}
               for e in resp["Entities"]]
    return text, {"KeyPhrases": phrases}
