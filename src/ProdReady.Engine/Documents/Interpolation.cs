namespace ProdReady.Engine.Documents;

/// <summary>Which interpolation a YAML format applies to its strings.</summary>
internal enum Interpolation
{
    None,

    /// <summary>docker-compose: <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>$VAR</c>; <c>$$</c> is a literal dollar.</summary>
    Compose,
}
