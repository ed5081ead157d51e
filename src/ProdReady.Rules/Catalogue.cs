using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules;

/// <summary>Every rule ProdReady runs, grouped by area. Adding a rule is one file and one line here.</summary>
public static class Catalogue
{
    public static ImmutableArray<Rule> All { get; } =
    [
        // configuration
        // secrets
        // security
        // database
        // performance
        // observability
        // ml-serving
        // containers, testing, ci-cd
    ];
}
