def to_comprehend_csv(texts, labels, multi_label=False, delimiter="|"):
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    for text, label in zip(texts, labels):
        first = delimiter.join(label) if multi_label else label
        writer.writerow([first, text])
    return out.getvalue()


def classifier_request(name, role_arn, s3_uri, multi_label=False, delimiter="|"):
    req = {"DocumentClassifierName": name, "DataAccessRoleArn": role_arn, "LanguageCode": "en",
           "InputDataConfig": {"S3Uri": s3_uri, "DataFormat": "COMPREHEND_CSV"}, "Mode": "MULTI_CLASS"}
    if multi_label:
        req["Mode"] = "MULTI_LABEL"
        req["InputDataConfig"]["LabelDelimiter"] = delimiter
    return req


def train_local_classifier(csv_text):
    labels, texts = zip(*csv.reader(io.StringIO(csv_text)))
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=2000))
    return model.fit(list(texts), list(labels))
