using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProdReady.Model.Claims;

namespace ProdReady.Reporting.Claims;

public sealed class ClaimsJsonWriter : IClaimsWriter
{
    public const string SchemaVersion = "1.0";

    private static readonly JsonSerializerOptions Options = new(ClaimsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<JsonClaimsReport> Info = (JsonTypeInfo<JsonClaimsReport>)Options.GetTypeInfo(typeof(JsonClaimsReport));

    public ReportFormat Format => ReportFormat.Json;

    public void Write(ClaimsReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(JsonSerializer.Serialize(Map(report), Info));
        output.Write('\n');
    }

    private static JsonClaimsReport Map(ClaimsReport report) => new()
    {
        SchemaVersion = SchemaVersion,
        Document = report.Document,
        Target = report.Target,
        Claims = [.. report.Claims.Select(c => new JsonClaim
        {
            Line = c.Line,
            Text = c.Text.Value,
            Topic = c.Topic,
            Status = c.Status.Id(),
            Evidence = [.. c.Evidence.Select(e => new JsonClaimEvidence { RuleId = e.RuleId, File = e.File, Line = e.Line, Text = e.Text.Value })],
        })],
        Counts = new JsonClaimCounts
        {
            Supported = report.Count(ClaimStatus.Supported),
            Contradicted = report.Count(ClaimStatus.Contradicted),
            NoEvidence = report.Count(ClaimStatus.NoEvidence),
            NotCheckable = report.Count(ClaimStatus.NotCheckable),
        },
    };
}
