using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Testing;

public sealed partial class TestsMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Django app with only the generated tests.py placeholder (seed 002: zero test coverage)",
            ("requirements.txt", "Django==4.2.11\n"),
            ("events/views.py", "from django.http import JsonResponse\n\n\ndef index(request):\n    return JsonResponse({})\n"),
            ("events/tests.py", "from django.test import TestCase\n\n# Create your tests here.\n")),
        RuleExample.Bad(
            "FastAPI and React project without any test file",
            ("python_backend/requirements.txt", "fastapi==0.110.0\n"),
            ("python_backend/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("package.json", """{ "name": "web", "scripts": { "dev": "vite" }, "dependencies": { "react": "^18.2.0" } }"""),
            ("src/App.tsx", "export default function App() { return null; }\n")),
        RuleExample.Bad(
            "a tests/ folder holding only helpers and an empty test module",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", "from flask import Flask\n\napp = Flask(__name__)\n"),
            ("tests/__init__.py", ""),
            ("tests/factories.py", "def make_user():\n    return {\"name\": \"a\"}\n"),
            ("tests/test_app.py", "import app\n")),
        RuleExample.Good(
            "pytest tests in a tests/ folder",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("tests/test_main.py", """
                from fastapi.testclient import TestClient

                from app.main import app


                def test_root():
                    assert TestClient(app).get("/").status_code == 404
                """)),
        RuleExample.Good(
            "Jest tests next to the code",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" }, "devDependencies": { "jest": "^29.7.0" } }"""),
            ("src/sum.js", "module.exports = (a, b) => a + b;\n"),
            ("src/sum.test.js", """
                const sum = require("./sum");

                test("adds", () => {
                  expect(sum(1, 2)).toBe(3);
                });
                """)),
        RuleExample.Good(
            "an xUnit test project",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n"),
            ("Api.Tests/Api.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.9.3" /></ItemGroup></Project>"""),
            ("Api.Tests/HealthTests.cs", """
                namespace Api.Tests;

                public class HealthTests
                {
                    [Fact]
                    public void Works() => Assert.True(1 + 1 == 2);
                }
                """)),
        RuleExample.Good(
            "Django tests written as TestCase methods in tests.py",
            ("requirements.txt", "Django==4.2.11\n"),
            ("events/tests.py", """
                from django.test import TestCase


                class EventTests(TestCase):
                    def test_list(self):
                        self.assertEqual(self.client.get("/events/").status_code, 200)
                """)),
    ];
}
