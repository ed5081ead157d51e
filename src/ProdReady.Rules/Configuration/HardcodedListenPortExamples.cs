using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

internal static class HardcodedListenPortExamples
{
    private const string Package = """{ "name": "api", "dependencies": { "express": "^4.19.2" } }""";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "an Express app and an http server bound to literal ports",
            ("package.json", Package),
            ("src/server.js", """
                const express = require("express");
                const app = express();

                app.listen([|3000|], () => console.info("listening"));
                """),
            ("src/metrics.js", """
                const http = require("http");

                http.createServer(handler).listen([|9100|]);
                """)),
        RuleExample.Good(
            "the port comes from PORT with a default, or from the config module",
            ("package.json", Package),
            ("src/server.js", """
                const express = require("express");
                const app = express();
                const port = process.env.PORT || 3000;

                app.listen(port);
                """),
            ("src/admin.js", """
                const config = require("./config");

                adminApp.listen(config.adminPort);
                """)),
    ];
}
