#!/usr/bin/env python3
"""Writes tests/corpus/secrets/ (the labelled secrets corpus) and its labels.tsv.

Every value is fabricated here: random characters of each format's alphabet and length (GitHub classic tokens get a
real base62 CRC-32 suffix; private keys are freshly generated with openssl/ssh-keygen and never used anywhere).
Templates mark a positive line with a trailing "⟦family|note⟧" (or "⟦family|note|+N⟧" when the secret spans N more
lines); the marker is stripped and becomes a row of labels.tsv. Every other non-blank line is a negative.
Re-running replaces the corpus with new random values (labels stay the same).

Usage: tests/corpus/generate-secrets-corpus.py
"""
import base64
import os
import random
import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from secrets_corpus_templates import TEMPLATES

OUT = Path(__file__).resolve().parent / "secrets"
rng = random.Random(20261122)

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
B62 = DIGITS + UPPER + LOWER
HEX = DIGITS + "abcdef"
B64 = B62 + "+/"
URLSAFE = B62 + "-_"
B32 = UPPER + "234567"
PASSWORD = B62 + "!*-_+."


def pick(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def base62(value, width):
    chars = []
    for _ in range(width):
        chars.append(B62[value % 62])
        value //= 62
    return "".join(reversed(chars))


def github(prefix, valid=True):
    body = pick(B62, 30)
    checksum = base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
    if not valid:
        checksum = checksum[:-1] + ("A" if checksum[-1] != "A" else "B")
    return f"{prefix}_{body}{checksum}"


def strong_password():
    while True:
        value = pick(PASSWORD, rng.randint(18, 26))
        if sum(c in DIGITS for c in value) >= 2 and sum(c in UPPER for c in value) >= 2:
            return value


def b64(text):
    return base64.b64encode(text.encode()).decode()


def jwt(claims):
    def part(obj):
        return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")
    header = part('{"alg":"HS256","typ":"JWT"}')
    return f"{header}.{part(claims)}.{pick(URLSAFE, 43)}"


def shell(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def private_keys():
    with tempfile.TemporaryDirectory() as tmp:
        keys = {
            "rsa": shell("openssl", "genrsa", "-traditional", "1024"),
            "ec": shell("openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout"),
            "pkcs8": shell("openssl", "genpkey", "-algorithm", "ed25519"),
        }
        dsa_params = os.path.join(tmp, "dsa.params")
        shell("openssl", "dsaparam", "-out", dsa_params, "1024")
        keys["sa_key"] = shell("openssl", "genpkey", "-algorithm", "ed25519").strip("\n").replace("\n", "\\n") + "\\n"
        keys["dsa"] = subprocess.run(["openssl", "pkey", "-traditional"], input=shell("openssl", "gendsa", dsa_params),
                                     check=True, capture_output=True, text=True).stdout
        encrypted = shell("openssl", "genpkey", "-algorithm", "ed25519", "-aes-256-cbc", "-pass", "pass:corpus-only")
        keys["encrypted"] = encrypted
        ssh = os.path.join(tmp, "id_ed25519")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "deploy@ci", "-f", ssh], check=True)
        keys["openssh"] = Path(ssh).read_text()
        keys["ssh_public"] = Path(ssh + ".pub").read_text().strip()
        keys["public_pem"] = subprocess.run(["openssl", "pkey", "-pubout"], input=keys["pkcs8"], check=True,
                                            capture_output=True, text=True).stdout
        cert_key = os.path.join(tmp, "cert.key")
        Path(cert_key).write_text(keys["ec"])
        keys["certificate"] = shell("openssl", "req", "-new", "-x509", "-key", cert_key, "-days", "365",
                                    "-subj", "/CN=orders.example.com")
        pgp_body = base64.encodebytes(rng.randbytes(420)).decode()
        keys["pgp"] = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pgp_body + "=" + pick(B64, 4)
                       + "\n-----END PGP PRIVATE KEY BLOCK-----\n")
    return {name: text.strip("\n") for name, text in keys.items()}


