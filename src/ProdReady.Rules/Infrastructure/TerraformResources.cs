using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

/// <summary>Terraform look-ups shared by the infrastructure rules.</summary>
internal static class TerraformResources
{
    public static IEnumerable<HclBlock> Of(AuditContext context, params string[] kinds) =>
        context.Facts.Terraform.ResourcesOf(kinds).Where(r => InfrastructurePaths.IsAudited(r.File.Path)).Select(r => r.Resource);

    public static bool Any(AuditContext context) =>
        context.Facts.Terraform.Files.Any(f => InfrastructurePaths.IsAudited(f.Path));

    /// <summary>A value that is the literal <c>true</c>, including the string <c>"true"</c>.</summary>
    public static bool IsTrue(HclValue? value) => value is not null && value.IsTrue;

    public static bool IsFalse(HclValue? value) => value is not null && value.IsFalse;

    /// <summary>Refers to <paramref name="resource"/> (<c>aws_s3_bucket.logs.id</c>, <c>"${aws_s3_bucket.logs.id}"</c>).</summary>
    public static bool RefersTo(HclValue? value, HclBlock resource) =>
        value is not null && (value.Text.StartsWith(resource.Address + ".", StringComparison.Ordinal)
                              || value.Text.Contains("{" + resource.Address + ".", StringComparison.Ordinal));

    /// <summary>A resource's literal name attribute when it is written out, such as a bucket name.</summary>
    public static bool Names(HclValue? value, HclBlock resource, string attribute) =>
        value is { IsLiteral: true } && resource.Value(attribute) is { IsLiteral: true } name && name.Text == value.Text;

    public static string Describe(HclBlock resource) => $"{resource.Address} ({resource.Span})";
}
