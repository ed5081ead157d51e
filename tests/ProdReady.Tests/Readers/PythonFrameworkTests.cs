using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class PythonFrameworkTests
{
    [Fact]
    public void FastApi_decorators_are_routes_with_the_router_prefix()
    {
        const string code = """
            from fastapi import APIRouter, FastAPI

            app = FastAPI()
            router = APIRouter(prefix="/api/")

            @app.get("/health")
            def health(): ...

            @router.post("/items", status_code=201)
            async def create(): ...

            @app.api_route("/both", methods=["GET", "POST"])
            def both(): ...

            @app.websocket("/ws")
            async def ws(): ...

            @cache.get("key")
            def not_route(): ...
            """;

        Assert.Equal(
            [
                "fastapi GET /health -> health @6:2+18",
                "fastapi POST /api/items -> create @9:2+38",
                "fastapi GET /both -> both @12:2+47",
                "fastapi POST /both -> both @12:2+47",
                "fastapi WEBSOCKET /ws -> ws @15:2+20",
            ],
            Python(code, "main.py").Routes.Select(Route));
    }

    [Fact]
    public void Flask_routes_use_methods_and_blueprint_prefix_and_app_run_is_a_development_server()
    {
        const string code = """
            from flask import Flask, Blueprint
            app = Flask(__name__)
            bp = Blueprint("admin", __name__, url_prefix="/admin")

            @app.route("/login", methods=["POST", "get"])
            def login(): ...

            @bp.route("/")
            def index(): ...

            if __name__ == "__main__":
                app.run(debug=True)
            """;

        var facts = Python(code);

        Assert.Equal(
            ["flask POST /login -> login @5:2+44", "flask GET /login -> login @5:2+44", "flask GET /admin/ -> index @8:2+13"],
            facts.Routes.Select(Route));
        Assert.Equal<EntryPointFact>(
            [new EntryPointFact(EntryPointKind.DevelopmentServer, "flask", "app.run(debug=True)", new SourceSpan("app.py", 12, 5, 19))],
            facts.EntryPoints);
    }

    [Fact]
    public void Django_paths_in_urls_py_are_routes_and_includes_are_not()
    {
        const string code = """
            from django.urls import include, path, re_path
            from . import views

            urlpatterns = [
                path("health/", views.health, name="health"),
                re_path(r"^items/(?P<id>\d+)/$", views.item),
                path("api/", include("api.urls")),
            ]
            """;

        Assert.Equal(
            ["django ANY health/ -> views.health @5:5+44", "django ANY ^items/(?P<id>\\d+)/$ -> views.item @6:5+44"],
            Python(code, "shop/urls.py").Routes.Select(Route));
        Assert.Empty(Python(code, "shop/views.py").Routes);
    }

    [Fact]
    public void Uvicorn_run_is_classified_by_reload_and_workers()
    {
        const string code = """
            import asyncio, uvicorn
            uvicorn.run("main:app", reload=True)
            uvicorn.run(app, host="0.0.0.0", workers=4)
            uvicorn.run(
                app,
                port=8000,
            )
            asyncio.run(main())
            """;

        Assert.Equal<EntryPointFact>(
            [
                new EntryPointFact(EntryPointKind.DevelopmentServer, "uvicorn", "uvicorn.run(\"main:app\", reload=True)", new SourceSpan("app.py", 2, 1, 36)),
                new EntryPointFact(EntryPointKind.ProductionServer, "uvicorn", "uvicorn.run(app, host=\"0.0.0.0\", workers=4)", new SourceSpan("app.py", 3, 1, 43)),
                new EntryPointFact(EntryPointKind.Other, "uvicorn", "uvicorn.run(app, port=8000)", new SourceSpan("app.py", 4, 1, 38)),
            ],
            Python(code).EntryPoints);
    }

    [Fact]
    public void Uvicorn_run_with_reload_has_its_arguments_as_facts()
    {
        var call = Python("import uvicorn\n\nif __name__ == \"__main__\":\n    uvicorn.run(\"main:app\", reload=True)\n", "main.py").Calls.Single();

        Assert.Equal("uvicorn.run(\"main:app\", reload=True) @4:5+36", Call(call));
        Assert.Equal(("main:app", "True"), (call.Positional(0)!.Text, call.Keyword("reload")!.Text));
    }

    [Fact]
    public void Socketio_run_is_a_development_server()
    {
        const string code = "from flask_socketio import SocketIO\nsocketio = SocketIO(app)\nsocketio.run(app, host=\"0.0.0.0\")\n";

        Assert.Equal<EntryPointFact>(
            [new EntryPointFact(EntryPointKind.DevelopmentServer, "flask-socketio", "socketio.run(app, host=\"0.0.0.0\")", new SourceSpan("app.py", 3, 1, 33))],
            Python(code).EntryPoints);
    }
}
