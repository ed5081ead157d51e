using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>A secret-named variable with a prefix that bundlers inline into browser code. The name alone is the
/// finding: whatever value the build is given ends up in the JavaScript every visitor downloads.</summary>
public sealed partial class BrowserExposedSecret : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC008"),
        Name = "browser-exposed-secret",
        Title = "A secret is put in a variable that ships to every browser",
        Area = Area.Secrets,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "Vite (VITE_), Create React App (REACT_APP_), Next.js (NEXT_PUBLIC_), Nuxt (NUXT_PUBLIC_), Expo (EXPO_PUBLIC_) " +
            "and SvelteKit (PUBLIC_) copy variables with these prefixes into the built JavaScript as plain text. A secret key, " +
            "password or private token given such a name is readable by anyone who opens the browser's developer tools, " +
            "whatever the value and however the .env file is protected.",
        Fix = "Keep the secret on a server: call the third-party API from the backend (or a serverless function) that reads an " +
            "unprefixed variable, and give the browser only publishable keys (Stripe pk_, reCAPTCHA site keys, Firebase web config). " +
            "Rotate any secret that was built into a deployed bundle.",
        References =
        [
            "https://vite.dev/guide/env-and-mode",
            "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser",
            "https://create-react-app.dev/docs/adding-custom-environment-variables/",
        ],
        Examples = BrowserExposedSecretExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var exposedNames = 0;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in facts.Settings.Where(s => s.Origin == SettingOrigin.DotEnv && (FileRoles.IsProduction(s.File) || FileRoles.IsEnvExample(s.File))))
        {
            if (Exposed(setting.Name) is not { } prefix)
            {
                continue;
            }

            exposedNames++;
            if (!IsSecret(setting.Name, prefix))
            {
                continue;
            }

            reported.Add(setting.Name);
            var value = setting.Value.Text ?? string.Empty;
            var strong = SecretValues.Judge(value) == SecretStrength.Strong && !FileRoles.IsEnvExample(setting.File);
            violations.Add(new Violation(setting.Span, strong
                ? $"{setting.Name} in {setting.File} holds a secret that the build inlines into the browser bundle"
                : $"{setting.Name} in {setting.File} names a secret for the browser bundle: whatever value it is given ships to every visitor")
            {
                Secret = strong ? value : null,
                Severity = strong ? Severity.Critical : null,
                Key = setting.Name,
            });
        }

        foreach (var read in facts.EnvReads.Where(r => FileRoles.IsJavaScript(r.Span.File) && FileRoles.IsProduction(r.Span.File)))
        {
            if (Exposed(read.Name) is not { } prefix)
            {
                continue;
            }

            exposedNames++;
            // One finding per variable: its env file line when there is one, else the first place the code reads it.
            if (IsSecret(read.Name, prefix) && reported.Add(read.Name))
            {
                violations.Add(new Violation(read.Span, $"browser code reads {read.Name}: the build inlines its value into the bundle every visitor downloads")
                {
                    Key = read.Name,
                });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return exposedNames > 0
            ? RuleOutcome.Pass(new Evidence($"no browser-exposed variable names a secret ({exposedNames} definitions and reads checked)"))
            : RuleOutcome.Skip("no VITE_, REACT_APP_, NEXT_PUBLIC_, NUXT_PUBLIC_, EXPO_PUBLIC_ or PUBLIC_ variable");
    }

    private static string? Exposed(string name) => BrowserPrefix().Match(name) is { Success: true } match ? match.Value : null;

    /// <summary>The rest of the name says secret, and it is not one of the keys made to be public.</summary>
    private static bool IsSecret(string name, string prefix)
    {
        var rest = name[prefix.Length..];
        return rest.Length > 0 && !PublicByDesign().IsMatch(rest)
            && SecretNames.Classify(rest) is SecretKind.Own or SecretKind.Password or SecretKind.Credential;
    }

    [GeneratedRegex("^(VITE_|REACT_APP_|NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|PUBLIC_)")]
    private static partial Regex BrowserPrefix();

    // Keys that providers issue for browsers: publishable and site keys, Firebase web config, map and analytics keys.
    [GeneratedRegex("PUBLISHABLE|PUBLIC|SITE_?KEY|ANON|FIREBASE|MAPS?_|MAPBOX|ALGOLIA_SEARCH|SEARCH_(ONLY_)?API_KEY|POSTHOG|SEGMENT|AMPLITUDE|MIXPANEL|PUSHER|ONESIGNAL|CLERK|GOOGLE_ANALYTICS|RECAPTCHA|HCAPTCHA|TURNSTILE|SENTRY|DATADOG_CLIENT|RUM_", RegexOptions.IgnoreCase)]
    private static partial Regex PublicByDesign();
}
