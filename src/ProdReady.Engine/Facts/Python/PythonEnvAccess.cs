namespace ProdReady.Engine.Facts.Python;

/// <summary>An environment read found at a token: the look-up itself ends at <see cref="AccessEnd"/>; an <c>or</c>
/// fallback, when present, gives <see cref="Fallback"/> (its next operand only) and extends it to <see cref="End"/>.</summary>
internal sealed record PythonEnvAccess(string Name, FactValue? CallDefault, FactValue? Fallback, int AccessEnd, int End)
{
    public FactValue? Default => CallDefault ?? Fallback;
}
