namespace ProdReady.Engine.Facts;

/// <summary>A named configuration value: a module or class assignment in code, a key in .env, JSON or YAML.
/// <see cref="Scope"/> is the enclosing class or dict path ("" at module level); <see cref="Path"/> joins both.</summary>
public sealed record SettingFact(string Name, string Scope, FactValue Value, SourceSpan Span, SettingOrigin Origin)
{
    public string Path => Scope.Length == 0 ? Name : $"{Scope}.{Name}";

    public string File => Span.File;
}