def values():
    pw = [strong_password() for _ in range(12)]
    stripe = "sk_live_" + pick(B62, 99)
    return {
        "aws_id": "AKIA" + pick(B32, 16),
        "aws_id2": "AKIA" + pick(B32, 16),
        "aws_sts": "ASIA" + pick(B32, 16),
        "aws_secret": pick(B64, 40),
        "aws_secret2": pick(B64, 40),
        "ghp": github("ghp"),
        "ghp_bad": github("ghp", valid=False),
        "gho": github("gho"),
        "ghs": github("ghs"),
        "github_pat": "github_pat_11" + pick(UPPER + DIGITS, 20) + "_" + pick(B62, 59),
        "glpat": "glpat-" + pick(URLSAFE, 20),
        "glpat2": "glpat-" + pick(URLSAFE, 20),
        "glrt": "glrt-" + pick(URLSAFE, 20),
        "xoxb": f"xoxb-{pick(DIGITS, 12)}-{pick(DIGITS, 13)}-{pick(B62, 24)}",
        "xoxp": f"xoxp-{pick(DIGITS, 12)}-{pick(DIGITS, 12)}-{pick(DIGITS, 13)}-{pick(HEX, 32)}",
        "slack_hook": f"https://hooks.slack.com/services/T{pick(UPPER + DIGITS, 10)}/B{pick(UPPER + DIGITS, 10)}/{pick(B62, 24)}",
        "stripe": stripe,
        "stripe_b64": b64(stripe),
        "stripe_rk": "rk_live_" + pick(B62, 99),
        "stripe_pk": "pk_live_" + pick(B62, 99),
        "stripe_whsec": "whsec_" + pick(B62, 32),
        "openai": "sk-proj-" + pick(URLSAFE, 74) + "T3BlbkFJ" + pick(URLSAFE, 74),
        "openai_svc": "sk-svcacct-" + pick(URLSAFE, 74) + "T3BlbkFJ" + pick(URLSAFE, 74),
        "anthropic": "sk-ant-api03-" + pick(URLSAFE, 93) + "AA",
        "anthropic_admin": "sk-ant-admin01-" + pick(URLSAFE, 93) + "AA",
        "google_api": "AIza" + pick(URLSAFE, 35),
        "google_api2": "AIza" + pick(URLSAFE, 35),
        "google_oauth": "GOCSPX-" + pick(URLSAFE, 28),
        "google_client_id": pick(DIGITS, 12) + "-" + pick(LOWER + DIGITS, 32) + ".apps.googleusercontent.com",
        "gcp_key_id": pick(HEX, 40),
        "azure_storage": pick(B64, 86) + "==",
        "azure_storage2": pick(B64, 86) + "==",
        "azure_ad": pick(URLSAFE, 3) + "8Q~" + pick(B62 + "~.-_", 34),
        "azure_sig": pick(B62, 43) + "%3D",
        "sendgrid": "SG." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 43),
        "twilio_sid": "AC" + pick(HEX, 32),
        "twilio_token": pick(HEX, 32),
        "twilio_key": "SK" + pick(HEX, 32),
        "npm": "npm_" + pick(B62, 36),
        "npm2": "npm_" + pick(B62, 36),
        "pypi": "pypi-AgEIcHlwaS5vcmc" + pick(URLSAFE, 140),
        "pypi2": "pypi-AgEIcHlwaS5vcmc" + pick(URLSAFE, 140),
        "hf": "hf_" + pick(UPPER + LOWER, 34),
        "hf2": "hf_" + pick(UPPER + LOWER, 34),
        "mailgun": "key-" + pick(HEX, 32),
        "openrouter": "sk-or-v1-" + pick(HEX, 64),
        "dockerhub": "dckr_pat_" + pick(URLSAFE, 27),
        "shopify": "shpat_" + pick(HEX, 32),
        "shopify_ss": "shpss_" + pick(HEX, 32),
        "square": "EAAA" + pick(URLSAFE, 60),
        "square_secret": "sq0csp-" + pick(URLSAFE, 43),
        "discord": rng.choice("MN") + pick(B62, 25) + "." + pick(URLSAFE, 6) + "." + pick(URLSAFE, 38),
        "discord_hook": f"https://discord.com/api/webhooks/{pick(DIGITS, 19)}/{pick(URLSAFE, 68)}",
        "telegram": f"{pick(DIGITS, 10)}:AA{pick(URLSAFE, 33)}",
        "heroku": "HRKU-AA" + pick(URLSAFE, 58),
        "digitalocean": "dop_v1_" + pick(HEX, 64),
        "linear": "lin_api_" + pick(B62, 40),
        "notion": "ntn_" + pick(DIGITS, 11) + pick(B62, 35),
        "postman": "PMAK-" + pick(HEX, 24) + "-" + pick(HEX, 34),
        "doppler": "dp.st.prd." + pick(B62, 43),
        "databricks": "dapi" + pick(HEX, 32),
        "grafana": "glsa_" + pick(B62, 32) + "_" + pick(HEX, 8),
        "newrelic": "NRAK-" + pick(UPPER + DIGITS, 27),
        "pulumi": "pul-" + pick(HEX, 40),
        "age": "AGE-SECRET-KEY-1" + pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
        "alibaba_id": "LTAI" + pick(B62, 20),
        "alibaba_secret": pick(B62, 30),
        "supabase": "sbp_" + pick(HEX, 40),
        "tigris_id": "tid_" + pick(UPPER + LOWER + "_", 50),
        "tigris_secret": "tsec_" + pick(URLSAFE, 70),
        "vault": "hvs." + pick(URLSAFE, 90),
        "terraform": pick(B62, 14) + ".atlasv1." + pick(B62, 67),
        "sentry": "sntryu_" + pick(HEX, 64),
        "mailchimp": pick(HEX, 32) + "-us21",
        "buildkite": "bkua_" + pick(HEX, 40),
        "figma": "figd_" + pick(URLSAFE, 40),
        "jwt_service": jwt('{"iss":"supabase","ref":"' + pick(LOWER, 20) + '","role":"service_role","iat":1718000000,"exp":2033576000}'),
        "jwt_api": jwt('{"sub":"svc-billing","scope":"payments:write","iat":1731000000}'),
        "jwt_docs": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "django_key": pick(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50),
        "django_insecure": "django-insecure-" + pick(LOWER + DIGITS + "!@#%^&*(-_=+)", 50),
        "hex32": pick(HEX, 32),
        "hex32b": pick(HEX, 32),
        "hex16": pick(HEX, 16),
        "urlsafe43": pick(URLSAFE, 43),
        "urlsafe40": pick(URLSAFE, 40),
        "alpha32c": pick(UPPER + LOWER, 32),
        "hex40": pick(HEX, 40),
        "hex64": pick(HEX, 64),
        "hex64b": pick(HEX, 64),
        "urlsafe48": pick(URLSAFE, 48),
        "urlsafe64": pick(URLSAFE, 64),
        "b64_44": pick(B64, 43) + "=",
        "alpha32": pick(UPPER + LOWER, 32),
        "alpha32b": pick(UPPER + LOWER, 32),
        "git_sha": pick(HEX, 40),
        "git_sha2": pick(HEX, 40),
        "uuid": "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)),
        "uuid2": "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)),
        "uuid3": "-".join(pick(HEX, n) for n in (8, 4, 4, 4, 12)),
        "sha256": pick(HEX, 64),
        "sha256b": pick(HEX, 64),
        "sha256c": pick(HEX, 64),
        "sri384": "sha384-" + pick(B64, 64),
        "sri512": "sha512-" + pick(B64, 86) + "==",
        "sri512b": "sha512-" + pick(B64, 86) + "==",
        "sri512c": "sha512-" + pick(B64, 86) + "==",
        "sha1": pick(HEX, 40),
        "gosum": "h1:" + pick(B64, 43) + "=",
        "gosum2": "h1:" + pick(B64, 43) + "=",
        "bcrypt": "$2b$12$" + pick(B62 + "./", 53),
        "pbkdf2": "pbkdf2_sha256$600000$" + pick(B62, 22) + "$" + pick(B64, 43) + "=",
        "image_b64": "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + pick(B64, 60),
        "etag": pick(HEX, 32),
        "b64_pw": b64(pw[3]),
        **{f"pw{i}": value for i, value in enumerate(pw)},
    }


