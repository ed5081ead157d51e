using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Nginx;

/// <summary>One nginx configuration file: its top-level directives (a file included into <c>http</c> starts
/// directly with <c>server</c> blocks).</summary>
public sealed record NginxConfig(string Path, ImmutableArray<NginxDirective> Directives)
{
    public IEnumerable<NginxDirective> All => Directives.SelectMany(d => d.Descendants().Prepend(d));

    /// <summary>Every <c>server</c> block, wherever it is nested.</summary>
    public IEnumerable<NginxDirective> Servers => All.Where(d => d.Name == "server" && d.IsBlock);
}
