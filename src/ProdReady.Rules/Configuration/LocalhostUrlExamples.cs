using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

internal static class LocalhostUrlExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "pydantic settings defaults pointing at localhost (seed 004: FRONTEND_URL, CORS_ORIGINS, GOOGLE_REDIRECT_URI)",
            ("python_backend/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    [|FRONTEND_URL|]: str = "http://localhost:8080"
                    [|CORS_ORIGINS|]: str = "http://localhost:8080,http://127.0.0.1:8080"
                    [|GOOGLE_REDIRECT_URI|]: str = "http://localhost:8000/api/auth/google/callback"
                    REDIS_URL: str = "redis://localhost:6379/0"
                """)),
        RuleExample.Bad(
            "front-end API client and socket hook with hardcoded localhost URLs (seed 004: src/lib/api.ts, src/hooks/use-socket.ts)",
            ("src/lib/api.ts", """
                import axios from "axios";

                const API_BASE_URL = [|"http://localhost:8000/api"|];

                export const api = axios.create({ baseURL: API_BASE_URL });
                """),
            ("src/hooks/use-socket.ts", """
                import { io } from "socket.io-client";

                export const socket = io([|"http://localhost:8000"|], { transports: ["websocket"] });
                """)),
        RuleExample.Bad(
            "Vite dev proxy target and a build-time env fallback are reported at low severity; a Django module setting and an os.getenv fallback at high",
            ("vite.config.ts", """
                import { defineConfig } from "vite";

                export default defineConfig({
                  server: { proxy: { "/api": { target: [|"http://localhost:8000"|], changeOrigin: true } } },
                });
                """),
            ("src/config.ts", """
                export const API_URL = import.meta.env.VITE_API_URL || [|"http://localhost:8000"|];
                """),
            ("backend/settings.py", """
                import os

                [|FRONTEND_URL|] = "http://localhost:3000"
                [|PAYMENT_CALLBACK|] = os.getenv("PAYMENT_CALLBACK", "http://127.0.0.1:8000/pay/done")
                """)),
        RuleExample.Bad(
            "a CORS allow-list that mixes the production origin with a development one is reported at low severity",
            ("mysite/settings.py", """
                [|CORS_ALLOWED_ORIGINS|] = ["https://app.example.com", "http://localhost:3000"]
                """)),
        RuleExample.Good(
            "development settings, .env.example, docker-compose, tests and docs are meant to point at localhost",
            ("mysite/settings/dev.py", """
                FRONTEND_URL = "http://localhost:3000"
                """),
            (".env.example", """
                FRONTEND_URL=http://localhost:3000
                """),
            ("docker-compose.yml", """
                services:
                  web:
                    environment:
                      API_URL: http://localhost:8000
                """),
            ("tests/test_api.py", """
                BASE_URL = "http://localhost:8000"
                """),
            ("src/api.test.ts", """
                const url = "http://localhost:8000/api";
                """)),
        RuleExample.Good(
            "log messages, comparisons and sentences that mention a localhost URL are not configuration",
            ("server/index.js", """
                const express = require("express");
                const app = express();
                app.listen(3000, () => console.log("http://localhost:3000"));
                console.info("Server running at http://localhost:3000");
                if (!process.env.BASE_URL.startsWith("http://localhost")) { app.set("trust proxy", 1); }
                """),
            ("main.py", """
                HELP = "Open http://localhost:8000/docs in a browser"
                """)),
        RuleExample.Good(
            "URLs read from the environment with no localhost default, relative URLs, and binding to 0.0.0.0",
            ("src/lib/api.ts", """
                const API_BASE_URL = import.meta.env.VITE_API_URL;
                export const client = fetch(`${API_BASE_URL}/health`);
                export const other = "/api/items";
                """),
            ("config.py", """
                import os

                FRONTEND_URL = os.environ["FRONTEND_URL"]
                BIND_HOST = "http://0.0.0.0:8000"
                """)),
        RuleExample.Good(
            "Storybook's dev-server middleware and stories run on a developer's machine, never in production",
            ("client/storybook/middleware.js", """
                const proxy = require('http-proxy-middleware');
                const origin = process.env.TEST_ORIGIN || 'http://127.0.0.1:8000';
                module.exports = (router) => router.use('/api', proxy({ target: origin }));
                """),
            ("client/src/stories/Button.stories.js", """
                export default { title: 'Button', parameters: { api: 'http://localhost:6006/mock' } };
                """)),
    ];
}
