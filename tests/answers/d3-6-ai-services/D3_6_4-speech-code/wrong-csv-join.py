from xml.sax.saxutils import escape


def to_ssml(sentences, pause_ms=300, rate="medium"):
    body = f'<break time="{pause_ms}ms"/>'.join(escape(s) for s in sentences)
    return f'<speak><prosody rate="{rate}">{body}</prosody></speak>'


def polly_request(ssml, voice="Joanna"):
    return {"Text": ssml, "TextType": "ssml", "VoiceId": voice, "Engine": "neural", "OutputFormat": "mp3"}


def terminology_csv(terms, source, targets):
    lines = [",".join([source, *targets])]
    for term, tr in terms.items():
        lines.append(",".join([term, *[tr[t] for t in targets]]))          # no quoting
    return "\n".join(lines) + "\n"
