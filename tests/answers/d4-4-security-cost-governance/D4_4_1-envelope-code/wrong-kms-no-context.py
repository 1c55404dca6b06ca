def envelope_encrypt(plaintext, master_key, context):
    aad = json.dumps(context, sort_keys=True, separators=(",", ":")).encode()
    data_key, kn, n = AESGCM.generate_key(bit_length=256), os.urandom(12), os.urandom(12)
    return {"encrypted_data_key": kn + AESGCM(master_key).encrypt(kn, data_key, aad),
            "nonce": n, "ciphertext": AESGCM(data_key).encrypt(n, plaintext, aad)}


def envelope_decrypt(blob, master_key, context):
    aad = json.dumps(context, sort_keys=True, separators=(",", ":")).encode()
    edk = blob["encrypted_data_key"]
    return AESGCM(AESGCM(master_key).decrypt(edk[:12], edk[12:], aad)).decrypt(blob["nonce"], blob["ciphertext"], aad)


def kms_data_key_request(key_arn, context):
    return {"KeyId": key_arn, "KeySpec": "AES_256"}
