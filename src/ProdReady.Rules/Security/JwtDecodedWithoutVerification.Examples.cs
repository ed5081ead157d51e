using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class JwtDecodedWithoutVerification
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI dependency decoding the bearer token with verify_signature off (PyJWT), python-jose without the expiry check",
            ("requirements.txt", "fastapi==0.110.0\nPyJWT==2.8.0\npython-jose==3.3.0\n"),
            ("app/auth.py", """
                import jwt
                from fastapi import Depends, Header


                def current_user(authorization: str = Header()):
                    token = authorization.removeprefix("Bearer ")
                    claims = [|jwt.decode|](token, options={"verify_signature": False})
                    return claims["sub"]


                def legacy_user(token):
                    return [|jwt.decode|](token, verify=False)["sub"]
                """),
            ("app/partner.py", """
                from jose import jwt


                def partner(token, key):
                    return [|jwt.decode|](token, key, algorithms=["RS256"], options={"verify_exp": False})
                """)),
        RuleExample.Bad(
            "Express middleware trusting jsonwebtoken's decode(), verify() accepting the none algorithm, and verify() with a public key and no algorithms list",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "jsonwebtoken": "^9.0.2" } }"""),
            ("src/middleware/auth.js", """
                const jwt = require("jsonwebtoken");

                module.exports = function auth(req, res, next) {
                  const token = (req.headers.authorization || "").replace("Bearer ", "");
                  req.user = [|jwt.decode|](token);
                  if (!req.user) return res.status(401).end();
                  next();
                };
                """),
            ("src/middleware/admin.js", """
                const jwt = require("jsonwebtoken");

                module.exports = function admin(req, res, next) {
                  req.user = [|jwt.verify|](req.cookies.token, process.env.JWT_SECRET, { algorithms: ["HS256", "none"] });
                  next();
                };
                """),
            ("src/middleware/partner.js", """
                const jwt = require("jsonwebtoken");

                module.exports = (req, res, next) => {
                  req.partner = [|jwt.verify|](req.headers["x-partner-token"], process.env.PARTNER_PUBLIC_KEY);
                  next();
                };
                """)),
        RuleExample.Good(
            "PyJWT decoding with the key and an algorithm list; the issuer read unverified only to pick the key for a verified decode",
            ("requirements.txt", "fastapi==0.110.0\nPyJWT==2.8.0\n"),
            ("app/auth.py", """
                import os

                import jwt


                def current_user(token: str):
                    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
                    return claims["sub"]


                def key_id(token):
                    return jwt.get_unverified_header(token)["kid"]


                def federated(token, keys):
                    issuer = jwt.decode(token, options={"verify_signature": False})["iss"]
                    return jwt.decode(token, keys[issuer], algorithms=["RS256"], audience="api")
                """)),
        RuleExample.Good(
            "jsonwebtoken verify() in the middleware, decode() only to read the expiry of a token the service issued; the jwt-decode browser library",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "jsonwebtoken": "^9.0.2" } }"""),
            ("src/middleware/auth.js", """
                const jwt = require("jsonwebtoken");

                module.exports = function auth(req, res, next) {
                  const token = (req.headers.authorization || "").replace("Bearer ", "");
                  req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
                  req.expiresAt = jwt.decode(token).exp;
                  next();
                };
                """),
            ("src/tokens.js", """
                const jwt = require("jsonwebtoken");

                exports.issue = (user) => {
                  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
                  return { token, expiresAt: jwt.decode(token).exp };
                };
                """),
            ("web/src/session.js", """
                import { jwtDecode } from "jwt-decode";

                export const currentUser = (token) => jwtDecode(token).name;
                """)),
    ];
}
