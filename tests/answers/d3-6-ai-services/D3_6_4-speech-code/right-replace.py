from xml.sax.saxutils import escape


def to_ssml(sentences, pause_ms=300, rate="medium"):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts = []
    for i, s in enumerate(sentences):
        if i:
            parts.append('<break time="%dms"/>' % pause_ms)
        parts.append(esc(s))
    return '<speak><prosody rate="' + rate + '">' + "".join(parts) + "</prosody></speak>"


def polly_request(ssml, voice="Joanna"):
    return dict(Engine="neural", OutputFormat="mp3", Text=ssml, TextType="ssml", VoiceId=voice)


def terminology_csv(terms, source, targets):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow([source] + list(targets))
    w.writerows([[src] + [tr[t] for t in targets] for src, tr in terms.items()])
    return out.getvalue()
