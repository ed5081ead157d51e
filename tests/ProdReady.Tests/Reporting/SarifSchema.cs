using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace ProdReady.Tests.Reporting;

/// <summary>The OASIS SARIF 2.1.0 schema from the shared specs beside the repository, read where it is rather than
/// copied in. Found by walking up from the test directory to a folder that has shared/specs.</summary>
internal static class SarifSchema
{
    private static readonly string[] Relative = ["shared", "specs", "sarif-schema-2.1.0.json"];
    private static readonly Lazy<JSchema> Schema = new(() => JSchema.Parse(File.ReadAllText(Locate())));

    public static IList<string> Errors(string sarif)
    {
        JToken.Parse(sarif).IsValid(Schema.Value, out IList<ValidationError> errors);
        return [.. errors.Select(e => $"{e.Path}: {e.Message}")];
    }

    public static void AssertValid(string sarif)
    {
        var errors = Errors(sarif);
        Assert.True(errors.Count == 0, "SARIF is not valid against the 2.1.0 schema:\n" + string.Join('\n', errors));
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(TestPaths.RepoRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. Relative]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No {Path.Combine(Relative)} above {TestPaths.RepoRoot}; the SARIF schema lives in the shared specs beside the repository.");
    }
}
