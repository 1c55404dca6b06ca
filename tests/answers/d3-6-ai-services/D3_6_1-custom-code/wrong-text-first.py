def to_comprehend_csv(texts, labels, multi_label=False, delimiter="|"):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["label", "text"])                            # a header row
    for t, lab in zip(texts, labels):
        w.writerow([delimiter.join(lab) if multi_label else lab, t])
    return buf.getvalue()


def classifier_request(name, role_arn, s3_uri, multi_label=False, delimiter="|"):
    cfg = {"DataFormat": "COMPREHEND_CSV", "S3Uri": s3_uri}
    if multi_label:
        cfg["LabelDelimiter"] = delimiter
    return {"DocumentClassifierName": name, "DataAccessRoleArn": role_arn, "LanguageCode": "en",
            "Mode": "MULTI_LABEL" if multi_label else "MULTI_CLASS", "InputDataConfig": cfg}


def train_local_classifier(csv_text):
    rows = list(csv.reader(io.StringIO(csv_text)))[1:]
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000)).fit([r[1] for r in rows], [r[0] for r in rows])
