using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Security;

public sealed partial class UntrustedDeserialization : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU064"),
        Name = "pickle-from-untrusted-source",
        Title = "Pickled data loaded from a request, an upload or a path set from outside",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "Unpickling runs code: a pickle names callables and their arguments, so pickle.load, joblib.load, " +
            "torch.load without weights_only, dill and pandas.read_pickle execute whatever the file says. Bytes from a " +
            "request or an upload let any client run code on the server; a path taken from an environment variable " +
            "means whoever can replace that file (a shared volume, a bucket) can.",
        Fix = "Never unpickle client data: accept JSON, CSV or another data-only format. For models, ship the artefact " +
            "with the image or verify a checksum before loading; prefer torch.load(path, weights_only=True) (the default " +
            "from PyTorch 2.6), safetensors, ONNX or skops for scikit-learn models.",
        References =
        [
            "https://docs.python.org/3/library/pickle.html",
            "https://pytorch.org/docs/stable/generated/torch.load.html",
            "https://joblib.readthedocs.io/en/stable/persistence.html",
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
        var safeTorchDefault = TorchLoadsWeightsOnly(facts);
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && ApplicationCode.Is(c.Span.File)))
        {
            if (Loader(call, safeTorchDefault, evidence) is not { } loader || call.Positional(0) is not { } argument)
            {
                continue;
            }

            if (Source(context, call, argument) is { } source)
            {
                violations.Add(new Violation(call.Span, $"{call.Callee}() {loader} data from {source.What}") { Severity = source.Severity });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no unpickling of request data, uploads or paths set from outside");
    }

    /// <summary>What the call does when it unpickles (null when it cannot).</summary>
    private static string? Loader(CallFact call, bool safeTorchDefault, List<Evidence> evidence)
    {
        switch (call.Callee)
        {
            case "pickle.load" or "pickle.loads" or "cPickle.load" or "cPickle.loads" or "dill.load" or "dill.loads"
                or "cloudpickle.load" or "cloudpickle.loads" or "joblib.load" or "pd.read_pickle" or "pandas.read_pickle":
                return "unpickles";
            case "np.load" or "numpy.load":
                return call.Keyword("allow_pickle")?.IsTrue == true ? "unpickles (allow_pickle=True)" : null;
            case "torch.load":
                var weightsOnly = call.Keyword("weights_only");
                if (weightsOnly?.IsTrue == true || (weightsOnly is null && safeTorchDefault))
                {
                    evidence.Add(new Evidence($"torch.load with weights_only in {call.Span}", call.Span));
                    return null;
                }

                return "unpickles (weights_only is not True)";
            default:
                return null;
        }
    }

    /// <summary>Where the loaded bytes or path come from, when it is outside the repository.</summary>
    private static (string What, Severity Severity)? Source(AuditContext context, CallFact call, FactValue argument)
    {
        if (argument.Kind == ValueKind.EnvLookup)
        {
            return ($"a path read from {argument.EnvName ?? "the environment"}", Severity.Low);
        }

        if (argument.Kind != ValueKind.Expression)
        {
            return null;
        }

        var texts = new List<(string Text, string Via)> { (argument.Raw, "") };
        foreach (var name in LocalVariables.Names(argument.Raw).Take(8))
        {
            texts.AddRange(LocalVariables.Assigned(context, call, name, python: true).Select(t => (t, $" (in {name})")));
            texts.AddRange(context.Facts.SettingsIn(call.Span.File)
                .Where(s => s.Name == name && s.Origin == SettingOrigin.PythonModule && s.Value.Kind == ValueKind.EnvLookup)
                .Select(s => ($"os.environ[\"{s.Value.EnvName}\"]", $" (in {name})")));
        }

        foreach (var (text, via) in texts)
        {
            if (RequestData.First(text, python: true) is { } request)
            {
                return ($"{request}{via}", Severity.Critical);
            }

            if (Upload(context, call, text) is { } upload)
            {
                return ($"the upload {upload}{via}", Severity.Critical);
            }
        }

        foreach (var (text, via) in texts)
        {
            if (EnvRead().Match(text) is { Success: true } env)
            {
                return ($"a path read from {env.Groups["name"].Value}{via}", Severity.Low);
            }
        }

        return null;
    }

    /// <summary>A FastAPI/Starlette <c>UploadFile</c> parameter of the enclosing function that the text reads.</summary>
    private static string? Upload(AuditContext context, CallFact call, string text)
    {
        if (context.Facts.FunctionAt(call.Span) is not { } function || context.Repository.File(call.Span.File) is not { } file)
        {
            return null;
        }

        var signature = string.Join(' ', Enumerable.Range(function.Span.Line, Math.Min(8, call.Span.Line - function.Span.Line + 1)).Select(file.Line));
        return LocalVariables.Names(text).FirstOrDefault(n => Regex.IsMatch(signature, $@"\b{Regex.Escape(n)}\s*:\s*(?:fastapi\.|starlette\.datastructures\.)?UploadFile\b"));
    }

    /// <summary>PyTorch 2.6 made weights_only=True the default; judged from the declared version.</summary>
    private static bool TorchLoadsWeightsOnly(RepositoryFacts facts) =>
        facts.Dependencies.Any(d => d.Name == "torch" && d.Version is { } version && !version.Contains('<', StringComparison.Ordinal)
            && TorchVersion().Match(version) is { Success: true } match
            && (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 2
                || (match.Groups[1].Value == "2" && int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 6)));

    [GeneratedRegex(@"(\d+)\.(\d+)")]
    private static partial Regex TorchVersion();

    [GeneratedRegex(@"os\.(?:environ\.get\(|environ\[|getenv\()\s*[""'](?<name>\w+)[""']")]
    private static partial Regex EnvRead();
}
