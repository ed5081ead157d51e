using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class CodeRunOnRequestData
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Flask views evaluating a query parameter, running posted code and a shell command built from the form",
            ("requirements.txt", "flask==3.0.3\n"),
            ("app/calc.py", """
                import os
                import subprocess

                from flask import Flask, request

                app = Flask(__name__)


                @app.get("/calc")
                def calc():
                    return {"result": [|eval|](request.args.get("expr", "0"))}


                @app.post("/run")
                def run():
                    source = request.get_json()["code"]
                    scope = {}
                    [|exec|](source, scope)
                    return {"out": scope.get("out")}


                @app.post("/ping")
                def ping():
                    host = request.form["host"]
                    [|subprocess.run|](f"ping -c 1 {host}", shell=True)
                    [|os.system|]("nslookup " + request.form["host"])
                    return {"ok": True}
                """)),
        RuleExample.Bad(
            "Express handlers passing the body to eval, new Function and child_process.exec",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("src/server.js", """
                const express = require("express");
                const { exec } = require("child_process");

                const app = express();
                app.use(express.json());

                app.post("/eval", (req, res) => {
                  res.json({ value: [|eval|](req.body.expression) });
                });

                app.post("/rules", (req, res) => {
                  const { rule } = req.body;
                  const check = new [|Function|]("order", rule);
                  res.json({ ok: check(req.body.order) });
                });

                app.get("/convert", (req, res) => {
                  [|exec|](`convert ${req.query.file} out.png`, (err) => res.json({ ok: !err }));
                });

                app.listen(3000);
                """)),
        RuleExample.Good(
            "literal parsing instead of eval, an argument list without a shell, and eval of the application's own text",
            ("requirements.txt", "flask==3.0.3\n"),
            ("app/calc.py", """
                import ast
                import subprocess

                from flask import Flask, request

                app = Flask(__name__)
                HANDLERS = {"double": lambda x: x * 2}


                @app.get("/calc")
                def calc():
                    return {"result": ast.literal_eval(request.args.get("value", "0"))}


                @app.post("/ping")
                def ping():
                    subprocess.run(["ping", "-c", "1", request.form["host"]], check=True)
                    return {"ok": True}


                def version():
                    # eval(request.args["x"]) used to live here
                    return eval("1 + 1")
                """)),
        RuleExample.Good(
            "JSON.parse of the body, a RegExp's exec, execFile with an argument array; eval in a string and in a test",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("src/server.js", """
                const express = require("express");
                const { execFile } = require("child_process");

                const app = express();
                const SLUG = /^[a-z-]+$/;

                app.post("/import", (req, res) => {
                  const data = JSON.parse(req.body.payload);
                  const valid = SLUG.exec(req.query.slug);
                  execFile("convert", [req.query.file, "out.png"], () => res.json({ data, valid, note: "eval(req.body) is not used" }));
                });

                app.listen(3000);
                """),
            ("test/server.test.js", """
                test("eval", () => {
                  const req = { body: { code: "1" } };
                  expect(eval(req.body.code)).toBe(1);
                });
                """)),
    ];
}
