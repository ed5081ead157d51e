using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Nginx;

/// <summary>An nginx directive, <c>name arg…;</c> or a block <c>name arg… { … }</c>; <see cref="Span"/> is its
/// name. Arguments holding a variable (<c>$host</c>) are unresolved.</summary>
public sealed record NginxDirective
{
    public required string Name { get; init; }

    public required SourceSpan Span { get; init; }

    public ImmutableArray<DocumentValue> Arguments { get; init; } = [];

    /// <summary>The directives inside the block; default for a simple directive.</summary>
    public ImmutableArray<NginxDirective> Children { get; init; }

    public bool IsBlock => !Children.IsDefault;

    public IEnumerable<NginxDirective> Directives(string name) => (IsBlock ? Children : []).Where(d => d.Name == name);

    public IEnumerable<NginxDirective> Descendants() =>
        (IsBlock ? Children : []).SelectMany(c => c.Descendants().Prepend(c));

    public string ArgumentText => string.Join(' ', Arguments.Select(a => a.Text));
}
