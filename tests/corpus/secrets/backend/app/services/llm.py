import os
import secrets

import anthropic
from fastapi import Depends, HTTPException
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = anthropic.Anthropic(api_key="sk-ant-api03-jheNIxGgaxpOCvIUmkum7eALFIWB-6tmfqbD9pDrbwu3mlONXMHMSBel5DPYa5KX4TrCz_UMzk2a57VDl1LtWHf6Nt3j1AA")
HF_TOKEN = "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"
OPENROUTER_KEY = "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"
MODEL_REVISION = "b89e659000342b67f105473d827c64c3d27a404c"
REQUEST_NAMESPACE = "44d936b9-13f1-76d3-8d85-250824ca6c64"
PROMPT_CACHE_KEY = "prompt-cache:v2:{tenant_id}:{model}"


def verify(api_key: str = Depends(api_key_header)) -> str:
    if not secrets.compare_digest(api_key, settings.api_key.get_secret_value()):
        raise HTTPException(status_code=401, detail="Invalid API key")
    return api_key


def bearer(request) -> str:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    return token
