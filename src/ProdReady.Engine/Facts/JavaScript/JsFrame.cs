namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Why the tokenizer is where it is: inside a code brace, a template substitution, a JSX tag, JSX
/// children, or a JSX expression container (in an attribute or among children).</summary>
internal enum JsFrame
{
    Brace,
    TemplateSubstitution,
    JsxTag,
    JsxChildren,
    JsxAttributeExpression,
    JsxChildExpression,
}
