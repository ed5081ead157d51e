using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class ProductionSourceMapsExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "Vite builds with sourcemap: true, and the Next.js app publishes browser source maps",
            ("web/vite.config.ts", """
                import { defineConfig } from "vite";
                import react from "@vitejs/plugin-react";

                export default defineConfig({
                  plugins: [react()],
                  build: { outDir: "dist", sourcemap: [|true|] },
                });
                """),
            ("site/next.config.js", """
                module.exports = {
                  reactStrictMode: true,
                  [|productionBrowserSourceMaps: true|],
                };
                """)),
        RuleExample.Bad(
            "webpack picks full source maps for its production mode",
            ("webpack.config.js", """
                const isProduction = process.env.NODE_ENV === "production";

                module.exports = {
                  mode: isProduction ? "production" : "development",
                  [|devtool: isProduction ? "source-map"|] : "eval-cheap-module-source-map",
                };
                """)),
        RuleExample.Bad(
            "a Create React App build that never turns GENERATE_SOURCEMAP off",
            ("client/package.json", """
                {
                  "name": "client",
                  "dependencies": { "react": "^18.2.0", [|"react-scripts"|]: "5.0.1" },
                  "scripts": { "build": "react-scripts build" }
                }
                """)),
        RuleExample.Good(
            "hidden maps for the error tracker, CRA maps off in the build script, and a development-only webpack config",
            ("web/vite.config.ts", """
                import { defineConfig } from "vite";

                export default defineConfig({ build: { sourcemap: "hidden" } });
                """),
            ("client/package.json", """
                {
                  "name": "client",
                  "dependencies": { "react-scripts": "5.0.1" },
                  "scripts": { "build": "GENERATE_SOURCEMAP=false react-scripts build" }
                }
                """),
            ("tools/webpack.dev.config.js", """
                module.exports = { mode: "development", devtool: "eval-source-map" };
                """)),
    ];
}
