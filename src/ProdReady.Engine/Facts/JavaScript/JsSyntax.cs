using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.JavaScript;

internal static class JsSyntax
{
    /// <summary>Names that precede a parenthesis without calling anything.</summary>
    public static readonly FrozenSet<string> NotCallees = FrozenSet.ToFrozenSet(
    [
        "if", "for", "while", "switch", "catch", "with", "function", "return", "typeof", "void", "delete", "in", "of",
        "instanceof", "new", "do", "else", "case", "throw", "yield", "await", "let", "const", "var", "class",
        "extends", "export", "default", "import", "as", "satisfies", "keyof", "infer", "is", "asserts",
    ]);

    /// <summary>Keywords after which a line break cannot end an expression.</summary>
    public static readonly FrozenSet<string> Operators = FrozenSet.ToFrozenSet(
    [
        "return", "typeof", "new", "delete", "void", "throw", "case", "in", "of", "instanceof", "else", "do",
        "await", "yield", "extends", "as", "satisfies",
    ]);

    public static bool EndsExpression(JsToken token) => token.Kind switch
    {
        JsTokenKind.Name => !Operators.Contains(token.Text),
        JsTokenKind.Punct => token.Text is "++" or "--",
        JsTokenKind.Open or JsTokenKind.TemplateHead or JsTokenKind.TemplateMiddle => false,
        _ => true,
    };

    /// <summary>Whether a token at the start of a line continues the expression of the previous line, as the
    /// automatic semicolon insertion rules decide.</summary>
    public static bool ContinuesExpression(JsToken token) => token.Kind switch
    {
        JsTokenKind.Punct => token.Text is not ("!" or "~" or "++" or "--" or "@" or "#"),
        JsTokenKind.Name => token.Text is "in" or "instanceof" or "as" or "satisfies",
        JsTokenKind.Open => token.Text is "(" or "[",
        JsTokenKind.Template or JsTokenKind.TemplateHead => true,
        _ => false,
    };
}
