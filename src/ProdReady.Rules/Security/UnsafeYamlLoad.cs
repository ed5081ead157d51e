using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Security;

public sealed partial class UnsafeYamlLoad : Rule
{
    /// <summary>PyYAML loaders that build only plain data.</summary>
    private static readonly FrozenSet<string> SafeLoaders = FrozenSet.Create(StringComparer.Ordinal, "SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader");

    /// <summary>Loaders that construct arbitrary Python objects (<c>!!python/object/apply</c>), and FullLoader, which
    /// still constructs Python types and had bypasses up to PyYAML 5.4.</summary>
    private static readonly FrozenDictionary<string, Severity> UnsafeLoaders = new Dictionary<string, Severity>
    {
        ["Loader"] = Severity.High,
        ["CLoader"] = Severity.High,
        ["UnsafeLoader"] = Severity.High,
        ["CUnsafeLoader"] = Severity.High,
        ["FullLoader"] = Severity.Medium,
        ["CFullLoader"] = Severity.Medium,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LoadFunctions = FrozenSet.Create(StringComparer.Ordinal,
        "load", "load_all", "safe_load", "safe_load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all");

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU061"),
        Name = "yaml-load-without-safe-loader",
        Title = "YAML parsed with a loader that builds Python objects",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "PyYAML's Loader and UnsafeLoader (and yaml.unsafe_load) construct any Python object a document names: " +
            "a tag such as !!python/object/apply:os.system runs a command while the file is parsed. Whoever can put YAML " +
            "in front of the application (an upload, a request body, a config file in a shared bucket) runs code with its " +
            "rights. FullLoader still builds Python types and had known bypasses up to PyYAML 5.4; without a Loader, " +
            "PyYAML before 6 falls back to one of these and PyYAML 6 raises TypeError.",
        Fix = "Use yaml.safe_load(stream) (or yaml.load(stream, Loader=yaml.CSafeLoader) for speed, safe_load_all for " +
            "several documents); to build your own types, register constructors on a SafeLoader subclass.",
        References =
        [
            "https://pyyaml.org/wiki/PyYAMLDocumentation",
            "https://github.com/yaml/pyyaml/wiki/PyYAML-yaml.load(input)-Deprecation",
            "https://cwe.mitre.org/data/definitions/502.html",
        ],
        AppliesTo = [Technology.Python],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && ApplicationCode.Is(c.Span.File)))
        {
            if (PyYamlFunction(facts, call) is not { } function || !LoadFunctions.Contains(function))
            {
                continue;
            }

            if (function is "safe_load" or "safe_load_all")
            {
                evidence.Add(new Evidence($"yaml.{function} in {call.Span}", call.Span));
                continue;
            }

            if (function is "unsafe_load" or "unsafe_load_all" or "full_load" or "full_load_all")
            {
                var severity = function.StartsWith("full", StringComparison.Ordinal) ? Severity.Medium : Severity.High;
                violations.Add(new Violation(call.Span, $"yaml.{function}() builds Python objects from the document") { Severity = severity });
                continue;
            }

            var loader = call.Keyword("Loader") ?? call.Positional(1);
            if (loader is null)
            {
                violations.Add(new Violation(call.Span, $"yaml.{function}() without a Loader: PyYAML before 6 falls back to a loader that builds " +
                    "Python objects (and 6 raises TypeError)")
                { Severity = Severity.Medium });
                continue;
            }

            var name = LoaderName(facts, call.Span.File, loader.Raw);
            if (SafeLoaders.Contains(name) || DerivesFromSafeLoader(facts, name))
            {
                evidence.Add(new Evidence($"yaml.{function} with {name} in {call.Span}", call.Span));
            }
            else if (UnsafeLoaders.TryGetValue(name, out var severity))
            {
                violations.Add(new Violation(call.Span, $"yaml.{function}() with Loader={name}, which builds Python objects from the document") { Severity = severity });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no PyYAML load call");
    }

    /// <summary>The PyYAML function called (<c>yaml.load</c>, or <c>load</c> imported from yaml), or null for any
    /// other <c>load</c> (json, pickle, a ruamel YAML() instance).</summary>
    private static string? PyYamlFunction(RepositoryFacts facts, CallFact call)
    {
        if (call.Callee.StartsWith("yaml.", StringComparison.Ordinal) && call.Callee.Count(c => c == '.') == 1)
        {
            return facts.ImportsIn(call.Span.File).Any(i => i.Module == "yaml" && i.Names.IsEmpty) ? call.Name : null;
        }

        if (call.Callee.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return facts.ImportsIn(call.Span.File).Select(i => i.Module == "yaml" ? i.Imported(call.Callee) : null).FirstOrDefault(n => n is not null);
    }

    /// <summary>The loader class named, seen through <c>from yaml import CSafeLoader as Loader</c>.</summary>
    private static string LoaderName(RepositoryFacts facts, string file, string raw)
    {
        var text = raw.Trim();
        if (text.StartsWith("yaml.", StringComparison.Ordinal))
        {
            return text[5..];
        }

        var imported = facts.ImportsIn(file).Where(i => i.Module == "yaml").Select(i => i.Imported(text)).Where(n => n is not null).ToList();

        // The usual fallback import binds one local name to two classes (CSafeLoader, else SafeLoader): judge it
        // only when every binding agrees.
        if (imported.Count > 0)
        {
            return imported.All(n => SafeLoaders.Contains(n!)) || imported.All(n => UnsafeLoaders.ContainsKey(n!)) ? imported[0]! : string.Empty;
        }

        return text[(text.LastIndexOf('.') + 1)..];
    }

    private static bool DerivesFromSafeLoader(RepositoryFacts facts, string name) =>
        name.Length > 0 && facts.Classes.Any(c => c.Name == name && c.Bases.Any(b => SafeLoaders.Contains(b[(b.LastIndexOf('.') + 1)..])));
}
