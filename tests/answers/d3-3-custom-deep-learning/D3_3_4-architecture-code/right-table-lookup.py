def choose_architecture(s):
    mod, n, seq = s["modality"], s["n_labelled"], s["seq_len"]
    if mod == "tabular":
        return "gbm_tabular"
    if not n >= C.DL_MIN_LABELS_FROM_SCRATCH:
        return "pretrained_finetune"
    return {"image": "cnn"}.get(mod, "transformer" if seq >= C.DL_LSTM_MAX_SEQUENCE + 1 else "rnn_lstm")
