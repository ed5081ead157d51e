using System.Text;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Files;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class PythonReaderRobustnessTests
{
    [Fact]
    public void An_unterminated_string_ends_at_its_line()
    {
        var facts = Python("x = \"abc\ny = 'ok'\n");

        Assert.Equal(["x = \"abc\"", "y = \"ok\""], facts.Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
    }

    [Fact]
    public void A_bracket_left_open_is_closed_by_the_next_def_at_column_one()
    {
        const string code = "CONFIG = dict(a=1,\ndef handler():\n    requests.get(\"http://x\")\n";

        var facts = Python(code);

        Assert.Equal(["handler [] @2:1+14..3"], facts.Functions.Select(Function));
        Assert.Equal(["dict in module", "requests.get in handler"], facts.Calls.Select(Context));
        Assert.Equal("dict() @1:10+5", Call(facts.Calls[0]));
    }

    [Fact]
    public void Stray_closers_and_an_unclosed_triple_quote_do_not_throw()
    {
        Assert.Equal(["x"], Python(")))\n]]\nx = 1\n").Settings.Select(s => s.Name));
        Assert.Empty(Python("\"\"\"never closed\nx = 1\n").Settings);
        Assert.Equal(["x = expr ("], Python("f\"{unclosed\nx = (\n").Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
    }

    [Fact]
    public void Crlf_line_endings_keep_columns_and_values()
    {
        var facts = Python("A = 1\r\nB = \"x\"\r\nif A:\r\n    C = 2\r\n");

        Assert.Equal(["PythonModule A = 1 @1:1+5", "PythonModule B = \"x\" @2:1+7", "PythonModule C = 2 @4:5+5"], facts.Settings.Select(Setting));
    }

    [Fact]
    public void Python2_and_odd_code_is_read_without_errors()
    {
        const string code = "print \"hello\"\nexec code in ns\nx = 10L\nclass Old: pass\n`backticks`\n$ ? !\n";

        var facts = Python(code);

        Assert.Equal(["x = 10L"], facts.Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
        Assert.Equal(["Old"], facts.Classes.Select(c => c.Name));
    }

    [Fact]
    public void Nul_characters_mean_the_file_is_not_python()
    {
        var file = new SourceFile("blob.py", "x = 1\0\0", 7);

        var error = Assert.Throws<FactReaderException>(() => new PythonReader().Read(file));

        Assert.Equal("blob.py: contains NUL characters, so it is not Python source", error.Message);
    }

    [Fact]
    public void Deep_nesting_and_megabyte_lines_are_read_in_linear_time()
    {
        var code = new StringBuilder()
            .Append("x = ").Append('[', 50_000).Append(']', 50_000).Append('\n')
            .Append("z = ").Append(string.Concat(Enumerable.Repeat("os.getenv(\"A\") or ", 10_000))).Append("\"d\"\n")
            .Append(string.Concat(Enumerable.Repeat("if x: ", 10_000))).Append("pass\n")
            .Append("w = [").Append(string.Concat(Enumerable.Repeat("1, ", 100_000))).Append("]\n")
            .Append("y = ").Append(string.Concat(Enumerable.Repeat("f(", 20_000))).Append('\n')
            .ToString();

        var facts = Python(code);

        Assert.Equal(["x", "z", "w", "y"], facts.Settings.Select(s => s.Name));
        Assert.Equal(ValueKind.EnvLookup, facts.Settings[1].Value.Kind);
        Assert.Equal(10_000, facts.EnvReads.Length);
        Assert.Equal(100_000, facts.Settings[2].Value.Items.Length);
        Assert.Equal(20_000, facts.Calls.Count(c => c.Callee == "f"));
        Assert.Equal(1001, facts.Settings[3].Value.Raw.Length);
    }
}
