using System.Text;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Files;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class JavaScriptReaderRobustnessTests
{
    [Fact]
    public void An_unterminated_string_ends_at_its_line()
    {
        var facts = JavaScript("const a = \"abc\nconst b = 'ok';\n");

        Assert.Equal(["a = \"abc\"", "b = \"ok\""], facts.Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
    }

    [Theory]
    [InlineData("const t = `never closed ${x")]
    [InlineData("const t = `never closed")]
    [InlineData("x = /unterminated\ny = 1")]
    [InlineData("/* never closed")]
    [InlineData("foo(((; }}}} ]]) <div><span>{")]
    [InlineData("<><a href=\"x")]
    [InlineData("#!/usr/bin/env node")]
    [InlineData("`${`${`${")]
    public void Broken_input_does_not_throw(string code)
    {
        var facts = JavaScript(code, "broken.jsx");

        Assert.NotNull(facts);
    }

    [Fact]
    public void Calls_after_unbalanced_brackets_are_still_found()
    {
        var facts = JavaScript("foo(((;\n}}}}\nbar({ a: 1 });\n");

        Assert.Equal(["foo() @1:1+4", "bar({a: 1}) @3:1+13"], facts.Calls.Select(Call));
    }

    [Fact]
    public void Nul_characters_mean_the_file_is_not_javascript()
    {
        var error = Assert.Throws<FactReaderException>(() => new JavaScriptReader().Read(new SourceFile("x.js", "a\0", 2)));

        Assert.Equal("x.js: contains NUL characters, so it is not JavaScript source", error.Message);
    }

    [Fact]
    public void A_megabyte_of_minified_code_on_one_line_is_read()
    {
        const string chunk = "var a=function(b,c){return b/c/2+(/x[/]y/g.test(c)?`t${b}`:\"s\\\"q\")},d={e:1,f:[1,2,3],g:async x=>await h(x)};if(a<b&&c>(d))i.j(k,l=>m(l));";
        var repeats = (1_000_000 / chunk.Length) + 1;
        var code = string.Concat(Enumerable.Repeat(chunk, repeats));

        var facts = JavaScript(code, "bundle.min.js");

        Assert.Equal(repeats, facts.Calls.Count(c => c.Callee == "h"));
        Assert.Equal(repeats, facts.Calls.Count(c => c.Callee == "i.j" && c.EnclosingFunction is null));
        Assert.Equal(repeats, facts.Strings.Count(s => s.Value == "s\"q"));
        Assert.All(facts.Calls.Where(c => c.Callee == "h"), c => Assert.True(c.InAsyncFunction));
    }

    [Fact]
    public void Hostile_nesting_and_chains_are_read_in_linear_time()
    {
        var code = new StringBuilder()
            .Append("x = ").Append('[', 50_000).Append(']', 50_000).Append(";\n")
            .Append("y = ").Append(string.Concat(Enumerable.Repeat("process.env.A || ", 20_000))).Append("\"z\";\n")
            .Append("f = ").Append(string.Concat(Enumerable.Repeat("a=>", 20_000))).Append("1;\n")
            .Append(string.Concat(Enumerable.Repeat("import ", 20_000))).Append('\n')
            .Append("g(").Append(string.Concat(Enumerable.Repeat("b(", 20_000))).Append(')', 20_001).Append(";\n")
            .Append(string.Concat(Enumerable.Repeat("<div>", 5_000)))
            .Append("z = ").Append(string.Concat(Enumerable.Repeat("a(", 20_000)))
            .ToString();

        var facts = JavaScript(code, "hostile.jsx");

        Assert.Equal(20_000, facts.EnvReads.Length);
        Assert.Equal(20_001, facts.Calls.Count(c => c.Callee is "g" or "b"));
        Assert.All(facts.Calls, c => Assert.True(c.Arguments.IsEmpty || c.Arguments[0].Value.Raw.Length <= 1001));
    }
}
