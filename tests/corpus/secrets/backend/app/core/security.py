import os

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")
ALGORITHM = "HS256"
SECRET_KEY = os.environ["SECRET_KEY"]
API_SECRET = os.getenv("API_SECRET") or "secret"
ADMIN_PASSWORD = "admin123"
DJANGO_FALLBACK = "django-insecure-etzemhmli@#!))ybe*rw_i3cjik%zegmbv(yr6@ya0w^8flze4"
REFRESH_TOKEN_COOKIE = "refresh_token"
PASSWORD_RESET_TOKEN_EXPIRE_HOURS = 48


def get_password_hash(password: str) -> str:
    return pwd_context.hash(password)
