from pydantic import BaseModel, EmailStr, SecretStr
from sqlalchemy import Column, String


class UserCreate(BaseModel):
    email: EmailStr
    password: str
    password_confirm: SecretStr


class ApiCredential(Base):
    __tablename__ = "api_credentials"
    hashed_password = Column(String(128), nullable=False)
    api_key_hash = Column(String(64), unique=True)
    token_prefix = Column(String(8))


def password_hint(user) -> str:
    return "Password must be at least 12 characters"
