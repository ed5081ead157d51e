using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Containers;

public sealed partial class DockerfileMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI backend with a React front end and no Dockerfile (seed 004)",
            ("python_backend/requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("python_backend/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("package.json", """{ "name": "web", "scripts": { "dev": "vite", "build": "vite build" }, "dependencies": { "react": "^18.2.0" } }""")),
        RuleExample.Bad(
            "Express API without a Dockerfile",
            ("package.json", """{ "name": "api", "scripts": { "start": "node server.js" }, "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", "const express = require(\"express\");\nexpress().listen(3000);\n")),
        RuleExample.Bad(
            "ASP.NET Core API without a Dockerfile",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n")),
        RuleExample.Good(
            "a Dockerfile in a subdirectory counts",
            ("backend/requirements.txt", "fastapi==0.110.0\n"),
            ("backend/app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("backend/Dockerfile", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app.main:app\"]\n")),
        RuleExample.Good(
            "a named *.Dockerfile counts",
            ("requirements.txt", "Django==4.2.11\n"),
            ("mysite/settings.py", "DEBUG = False\n"),
            ("docker/web.Dockerfile", "FROM python:3.12-slim\n")),
        RuleExample.Good(
            "a Procfile deploys through buildpacks without a Dockerfile",
            ("requirements.txt", "flask==3.0.2\ngunicorn==22.0.0\n"),
            ("app.py", "from flask import Flask\n\napp = Flask(__name__)\n"),
            ("Procfile", "web: gunicorn app:app\n")),
        RuleExample.Good(
            "a front-end-only project or a library is not a server to containerise",
            ("package.json", """{ "name": "web", "scripts": { "dev": "vite", "build": "vite build" }, "dependencies": { "react": "^18.2.0" } }"""),
            ("src/main.jsx", "import React from \"react\";\n")),
    ];
}
