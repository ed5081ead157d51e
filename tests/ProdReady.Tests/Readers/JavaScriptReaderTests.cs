using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class JavaScriptReaderTests
{
    [Fact]
    public void Imports_cover_es_modules_reexports_require_and_dynamic_import()
    {
        const string code = """
            import express from "express";
            import * as path from 'node:path';
            import React, { useState as useS, useEffect } from "react";
            import type { FC } from "react";
            import "./styles.css";
            export { helper, other as alias } from "./utils";
            export * from "./all";
            const jwt = require("jsonwebtoken");
            const lazy = await import("./lazy.js");
            """;

        Assert.Equal(
            [
                "express [default] @1:1+29", "node:path [*] @2:1+33", "react [default, useState, useEffect] @3:1+58",
                "react [FC] @4:1+31", "./styles.css [] @5:1+21", "./utils [helper, other] @6:1+48", "./all [*] @7:1+21",
                "jsonwebtoken [] @8:13+23", "./lazy.js [] @9:20+19",
            ],
            JavaScript(code).Imports.Select(Import));
    }

    [Fact]
    public void Calls_have_dotted_callees_and_object_and_env_arguments()
    {
        const string code = """
            const express = require("express");
            const cors = require("cors");
            const jwt = require("jsonwebtoken");
            const app = express();
            app.use(cors());
            app.use(cors({ origin: "*", credentials: true }));
            app.use(express.json());
            function login(req, res) {
              const token = jwt.sign(payload, secret);
              return jwt.sign({ id: user.id }, process.env.JWT_SECRET || "dev", { expiresIn: "1h" });
            }
            """;

        var facts = JavaScript(code, "server.js");

        Assert.Equal(
            [
                "require(\"express\") @1:17+18",
                "require(\"cors\") @2:14+15",
                "require(\"jsonwebtoken\") @3:13+23",
                "express() @4:13+9",
                "app.use(expr cors()) @5:1+15",
                "cors() @5:9+6",
                "app.use(expr cors({ origin: \"*\", credentials: true })) @6:1+49",
                "cors({origin: \"*\", credentials: true}) @6:9+40",
                "app.use(expr express.json()) @7:1+23",
                "express.json() @7:9+14",
                "jwt.sign(expr payload, expr secret) @9:17+25",
                "jwt.sign({id: expr user.id}, env JWT_SECRET ?? \"dev\", {expiresIn: \"1h\"}) @10:10+79",
            ],
            facts.Calls.Select(Call));
        Assert.Equal(["jwt.sign in login", "jwt.sign in login"], facts.Calls.Where(c => c.Is("sign")).Select(Context));
        Assert.All(facts.Calls, c => Assert.Equal(SourceLanguage.JavaScript, c.Language));
    }

    [Fact]
    public void Environment_reads_have_fallbacks_and_destructuring_defaults()
    {
        const string code = """
            const port = process.env.PORT || 3000;
            const host = process.env["HOST"] ?? "0.0.0.0";
            const api = import.meta.env.VITE_API_URL;
            const { DB_URL, REDIS = "redis://localhost", TOKEN: token = "t" } = process.env;
            const n = Number(process.env.WORKERS) || 2;
            console.log(`db ${process.env.DB_NAME}`);
            """;

        var facts = JavaScript(code);

        Assert.Equal(
            ["JavaScript port = env PORT ?? 3000 @1:7+31", "JavaScript host = env HOST ?? \"0.0.0.0\" @2:7+39", "JavaScript api = env VITE_API_URL @3:7+34"],
            facts.Settings.Select(Setting));
        Assert.Equal(
            [
                "PORT ?? 3000 @1:14+16", "HOST ?? \"0.0.0.0\" @2:14+19", "VITE_API_URL ?? none @3:13+28", "DB_URL ?? none @4:9+6",
                "REDIS ?? \"redis://localhost\" @4:17+5", "TOKEN ?? \"t\" @4:46+5", "WORKERS ?? none @5:18+19", "DB_NAME ?? none @6:19+19",
            ],
            facts.EnvReads.Select(Env));
    }

    [Fact]
    public void Top_level_declarations_and_object_entries_are_settings()
    {
        const string code = """
            export const API_URL = "http://localhost:8000";
            export const TIMEOUT: number = 5_000;
            export const MODES = ["dev", "prod"] as const;
            export const handler = async () => {};
            const config = { apiUrl: "http://localhost:8000", retry: { count: 3 }, origin, "x-key": 'v' };
            const app = express();
            let debug = true, name = 'svc';
            var nothing;
            function f() { const inner = 1; }
            module.exports = { port: 8080 };
            """;

        Assert.Equal(
            [
                "JavaScript API_URL = \"http://localhost:8000\" @1:14+33",
                "JavaScript TIMEOUT = 5_000 @2:14+23",
                "JavaScript MODES = [\"dev\", \"prod\"] @3:14+32",
                "JavaScript config = {apiUrl: \"http://localhost:8000\", retry: {count: 3}, origin: expr origin, x-key: \"v\"} @5:7+87",
                "JavaScript config.apiUrl = \"http://localhost:8000\" @5:18+31",
                "JavaScript config.retry = {count: 3} @5:51+19",
                "JavaScript config.retry.count = 3 @5:60+8",
                "JavaScript config.origin = expr origin @5:72+6",
                "JavaScript config.x-key = \"v\" @5:80+12",
                "JavaScript debug = true @7:5+12",
                "JavaScript name = \"svc\" @7:19+12",
                "JavaScript module.exports.port = 8080 @10:20+10",
            ],
            JavaScript(code, "config.ts").Settings.Select(Setting));
    }

    [Fact]
    public void Vite_define_config_entries_are_settings_down_to_proxy_targets()
    {
        const string code = """
            import { defineConfig } from "vite";
            export default defineConfig({
              plugins: [react()],
              server: {
                port: 5173,
                proxy: {
                  "/api": { target: "http://localhost:8000", changeOrigin: true },
                  "/ws": "ws://localhost:8001",
                },
              },
            });
            """;

        var settings = JavaScript(code, "vite.config.ts").Settings;

        Assert.Equal(
            [
                "defineConfig.plugins = [expr react()]",
                "defineConfig.server = {port: 5173, proxy: {/api: {target: \"http://localhost:8000\", changeOrigin: true}, /ws: \"ws://localhost:8001\"}}",
                "defineConfig.server.port = 5173",
                "defineConfig.server.proxy = {/api: {target: \"http://localhost:8000\", changeOrigin: true}, /ws: \"ws://localhost:8001\"}",
                "defineConfig.server.proxy./api = {target: \"http://localhost:8000\", changeOrigin: true}",
                "defineConfig.server.proxy./api.target = \"http://localhost:8000\"",
                "defineConfig.server.proxy./api.changeOrigin = true",
                "defineConfig.server.proxy./ws = \"ws://localhost:8001\"",
            ],
            settings.Select(s => $"{s.Path} = {Value(s.Value)}"));
        var target = settings[5];
        Assert.Equal(("target", "defineConfig.server.proxy./api", "7:17+31"), (target.Name, target.Scope, Span(target.Span)));
        Assert.Equal(["base = \"/app/\""], JavaScript("export default defineConfig(({ mode }) => ({ base: \"/app/\" }));").Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
    }

    [Fact]
    public void Calls_know_the_innermost_named_function_and_whether_it_is_async()
    {
        const string code = """
            async function main() {
              await run();
            }
            const handler = async (req, res) => {
              res.send(await load());
            };
            class Service {
              start() { this.boot(); }
              static async stop() { await this.halt(); }
            }
            const obj = {
              method() { helper(); },
              arrow: () => other(),
            };
            app.get("/x", function (req, res) { res.end(); });
            items.forEach(item => process(item));
            """;

        var facts = JavaScript(code);

        Assert.Equal(
            [
                "run in main async", "res.send in handler async", "load in handler async", "this.boot in start", "this.halt in stop async",
                "helper in method", "other in arrow", "app.get in module", "res.end in (anonymous)", "items.forEach in module",
                "process in (anonymous)",
            ],
            facts.Calls.Select(Context));
        Assert.Equal(
            [
                "async main [] @1:1+21..3", "async handler [] @4:17+19..6", "Service.start [] @8:3+7..8", "async Service.stop [] @9:3+19..9",
                "method [] @12:3+8..12", "arrow [] @13:10+5..13",
            ],
            facts.Functions.Select(Function));
        Assert.Equal(["Service"], facts.Classes.Select(c => c.Name));
    }
}
