namespace ProdReady.Engine.Facts;

public enum ValueKind
{
    /// <summary>A literal string (f-strings and templates without placeholders included).</summary>
    String,
    Number,
    Bool,
    Null,
    List,
    Dict,

    /// <summary>A read of an environment variable (<c>os.getenv("X", "d")</c>, <c>process.env.X</c>,
    /// <c>${X:-d}</c>); <see cref="FactValue.EnvName"/> and <see cref="FactValue.EnvDefault"/> say which.</summary>
    EnvLookup,

    /// <summary>Anything else: a name, a call, an interpolated string. Never judged as a literal.</summary>
    Expression,
}
