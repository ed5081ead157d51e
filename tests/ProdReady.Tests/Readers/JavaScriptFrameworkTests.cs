using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class JavaScriptFrameworkTests
{
    [Fact]
    public void Express_routes_are_read_and_middleware_and_client_calls_are_not()
    {
        const string code = """
            const express = require("express");
            const router = express.Router();
            app.get("/health", (req, res) => res.send("ok"));
            router.post("/users", validate, createUser);
            app.all("*", notFound);
            app.delete("/items/:id", controllers.items.remove);
            app.use("/api", router);
            app.get("port");
            axios.get("/api/users", { params });
            app.listen(3000, () => console.log("up"));
            """;

        var facts = JavaScript(code, "server.js");

        Assert.Equal(
            [
                "express GET /health -> ? @3:1+48",
                "express POST /users -> createUser @4:1+43",
                "express ANY * -> notFound @5:1+22",
                "express DELETE /items/:id -> controllers.items.remove @6:1+50",
            ],
            facts.Routes.Select(Route));
        Assert.Equal<EntryPointFact>(
            [new EntryPointFact(EntryPointKind.Other, "node", "app.listen(3000, () => console.log(\"up\"))", new SourceSpan("server.js", 10, 1, 41))],
            facts.EntryPoints);
    }

    [Fact]
    public void Without_a_server_import_only_server_like_receivers_declare_routes()
    {
        const string code = "svc.get(\"/a\", handler);\napi.get(\"/b\", handler);\nusersRouter.get(\"/c\", list);\n";

        Assert.Equal(["express GET /c -> list @3:1+27"], JavaScript(code, "routes.js").Routes.Select(Route));
    }

    [Fact]
    public void The_framework_is_taken_from_the_server_import()
    {
        const string code = "import Fastify from \"fastify\";\nconst app = Fastify();\napp.get(\"/ping\", async () => \"pong\");\n";

        Assert.Equal(["fastify GET /ping -> ? @3:1+36"], JavaScript(code, "main.mjs").Routes.Select(Route));
    }

    [Fact]
    public void Chained_route_definitions_take_the_path_of_router_route()
    {
        const string code = "router.route(\"/users\").post(auth(\"manage\"), users.create).get(users.list);\n";

        Assert.Equal(
            ["express POST /users -> users.create @1:24+34", "express GET /users -> users.list @1:59+15"],
            JavaScript(code, "user.route.js").Routes.Select(Route));
    }
}
