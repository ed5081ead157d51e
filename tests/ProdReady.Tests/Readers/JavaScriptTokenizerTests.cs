using ProdReady.Engine.Facts.JavaScript;

namespace ProdReady.Tests.Readers;

public class JavaScriptTokenizerTests
{
    [Theory]
    [InlineData("a = b / c / d", "Name Punct Name Punct Name Punct Name")]
    [InlineData("x = /re\\/[/]/g.test(y)", "Name Punct Regex Punct Name Open Name Close")]
    [InlineData("return /'/", "Name Regex")]
    [InlineData("a++ / 2", "Name Punct Punct Number")]
    [InlineData("f(x) / 2", "Name Open Name Close Punct Number")]
    [InlineData("`a${b}c${`d${e}`}f`", "TemplateHead Name TemplateMiddle TemplateHead Name TemplateTail TemplateTail")]
    [InlineData("`plain`", "Template")]
    [InlineData("a?.b ?? c?.5:1", "Name Punct Name Punct Name Punct Number Punct Number")]
    [InlineData("x >>>= 1", "Name Punct Number")]
    public void Tokens_are_classified(string code, string kinds)
    {
        var tokens = JsTokenizer.Tokenize(code, jsx: false);

        Assert.Equal(kinds, string.Join(' ', tokens.Tokens.Select(t => t.Kind)));
    }

    [Fact]
    public void Jsx_is_one_bracket_pair_with_its_strings_and_containers_inside()
    {
        var tokens = JsTokenizer.Tokenize("x = <A b=\"s\" c={d}>it's {e} <B/></A>;", jsx: true);

        Assert.Equal(
            ["<jsx", "\"s\"", "{", "d", "}", "{", "e", "}", "jsx>", ";"],
            tokens.Tokens.Skip(2).Select(t => t.Kind == JsTokenKind.String ? $"\"{t.Value}\"" : t.Text));
        Assert.Equal(10, tokens.Match[2]);
        Assert.Equal([0, 0, 0, 1, 1, 2, 1, 1, 2, 1, 0, 0], tokens.Tokens.Select(t => t.Depth));
    }

    [Fact]
    public void A_generic_arrow_function_in_tsx_is_not_jsx()
    {
        var tokens = JsTokenizer.Tokenize("const f = <T,>(x: T) => x;", jsx: true);

        Assert.DoesNotContain(tokens.Tokens, t => t.Text == "<jsx");
    }

    [Theory]
    [InlineData("'a\\nb'", "a\nb")]
    [InlineData("\"\\x41\\u0042\\u{43}\"", "ABC")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("'line \\\ncontinued'", "line continued")]
    [InlineData("`multi\nline`", "multi\nline")]
    public void Strings_are_decoded(string code, string value)
    {
        var token = JsTokenizer.Tokenize(code, jsx: false).Tokens.Single();

        Assert.Equal((0, code.Length, value), (token.Start, token.End, token.Value));
    }
}
