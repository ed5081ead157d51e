namespace ProdReady.Engine.Documents;

/// <summary>How a document value came to be: written out, taken from a declared default, or unknowable without
/// the environment or a template engine (<c>${VAR}</c>, <c>$ARG</c> with no default, <c>{{ .Values.x }}</c>).</summary>
public enum ValueState
{
    Set,
    Defaulted,
    Unresolved,
}
