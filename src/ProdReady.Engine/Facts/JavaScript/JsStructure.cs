namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>What the structure pass found: functions (by body start), classes, the name tokens that define
/// rather than call, and the tokens inside TypeScript type declarations.</summary>
internal sealed class JsStructure
{
    public List<JsFunction> Functions { get; } = [];

    public List<JsClass> Classes { get; } = [];

    public HashSet<int> Definitions { get; } = [];

    public required bool[] InType { get; init; }
}
