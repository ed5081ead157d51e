using ProdReady.Engine.Facts.Python;

namespace ProdReady.Tests.Readers;

public class PythonTokenizerTests
{
    [Fact]
    public void Logical_lines_join_inside_brackets_and_after_backslashes()
    {
        const string code = "def f(a,\n      b):\n    return [1,\n2]  # comment ]\nx = 1 \\\n  + 2\n\n   # indented comment\n";

        var tokens = PythonTokenizer.Tokenize(code);

        Assert.Equal(
            ["0: def f ( a , b ) :", "4: return [ 1 , 2 ]", "0: x = 1 + 2"],
            tokens.Lines.Select(l => $"{l.Indent}: {string.Join(' ', tokens.Tokens[l.First..l.End].Select(t => t.Text))}"));
    }

    [Fact]
    public void Brackets_know_their_partner_and_depth()
    {
        var tokens = PythonTokenizer.Tokenize("f(a[1], {b: (c)})");

        Assert.Equal([-1, 14, -1, 5, -1, 3, -1, 13, -1, -1, 12, -1, 10, 7, 1], tokens.Match);
        Assert.Equal([0, 0, 1, 1, 2, 1, 1, 1, 2, 2, 2, 3, 2, 1, 0], tokens.Tokens.Select(t => t.Depth));
    }

    [Theory]
    [InlineData("f\"{x['k']}\"", null)]
    [InlineData("f\"{x[\"k\"]}\"", null)]
    [InlineData("f\"{x:>{width}}\"", null)]
    [InlineData("f\"{{x}}\"", "{x}")]
    [InlineData("rb'\\x00'", "\\x00")]
    [InlineData("'''a\n'b'\n'''", "a\n'b'\n")]
    [InlineData("u'caf\\u00e9'", "café")]
    [InlineData("'\\N{BULLET}'", "\\N{BULLET}")]
    [InlineData("'line \\\ncontinued'", "line continued")]
    public void A_string_is_one_token_with_its_decoded_value(string code, string? value)
    {
        var tokens = PythonTokenizer.Tokenize(code + " + 1");

        Assert.Equal(3, tokens.Count);
        Assert.Equal((0, code.Length, value, value is null), (tokens[0].Start, tokens[0].End, tokens[0].Value, tokens[0].IsInterpolated));
    }
}
