using System.Globalization;
using System.Text.Json;
using ProdReady.Reporting.Json;

namespace ProdReady.Reporting.Diff;

/// <summary>Reads a report for the diff and says in one line why a document is not one it can compare.</summary>
public static class DiffReportReader
{
    /// <exception cref="InvalidDataException">The text is not a ProdReady JSON report of a known schema version.</exception>
    public static JsonReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // The version is looked at before the whole document, so a report from a later major version is named as
        // such instead of failing on whichever field it renamed.
        var version = SchemaVersion(json);
        var major = version.Split('.')[0];
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != JsonReportSchema.MajorVersion)
        {
            throw new InvalidDataException($"schema version '{version}' is not supported; this ProdReady reads {JsonReportSchema.MajorVersion}.x");
        }

        try
        {
            return JsonReportSchema.Deserialize(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a ProdReady JSON report ({Explain(e.Message)})", e);
        }
    }

    // System.Text.Json names the internal type and lists the missing fields after "including:"; the user needs the fields.
    private static string Explain(string message)
    {
        const string Marker = "required properties including: ";
        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? FirstSentence(message) : "missing " + FirstSentence(message[(at + Marker.Length)..]).Replace("'", string.Empty, StringComparison.Ordinal);
    }

    private static string SchemaVersion(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schemaVersion", out var version)
                && version.ValueKind == JsonValueKind.String
                && document.RootElement.TryGetProperty("findings", out _))
            {
                return version.GetString() ?? string.Empty;
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a ProdReady JSON report (invalid JSON: {FirstSentence(e.Message)})", e);
        }

        throw new InvalidDataException("not a ProdReady JSON report (no schemaVersion and findings)");
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
