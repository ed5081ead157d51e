using System.Text.Json;
using System.Text.RegularExpressions;
using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

/// <summary>Reads the Allow statements of IAM policies written in Terraform: JSON in a string or heredoc,
/// <c>jsonencode({...})</c>, and <c>aws_iam_policy_document</c> data sources. A policy that is not literal JSON (built
/// from interpolation, a file or a template) is not read.</summary>
internal static partial class IamPolicies
{
    public static IEnumerable<IamPolicyStatement> Statements(AuditContext context)
    {
        foreach (var file in context.Facts.Terraform.Files.Where(f => InfrastructurePaths.IsAudited(f.Path)))
        {
            foreach (var resource in file.Resources.Where(r => r.Kind.StartsWith("aws_iam_", StringComparison.Ordinal)))
            {
                foreach (var block in resource.DescendantsAndSelf())
                {
                    if (block.Value("policy") is { } policy)
                    {
                        foreach (var statement in FromValue(context, resource, policy))
                        {
                            yield return statement;
                        }
                    }
                }
            }

            foreach (var document in file.Blocks.Where(b => b.Type == "data" && b.Kind == "aws_iam_policy_document"))
            {
                foreach (var statement in document.Children("statement").Where(s => s.Value("effect") is not { } e || e.Is("Allow")))
                {
                    var actions = statement.Value("actions")?.Items ?? [];
                    var widest = actions.FirstOrDefault(a => a.Text is "*" or "*:*") ?? actions.FirstOrDefault(a => a.Text.EndsWith(":*", StringComparison.Ordinal));
                    yield return new IamPolicyStatement(
                        $"data.{document.Address}",
                        [.. actions.Where(a => a.IsLiteral).Select(a => a.Text)],
                        [.. (statement.Value("resources")?.Items ?? []).Where(r => r.IsLiteral).Select(r => r.Text)],
                        widest?.Span ?? statement.Span);
                }
            }
        }
    }

    private static IEnumerable<IamPolicyStatement> FromValue(AuditContext context, HclBlock resource, HclValue policy)
    {
        if (policy is { Kind: HclValueKind.Call, Text: "jsonencode" } && policy.Items.Length == 1)
        {
            return FromObject(resource, policy.Items[0]);
        }

        return policy is { Kind: HclValueKind.String } ? FromJson(context, resource, policy) : [];
    }

    private static IEnumerable<IamPolicyStatement> FromObject(HclBlock resource, HclValue document)
    {
        var statements = document.Entry("Statement") is { } s ? (s.Kind == HclValueKind.List ? s.Items : [s]) : [];
        foreach (var statement in statements.Where(s => s.Kind == HclValueKind.Object))
        {
            if (statement.Entry("Effect") is not { } effect || !effect.Is("Allow"))
            {
                continue;
            }

            var actions = Strings(statement.Entry("Action"));
            var widest = actions.FirstOrDefault(a => a.Text is "*" or "*:*") ?? actions.FirstOrDefault(a => a.Text.EndsWith(":*", StringComparison.Ordinal));
            yield return new IamPolicyStatement(resource.Address, [.. actions.Select(a => a.Text)], [.. Strings(statement.Entry("Resource")).Select(r => r.Text)],
                widest?.Span ?? statement.Span);
        }
    }

    private static List<HclValue> Strings(HclValue? value) => value switch
    {
        null => [],
        { Kind: HclValueKind.List } => [.. value.Items.Where(i => i.IsLiteral)],
        { IsLiteral: true } => [value],
        _ => [],
    };

    private static IEnumerable<IamPolicyStatement> FromJson(AuditContext context, HclBlock resource, HclValue policy)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(policy.Text);
        }
        catch (JsonException)
        {
            return [];
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("Statement", out var statements))
            {
                return [];
            }

            var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
            var results = new List<IamPolicyStatement>();
            var locations = Locations(context, policy).GetEnumerator();
            foreach (var statement in list.Where(s => s.ValueKind == JsonValueKind.Object))
            {
                if (!statement.TryGetProperty("Effect", out var effect) || effect.GetString() != "Allow")
                {
                    continue;
                }

                var actions = JsonStrings(statement, "Action");
                var wildcard = actions.Any(a => a is "*" or "*:*");
                var span = wildcard && locations.MoveNext() ? locations.Current : policy.Span;
                results.Add(new IamPolicyStatement(resource.Address, actions, JsonStrings(statement, "Resource"), span));
            }

            return results;
        }
    }

    private static List<string> JsonStrings(JsonElement statement, string name) =>
        !statement.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
        : [];

    /// <summary>Where each <c>"Action": "*"</c> is written inside the policy's string or heredoc, in order.</summary>
    private static IEnumerable<SourceSpan> Locations(AuditContext context, HclValue policy)
    {
        if (context.Repository.File(policy.Span.File) is not { } file)
        {
            yield break;
        }

        var start = file.Offset(policy.Span.Line, policy.Span.Column);
        var length = Math.Min(policy.Span.Length, file.Text.Length - start);
        foreach (Match match in WildcardAction().Matches(file.Text.Substring(start, length)))
        {
            var (line, column) = file.Position(start + match.Groups["star"].Index);
            yield return new SourceSpan(file.Path, line, column, match.Groups["star"].Length);
        }
    }

    [GeneratedRegex("""\\?"Action\\?"\s*:\s*(\[[^\]]*?)?(?<star>\\?"\*(:\*)?\\?")""")]
    private static partial Regex WildcardAction();
}