def main():
    v = values()
    v.update(private_keys())
    marker = re.compile(r"\s*⟦([^|⟧]+)(?:\|([^|⟧]*))?(?:\|\+(\d+))?(?:\|(\w+))?⟧$")
    labels = []
    for path, template in TEMPLATES:
        lines = []
        for line in template.strip("\n").split("\n"):
            found = marker.search(line)
            body = line[: found.start()] if found else line
            expanded = re.sub(r"@@(\w+)@@", lambda m: v[m.group(1)], body)
            start = len(lines) + 1
            lines.extend(expanded.split("\n"))
            if found is None:
                continue
            end = len(lines) + int(found.group(3) or 0)
            where = str(start) if end == start else f"{start}-{end}"
            labels.append((path, where, found.group(1), found.group(2) or "", secret_of(body, found.group(4), v)))
        target = OUT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n")
    rows = ["path\tline\tfamily\tnote\tsecret"] + ["\t".join(row) for row in labels]
    (OUT / "labels.tsv").write_text("\n".join(rows) + "\n")


# Values that sit on a positive line without being its secret (an account identifier beside the token).
PUBLIC = {"twilio_sid"}


def secret_of(body, named, v):
    """The secret a positive line holds, for the leak test: the named or last generated value on the line, or the
    quoted literal of a weak secret; empty for a multi-line block (the test reads those from the file)."""
    names = [named] if named else [n for n in re.findall(r"@@(\w+)@@", body) if n not in PUBLIC]
    if names:
        value = v[names[-1]]
        if value.startswith("https://"):
            return value.rsplit("/", 1)[-1]  # a webhook URL's secret is its last segment; the rest names the hook
        if "-----BEGIN" not in value:
            return value
        # A key block's secret is its base64 body; the armour lines are the same in every key.
        lines = value.replace("\\n", "\n").split("\n")
        return "".join(line for line in lines if line and not line.startswith("-----") and ":" not in line)
    literal = re.findall(r"[\"']([^\"']{4,})[\"']", body)
    if literal:
        return literal[-1]
    return body.split(":")[-1].strip() if ":" in body else body.split("=")[-1].strip()


if __name__ == "__main__":
    main()
