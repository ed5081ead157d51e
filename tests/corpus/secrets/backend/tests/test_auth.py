import pytest

from app.core.security import create_access_token, get_password_hash, verify_password

TEST_PASSWORD = "correct-horse-battery-staple"
ADMIN_TOKEN = "test-admin-token"
FAKE_GITHUB_TOKEN = "ghp_" + "x" * 36
INVALID_CHECKSUM_TOKEN = "ghp_wG7oCTgYeVIolc6J8DxwBriAFkn9xE4Gsn8A"
STORED_HASH = "$2b$12$wS3T.qwC4BxJNcg6bx.nTwnmEbZdyGt93o2vDx42sTMLk/WlO3Jsc"


def test_login_returns_token(client):
    response = client.post("/login", data={"username": "alice", "password": "s3cret-test-pw"})
    assert response.status_code == 200


def test_hash_round_trip():
    hashed = get_password_hash(TEST_PASSWORD)
    assert verify_password(TEST_PASSWORD, hashed)


@pytest.fixture
def settings_override(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test-secret-key-for-pytest")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
