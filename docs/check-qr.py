#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks an Etalon certificate's QR payload against the lab's public key, without Etalon.

Usage: check-qr.py PAYLOAD PUBLIC_KEY_FILE   (the key as `etalon-cli certificate public-key` writes it)
The payload is ETALON2|number|issue date|serial|result|valid until or -|content SHA-256|signature, where the
signature is Ed25519 over everything before its last "|", base64url without padding; "|" and "%" inside a field
are written %7C and %25. Exit 0 and the facts when the lab signed them, 1 otherwise.
"""
import base64
import sys
from urllib.parse import unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

payload, key_file = sys.argv[1].strip(), sys.argv[2]
message, _, signature = payload.rpartition("|")
key = Ed25519PublicKey.from_public_bytes(base64.b64decode(open(key_file).read().strip()))
try:
    key.verify(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)), message.encode())
except InvalidSignature:
    sys.exit("NOT signed by this lab: the paper or its QR code was altered, or it is another lab's")
fields = [unquote(f) for f in message.split("|")]
names = ["number", "issued", "serial", "result", "valid until", "content SHA-256"]
print("Signed by the lab:")
for name, value in zip(names, fields[1:] if fields[0] == "ETALON2" else [fields[1], fields[2], "", "", "", fields[3]]):
    print(f"  {name}: {value}")
