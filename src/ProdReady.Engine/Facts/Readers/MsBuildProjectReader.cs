using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads <c>PackageReference</c> items of <c>*.csproj</c>, <c>*.fsproj</c> and <c>*.vbproj</c> files as
/// NuGet dependencies; the version comes from the <c>Version</c> or <c>VersionOverride</c> attribute or child
/// element (null under central package management). <c>PrivateAssets="all"</c> marks a build-time-only (development)
/// package such as an analyzer.</summary>
public sealed class MsBuildProjectReader : IFactReader
{
    public bool CanRead(SourceFile file) => FileKinds.IsMsBuildProject(file.Path);

    public FileFacts Read(SourceFile file)
    {
        var document = Load(file);
        var dependencies = document.Descendants()
            .Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => Dependency(file, e))
            .OfType<DependencyFact>()
            .ToImmutableArray();
        return new FileFacts { Dependencies = dependencies };
    }

    private static XDocument Load(SourceFile file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(file.Text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            throw new FactReaderException($"invalid XML at line {exception.LineNumber}: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static DependencyFact? Dependency(SourceFile file, XElement element)
    {
        var name = Property(element, "Include") ?? Property(element, "Update");
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var version = Property(element, "Version") ?? Property(element, "VersionOverride");
        var development = string.Equals(Property(element, "PrivateAssets"), "all", StringComparison.OrdinalIgnoreCase);
        var line = (IXmlLineInfo)element;

        // XmlReader positions an element at its name; the span starts at the '<' before it.
        var span = new SourceSpan(file.Path, line.LineNumber, line.LinePosition - 1, element.Name.LocalName.Length + 1);
        return new DependencyFact("nuget", name.Trim(), version?.Trim(), span, development);
    }

    private static string? Property(XElement element, string name) =>
        element.Attribute(name)?.Value ?? element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
