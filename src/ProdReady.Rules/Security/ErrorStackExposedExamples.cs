using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class ErrorStackExposedExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "an arrow error middleware and a TypeScript one answer with the stack in every environment",
            ("src/app.js", """
                const express = require("express");
                const app = express();

                app.use((err, req, res, next) => {
                  res.status(err.status || 500).json({ message: err.message, stack: [|err.stack|] });
                });
                """),
            ("src/errors.ts", """
                import { NextFunction, Request, Response } from "express";

                export function errorHandler(error: Error, req: Request, res: Response, next: NextFunction) {
                  res.status(500).send(`<pre>${[|error.stack|]}</pre>`);
                }
                """)),
        RuleExample.Good(
            "the stack is sent only in development, or logged and never sent",
            ("src/app.js", """
                app.use((err, req, res, next) => {
                  const body = { message: "Internal error" };
                  if (process.env.NODE_ENV === "development") body.stack = err.stack;
                  res.status(500).json(body);
                });
                """),
            ("src/errors.js", """
                module.exports = function handle(err, req, res, next) {
                  logger.error({ err, stack: err.stack }, "request failed");
                  res.status(500).json({ message: "Internal error", requestId: req.id });
                };
                """)),
    ];
}
