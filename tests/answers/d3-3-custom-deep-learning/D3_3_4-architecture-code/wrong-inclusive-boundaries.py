def choose_architecture(s):
    if s["modality"] == "tabular":
        return "gbm_tabular"
    if s["n_labelled"] <= C.DL_MIN_LABELS_FROM_SCRATCH:
        return "pretrained_finetune"
    if s["modality"] == "image":
        return "cnn"
    if s["seq_len"] >= C.DL_LSTM_MAX_SEQUENCE:
        return "transformer"
    return "rnn_lstm"
