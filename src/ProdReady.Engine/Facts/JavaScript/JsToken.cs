namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>One token. <see cref="Value"/> is the decoded content of a string or of a template without
/// substitutions; <see cref="NewlineBefore"/> feeds the automatic-semicolon approximation.</summary>
internal readonly record struct JsToken(JsTokenKind Kind, int Start, int End, string Text, bool NewlineBefore)
{
    public string? Value { get; init; }

    public int Depth { get; init; }

    public bool Is(string text) => Kind is JsTokenKind.Name or JsTokenKind.Punct or JsTokenKind.Open or JsTokenKind.Close && Text == text;

    public bool IsName => Kind == JsTokenKind.Name;

    public bool IsOpener => Kind is JsTokenKind.Open or JsTokenKind.TemplateHead;

    public bool IsCloser => Kind is JsTokenKind.Close or JsTokenKind.TemplateTail;

    public bool IsStringLiteral => Kind is JsTokenKind.String or JsTokenKind.Template;
}
