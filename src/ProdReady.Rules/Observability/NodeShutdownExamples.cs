using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

internal static class NodeShutdownExamples
{
    private const string Package = """{ "name": "api", "dependencies": { "express": "^4.19.2" } }""";

    private const string Dockerfile = "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"src/server.js\"]\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "an Express server in a container with no signal handler",
            ("package.json", Package),
            ("Dockerfile", Dockerfile),
            ("src/server.js", """
                const express = require("express");
                const app = express();

                [|app.listen|](process.env.PORT || 3000);
                """)),
        RuleExample.Good(
            "SIGTERM closes the server before the process exits",
            ("package.json", Package),
            ("Dockerfile", Dockerfile),
            ("src/server.js", """
                const express = require("express");
                const app = express();
                const server = app.listen(process.env.PORT || 3000);

                process.on("SIGTERM", () => server.close(() => process.exit(0)));
                """)),
        RuleExample.Good(
            "@godaddy/terminus handles the signals",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "@godaddy/terminus": "^4.12.1" } }"""),
            ("Dockerfile", Dockerfile),
            ("src/server.js", """
                const { createTerminus } = require("@godaddy/terminus");
                const server = require("http").createServer(app);
                createTerminus(server, { signals: ["SIGTERM"] });
                server.listen(3000);
                """)),
    ];
}
