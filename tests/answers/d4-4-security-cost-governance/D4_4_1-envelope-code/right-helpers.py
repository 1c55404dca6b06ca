def _aad(context):
    return json.dumps(dict(sorted(context.items())), separators=(",", ":")).encode()


def envelope_encrypt(plaintext, master_key, context):
    import secrets
    data_key, kn, n = secrets.token_bytes(32), secrets.token_bytes(12), secrets.token_bytes(12)
    return {"encrypted_data_key": kn + AESGCM(master_key).encrypt(kn, data_key, _aad(context)),
            "nonce": n, "ciphertext": AESGCM(data_key).encrypt(n, plaintext, _aad(context))}


def envelope_decrypt(blob, master_key, context):
    kn, wrapped = blob["encrypted_data_key"][:12], blob["encrypted_data_key"][12:]
    data_key = AESGCM(master_key).decrypt(kn, wrapped, _aad(context))
    return AESGCM(data_key).decrypt(blob["nonce"], blob["ciphertext"], _aad(context))


def kms_data_key_request(key_arn, context):
    request = dict(KeyId=key_arn, KeySpec="AES_256")
    request["EncryptionContext"] = {str(k): str(v) for k, v in context.items()}
    return request
