namespace ProdReady.Engine.Facts.JavaScript;

internal enum JsTokenKind
{
    Name,
    PrivateName,
    Number,
    String,

    /// <summary>A template literal without substitutions.</summary>
    Template,

    /// <summary><c>`text${</c>: opens a template with substitutions, like a bracket.</summary>
    TemplateHead,

    /// <summary><c>}text${</c> between two substitutions.</summary>
    TemplateMiddle,

    /// <summary><c>}text`</c>: closes a template with substitutions.</summary>
    TemplateTail,
    Regex,
    Punct,

    /// <summary><c>(</c>, <c>[</c>, <c>{</c>, or the start of an outermost JSX element (text <c>&lt;jsx</c>).</summary>
    Open,

    /// <summary><c>)</c>, <c>]</c>, <c>}</c>, or the end of an outermost JSX element (text <c>jsx&gt;</c>).</summary>
    Close,
}
