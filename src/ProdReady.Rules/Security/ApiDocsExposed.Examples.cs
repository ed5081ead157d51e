using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class ApiDocsExposed
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "the default FastAPI app serves /docs and /redoc",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = [|FastAPI|](title="Orders API", version="1.4.0")
                """)),
        RuleExample.Bad(
            "docs moved to another literal path are still public",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("service/api.py", """
                import fastapi

                api = [|fastapi.FastAPI|](docs_url="/internal/docs", redoc_url=None)
                """)),
        RuleExample.Good(
            "openapi_url=None turns off the schema and every docs page",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = FastAPI(title="Orders API", openapi_url=None)
                """)),
        RuleExample.Good(
            "docs URLs chosen by configuration cannot be judged from the code",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                from app.config import settings

                app = FastAPI(openapi_url=f"{settings.API_V1_STR}/openapi.json" if settings.SHOW_DOCS else None)
                """)),
        RuleExample.Good(
            "an app created in a test is not the deployed app",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("tests/test_api.py", """
                from fastapi import FastAPI

                app = FastAPI()
                """)),
    ];
}
