using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class JwtExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "PyJWT encode with a payload literal that has no exp",
            ("app/auth.py", """
                import jwt
                from app.config import settings


                def create_token(user_id: int) -> str:
                    return [|jwt.encode|]({"sub": str(user_id), "role": "user"}, settings.JWT_SECRET, algorithm="HS256")
                """)),
        RuleExample.Bad(
            "jsonwebtoken sign with neither expiresIn nor exp",
            ("server/auth.js", """
                const jwt = require("jsonwebtoken");

                function issue(user) {
                  return [|jwt.sign|]({ id: user.id, email: user.email }, process.env.JWT_SECRET);
                }
                """)),
        RuleExample.Good(
            "python-jose token whose payload gets exp from a timedelta in the same function",
            ("app/security.py", """
                from datetime import datetime, timedelta, timezone
                from jose import jwt


                def create_access_token(data: dict) -> str:
                    to_encode = data.copy()
                    expire = datetime.now(timezone.utc) + timedelta(minutes=30)
                    to_encode.update({"exp": expire})
                    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
                """)),
        RuleExample.Good(
            "jsonwebtoken with expiresIn, and an exp claim in the payload",
            ("server/auth.js", """
                const jwt = require("jsonwebtoken");
                const a = jwt.sign({ id: 1 }, secret, { expiresIn: "15m" });
                const b = jwt.sign({ id: 1, exp: Math.floor(Date.now() / 1000) + 900 }, secret);
                """)),
        RuleExample.Good(
            "SimpleJWT settings with an access token lifetime",
            ("mysite/settings.py", """
                from datetime import timedelta

                SIMPLE_JWT = {"ACCESS_TOKEN_LIFETIME": timedelta(minutes=15)}
                """)),
        RuleExample.Good(
            "JWT encoding in tests is not production code",
            ("tests/test_auth.py", """
                import jwt

                TOKEN = jwt.encode({"sub": "1"}, "secret", algorithm="HS256")
                """)),
    ];
}
