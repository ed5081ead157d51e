using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class RequestBodyLimitExamples
{
    private const string Package = """{ "name": "api", "dependencies": { "express": "^4.19.2", "body-parser": "^1.20.2" } }""";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "JSON bodies up to 500 MB, and url-encoded forms up to 50 MB through body-parser",
            ("package.json", Package),
            ("src/app.js", """
                const express = require("express");
                const bodyParser = require("body-parser");
                const app = express();

                app.use(express.json({ limit: [|"500mb"|] }));
                app.use(bodyParser.urlencoded({ extended: true, limit: [|"50mb"|] }));
                """)),
        RuleExample.Good(
            "the default limit, a few hundred kB, and a byte count of 1 MB",
            ("package.json", Package),
            ("src/app.js", """
                const express = require("express");
                const app = express();

                app.use(express.json());
                app.use(express.urlencoded({ extended: false, limit: "200kb" }));
                app.use("/hooks", express.raw({ type: "application/json", limit: 1048576 }));
                """)),
    ];
}
