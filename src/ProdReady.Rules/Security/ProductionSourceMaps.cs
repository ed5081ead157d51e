using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed partial class ProductionSourceMaps : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU055"),
        Name = "production-source-maps",
        Title = "Production builds publish source maps",
        Area = Area.Security,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "A public .map file hands every visitor the front end's original source: comments, internal API routes, " +
            "feature flags and the logic behind client-side checks, which makes finding weaknesses much cheaper.",
        Fix = "Turn source maps off for production builds, or build them hidden and upload them to the error tracker only: " +
            "Vite `build.sourcemap: 'hidden'`, `GENERATE_SOURCEMAP=false` for Create React App, `productionBrowserSourceMaps: false` " +
            "in Next.js, `devtool: 'hidden-source-map'` in webpack.",
        References =
        [
            "https://vite.dev/config/build-options#build-sourcemap",
            "https://create-react-app.dev/docs/advanced-configuration/",
            "https://nextjs.org/docs/app/api-reference/config/next-config-js/productionBrowserSourceMaps",
        ],
        Examples = ProductionSourceMapsExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var configs = facts.Repository.Files.Where(f => FileRoles.IsProduction(f.Path) && BuildConfig().IsMatch(f.Name)).ToList();
        var createReactApp = facts.Dependencies.FirstOrDefault(d => d.Name == "react-scripts" && FileRoles.IsProduction(d.Span.File));
        if (configs.Count == 0 && createReactApp is null)
        {
            return RuleOutcome.Skip("no Vite, webpack, Next.js or Create React App build configuration");
        }

        var violations = new List<Violation>();
        foreach (var call in facts.Calls.Where(c => c.Name == "defineConfig" && configs.Any(f => f.Path == c.Span.File)))
        {
            if (call.Positional(0)?.Entry("build")?.Entry("sourcemap") is { } sourcemap && (sourcemap.IsTrue || sourcemap.Text is "inline"))
            {
                violations.Add(new Violation(sourcemap.Span, $"build.sourcemap is {sourcemap.Raw} in {call.Span.File}: the production bundle ships its .map files"));
            }
        }

        // Stopgap: Next.js and webpack configurations are plain exported objects, which no fact describes; their
        // text is searched for the one option that publishes maps.
        foreach (var file in configs.Where(f => !f.Name.StartsWith("vite.", StringComparison.Ordinal)))
        {
            var option = file.Name.StartsWith("next.", StringComparison.Ordinal) ? NextMaps().Match(file.Text) : WebpackMaps().Match(file.Text);
            if (option.Success && (file.Name.StartsWith("next.", StringComparison.Ordinal) || ProductionWebpack(file.Name, file.Text)))
            {
                var (line, column) = file.Position(option.Index);
                violations.Add(new Violation(new SourceSpan(file.Path, line, column, option.Length), $"{option.Value} in {file.Path}: the production bundle ships its .map files"));
            }
        }

        if (createReactApp is not null && !CreateReactAppMapsOff(facts))
        {
            violations.Add(new Violation(createReactApp.Span,
                $"Create React App builds source maps unless GENERATE_SOURCEMAP=false, and nothing sets it (react-scripts in {createReactApp.Span.File})"));
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"the production build configuration publishes no source maps ({string.Join(", ", configs.Select(c => c.Path).Take(3))})"));
    }

    /// <summary>A webpack configuration that production builds use: named for production, or one that mentions the
    /// production mode (set in it or chosen by a condition on it).</summary>
    private static bool ProductionWebpack(string name, string text) =>
        name.Contains("prod", StringComparison.OrdinalIgnoreCase) || text.Contains("production", StringComparison.Ordinal);

    /// <summary>GENERATE_SOURCEMAP=false in an env file the build reads or in the package's build script.</summary>
    private static bool CreateReactAppMapsOff(RepositoryFacts facts) =>
        facts.Settings.Any(s => s.Name == "GENERATE_SOURCEMAP" && s.Value.Text is "false")
        || facts.Repository.Files.Any(f => f.Name == "package.json" && f.Text.Contains("GENERATE_SOURCEMAP=false", StringComparison.Ordinal));

    [GeneratedRegex(@"^(vite\.config|webpack(\.[\w-]+)*\.config|webpack\.(prod|production)|next\.config)\.(js|mjs|cjs|ts|mts)$")]
    private static partial Regex BuildConfig();

    [GeneratedRegex(@"productionBrowserSourceMaps\s*:\s*true")]
    private static partial Regex NextMaps();

    // devtool: "source-map", or the production branch of a condition: devtool: isProduction ? "source-map" : "eval".
    [GeneratedRegex(@"devtool\s*:\s*(\w*prod\w*\s*\?\s*)?['""](inline-|eval-|cheap-|cheap-module-)*source-map['""]", RegexOptions.IgnoreCase)]
    private static partial Regex WebpackMaps();
}
