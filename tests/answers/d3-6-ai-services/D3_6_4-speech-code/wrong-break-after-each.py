from xml.sax.saxutils import escape


def to_ssml(sentences, pause_ms=300, rate="medium"):
    body = "".join(escape(s) + f'<break time="{pause_ms}ms"/>' for s in sentences)
    return f'<speak><prosody rate="{rate}">{body}</prosody></speak>'


def polly_request(ssml, voice="Joanna"):
    return {"Text": ssml, "TextType": "ssml", "VoiceId": voice, "Engine": "neural", "OutputFormat": "mp3"}


def terminology_csv(terms, source, targets):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([source, *targets])
    for term, tr in terms.items():
        w.writerow([term, *[tr[t] for t in targets]])
    return buf.getvalue()
