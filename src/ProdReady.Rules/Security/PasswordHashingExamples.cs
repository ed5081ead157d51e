using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class PasswordHashingExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "hashlib.sha256 over a password in a FastAPI auth module",
            ("app/auth.py", """
                import hashlib


                def hash_password(password: str) -> str:
                    return [|hashlib.sha256|](password.encode()).hexdigest()
                """)),
        RuleExample.Bad(
            "Node crypto createHash('md5') over a password",
            ("server/users.js", """
                const crypto = require("crypto");

                function hash(password) {
                  return crypto.createHash("md5").[|update|](password).digest("hex");
                }
                """)),
        RuleExample.Bad(
            "Django PASSWORD_HASHERS with MD5 first",
            ("mysite/settings.py", """
                [|PASSWORD_HASHERS|] = [
                    "django.contrib.auth.hashers.MD5PasswordHasher",
                    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
                ]
                """)),
        RuleExample.Good(
            "passlib CryptContext with bcrypt (seed 004: 'Password hashing (bcrypt)')",
            ("app/security.py", """
                from passlib.context import CryptContext

                pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
                """)),
        RuleExample.Good(
            "hashing things that are not passwords, and MD5 hashers in test settings",
            ("app/cache.py", """
                import hashlib


                def cache_key(payload: bytes) -> str:
                    return hashlib.sha256(payload).hexdigest()
                """),
            ("mysite/settings/test.py", """
                PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
                """)),
        RuleExample.Good(
            "bcrypt on npm and ASP.NET Core Identity",
            ("package.json", """
                { "name": "api", "dependencies": { "express": "^4.19.0", "bcrypt": "^5.1.1" } }
                """),
            ("Api/Program.cs", """
                builder.Services.AddDefaultIdentity<IdentityUser>();
                """)),
        RuleExample.Good(
            "a legacy SHA-512 format wrapped in PBKDF2 (pre-hashing, not the stored hash), and an MD5 marked usedforsecurity=False",
            ("accounts/hashers.py", """
                import hashlib

                from django.contrib.auth.hashers import PBKDF2PasswordHasher


                class LegacySha512PasswordHasher(PBKDF2PasswordHasher):
                    algorithm = "legacy_sha512"

                    def encode(self, password, salt, iterations=None):
                        digest = hashlib.sha512(password.encode()).hexdigest()
                        return super().encode(digest, salt, iterations)
                """),
            ("accounts/session_ids.py", """
                import hashlib


                def session_identity(user):
                    return hashlib.md5(f"{user.email},{user.password_hash}".encode(), usedforsecurity=False).hexdigest()
                """),
            ("legacy/import_users.py", """
                import hashlib
                from hashlib import pbkdf2_hmac


                def stretch(password, salt):
                    first = hashlib.sha256(password.encode()).digest()
                    return pbkdf2_hmac("sha256", first, salt, 600_000)
                """)),
    ];
}
