using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

public sealed partial class PrintLogging
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI handlers and services print instead of logging",
            ("requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI
                from app.predictor import score

                app = FastAPI()


                @app.post("/predict")
                def predict(payload: dict):
                    [|print|]("received", payload)
                    return {"score": score(payload)}
                """),
            ("app/predictor.py", """
                def score(payload):
                    [|print|](f"scoring {len(payload)} features")
                    return 0.5
                """)),
        RuleExample.Bad(
            "Express server code logs with console.log and console.error",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();

                app.get("/users", async (req, res) => {
                  try {
                    res.json(await listUsers());
                  } catch (err) {
                    [|console.error|]("failed to list users", err);
                    res.status(500).end();
                  }
                });

                app.listen(3000, () => [|console.log|]("listening on 3000"));
                """)),
        RuleExample.Bad(
            "Django view prints",
            ("requirements.txt", "Django==4.2.11\n"),
            ("events/views.py", """
                from django.http import JsonResponse


                def report(request):
                    [|print|]("report from", request.user)
                    return JsonResponse({"ok": True})
                """)),
        RuleExample.Bad(
            "ASP.NET Core controller writes to the console",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Controllers/OrdersController.cs", """
                using Microsoft.AspNetCore.Mvc;

                namespace Api.Controllers;

                [ApiController]
                [Route("orders")]
                public class OrdersController : ControllerBase
                {
                    [HttpGet]
                    public IActionResult List()
                    {
                        [|Console.WriteLine|]("listing orders");
                        return Ok();
                    }
                }
                """)),
        RuleExample.Good(
            "a console tool, a mobile client and a start-up failure that exits write to the console by design",
            ("src/Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("src/Api/Program.cs", """
                var app = WebApplication.CreateBuilder(args).Build();
                app.Logger.LogInformation("starting");
                app.Run();
                """),
            ("util/Setup/Setup.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>"""),
            ("util/Setup/Program.cs", """
                Console.WriteLine("Installing...");
                """),
            ("src/Api/StartupPaths.cs", """
                public static class StartupPaths
                {
                    public static void Create(string dataDir)
                    {
                        try
                        {
                            Directory.CreateDirectory(dataDir);
                        }
                        catch (IOException ex)
                        {
                            Console.Error.WriteLine(ex.ToString());
                            Environment.Exit(1);
                        }
                    }
                }
                """),
            ("src/ClientApp/ClientApp.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><UseMaui>true</UseMaui></PropertyGroup></Project>"""),
            ("src/ClientApp/Services/BasketService.cs", """
                public class BasketService
                {
                    public void Load() => Console.WriteLine("loading basket");
                }
                """)),
        RuleExample.Good(
            "prints in tests, migrations and management commands are not the app's logging",
            ("requirements.txt", "Django==4.2.11\n"),
            ("events/views.py", """
                import logging

                from django.http import JsonResponse

                logger = logging.getLogger(__name__)


                def report(request):
                    logger.info("report from %s", request.user)
                    return JsonResponse({"ok": True})
                """),
            ("events/tests/test_views.py", """
                def test_report(client):
                    print(client.get("/report").content)
                """),
            ("events/management/commands/import_events.py", """
                from django.core.management.base import BaseCommand


                class Command(BaseCommand):
                    def handle(self, *args, **options):
                        print("imported")
                """),
            ("events/migrations/0002_fill.py", """
                def forwards(apps, schema_editor):
                    print("filling")
                """)),
        RuleExample.Good(
            "scripts kept in hidden tool folders (.github, .claude) and a Django app's management.py signal hooks are tooling",
            ("requirements.txt", "Django==4.2.11\n"),
            ("shop/views.py", """
                import logging

                logger = logging.getLogger(__name__)
                """),
            (".claude/skills/bench/analyze.py", """
                def analyze(rows):
                    print(len(rows))
                """),
            ("shop/management.py", """
                def create_permissions(sender, **kwargs):
                    print("permissions created")
                """)),
        RuleExample.Good(
            "command-line scripts (a __main__ guard or a shebang without a web framework, argparse), print_* shell helpers and print(file=...) into a stream are not logging",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                import logging

                from fastapi import FastAPI

                logger = logging.getLogger(__name__)
                app = FastAPI()
                """),
            ("export_data.py", """
                import csv


                def main():
                    print("exported 10 rows")


                if __name__ == "__main__":
                    main()
                """),
            ("app/generate_secret_key.py", """
                #!/usr/bin/env python
                import secrets

                print(secrets.token_urlsafe(50))
                """),
            ("app/export.py", """
                def write_rows(rows, out):
                    print(*rows, sep=",", file=out)
                """),
            ("app/shell_helpers.py", """
                def print_queries(queryset):
                    print(queryset.query)
                """),
            ("app/cli.py", """
                import argparse


                def run():
                    parser = argparse.ArgumentParser()
                    print(parser.parse_args())
                """)),
        RuleExample.Good(
            "console output in browser code is the user's console, not server logs; the server logs with pino",
            ("frontend/package.json", """{ "name": "web", "dependencies": { "react": "^18.2.0", "react-dom": "^18.2.0" } }"""),
            ("frontend/src/api.js", """
                export async function load() {
                  try {
                    return await fetch("/api/items");
                  } catch (err) {
                    console.error("request failed", err);
                  }
                }
                """),
            ("frontend/src/App.jsx", """
                export default function App() {
                  console.log("render");
                  return null;
                }
                """),
            ("backend/package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "pino": "^9.0.0" } }"""),
            ("backend/server.js", """
                const express = require("express");
                const pino = require("pino");
                const logger = pino();
                const app = express();
                app.listen(3000, () => logger.info("listening"));
                """)),
        RuleExample.Good(
            "a print mentioned in a comment or docstring is not a call",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", "\"\"\"Never use print() here.\"\"\"\nimport logging\n\nfrom flask import Flask\n\n" +
                "app = Flask(__name__)\nlog = logging.getLogger(__name__)\n\n\n" +
                "@app.get(\"/\")\ndef index():\n    # print(\"debug\") was removed\n    log.info(\"index\")\n    return \"ok\"\n")),
    ];
}
