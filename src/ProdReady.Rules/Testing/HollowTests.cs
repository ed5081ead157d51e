using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Testing;

public sealed partial class HollowTests : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("TST002"),
        Name = "hollow-tests",
        Title = "Tests that test nothing",
        Area = Area.Testing,
        Severity = Severity.Medium,
        EffortHours = 2,
        Rationale = "A test whose body is `pass`, or a test file that never asserts, passes whatever the code does. It makes the " +
            "suite look larger and greener than it is, and a reviewer counting tests is told the code is covered when nothing " +
            "is checked.",
        Fix = "Give each test an assertion on the result it exists for (assert, pytest.raises, expect(...), Assert.*), or delete " +
            "the placeholder and track the missing test as work to do.",
        References =
        [
            "https://docs.pytest.org/en/stable/how-to/assert.html",
            "https://jestjs.io/docs/expect",
        ],
        Examples = HollowTestsExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var asserting = 0;
        foreach (var file in facts.Repository.Files.Where(f => CodePaths.IsTest(f.Path) && !CodePaths.IsVendored(f.Path) && !Benchmark().IsMatch(f.Path)))
        {
            var tests = Tests(file, facts);
            if (tests.Count == 0)
            {
                continue;
            }

            // Stopgap: no fact records assertions, so the file's text without its comments is searched for them.
            var code = Comment().Replace(file.Text, string.Empty);
            var empty = tests.Where(t => t.Function is { } f && EmptyBody(file, f)).ToList();
            foreach (var (span, name, _) in empty)
            {
                violations.Add(new Violation(span, $"{name} in {file.Path} has an empty body: it passes whatever the code does") { Key = name });
            }

            if (empty.Count == tests.Count)
            {
                continue;
            }

            if (Assertion().IsMatch(code) || tests.Any(t => SmokeTest().IsMatch(t.Name)))
            {
                asserting++;
                continue;
            }

            // Low: a shared helper the tests call may assert, which the file itself cannot show.
            var count = tests.Count == 1 ? "1 test" : $"{tests.Count} tests";
            violations.Add(new Violation(tests[0].Span, $"{file.Path} declares {count} and not one assertion (assert, raises, expect, Assert, should)")
            {
                Key = "file",
                Severity = Severity.Low,
            });
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return asserting > 0
            ? RuleOutcome.Pass(new Evidence($"{asserting} test file(s) assert on their results"))
            : RuleOutcome.Skip("no test functions found");
    }

    /// <summary>Python test_* functions, JavaScript test() and it() calls, and C# methods marked as tests.</summary>
    private static List<(SourceSpan Span, string Name, FunctionFact? Function)> Tests(SourceFile file, RepositoryFacts facts)
    {
        if (file.Extension == ".py")
        {
            return PythonTestFile().IsMatch(file.Name)
                ? [.. facts.FunctionsIn(file.Path).Where(f => (f.Name.StartsWith("test_", StringComparison.Ordinal) || f.Name == "test")
                    && (f.ClassName is null ? f.Span.Column == 1 : TestClass().IsMatch(f.ClassName) && !LocalClass(facts, f))).Select(f => (f.Span, f.Name, (FunctionFact?)f))]
                : [];
        }

        if (FileRolesJs().IsMatch(file.Name))
        {
            return [.. facts.CallsIn(file.Path).Where(c => c.Callee is "it" or "test" or "it.each" or "test.each")
                .Select(c => (c.Span, c.Positional(0)?.Text ?? c.Callee, (FunctionFact?)null))];
        }

        if (file.Extension == ".cs")
        {
            return [.. CSharpTest().Matches(file.Text).Select(m => file.Position(m.Index)).Where(p => !file.Line(p.Line).TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Select(p => (new SourceSpan(file.Path, p.Line, p.Column), "test method", (FunctionFact?)null))];
        }

        return [];
    }

    /// <summary>A class declared inside a function (sample data for a test), not a test class.</summary>
    private static bool LocalClass(RepositoryFacts facts, FunctionFact method) =>
        facts.ClassesIn(method.Span.File).Where(c => c.Name == method.ClassName && c.Span.Line <= method.Span.Line && c.EndLine >= method.Span.Line)
            .Any(c => c.Span.Column > 1 && facts.FunctionAt(c.Span) is not null);

    /// <summary>Only <c>pass</c>, <c>...</c>, a docstring or comments after the signature.</summary>
    private static bool EmptyBody(SourceFile file, FunctionFact function)
    {
        var body = Enumerable.Range(function.Span.Line, Math.Max(0, function.EndLine - function.Span.Line + 1)).Select(file.Line).ToList();
        var start = body.FindIndex(l => l.TrimEnd().EndsWith(':'));
        if (start < 0)
        {
            return false;
        }

        var header = body[start];
        var inline = header[(header.LastIndexOf(':') + 1)..].Trim();
        var lines = body.Skip(start + 1).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (inline.Length > 0)
        {
            lines.Insert(0, inline);
        }

        return lines.Count > 0 && string.Join('\n', lines) is var text && HollowBody().IsMatch(text);
    }

    [GeneratedRegex(@"^(pass|\.\.\.|""""""((?!"""""")[\s\S])*""""""|'''((?!''')[\s\S])*'''|""[^""\n]*""|'[^'\n]*')(\n(pass|\.\.\.))*$")]
    private static partial Regex HollowBody();

    [GeneratedRegex(@"(?m)(^|\s)(#|//).*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bassert|\braises\b|\bexpect(\.\w+)?\(|\bAssert\.|\.should|\bShould\(|\.Verify\(|\bfail\(|assert_called|\bverify\(|toMatch|\bcheck_\w+\(|\.(Did(Not)?)?Received\(|MustHaveHappened|MustNotHaveHappened|\bThrows(Async)?\b")]
    private static partial Regex Assertion();

    // A test named for running without an error checks exactly that; its file is not judged as assertion-free.
    [GeneratedRegex(@"smoke|_runs?\b|renders|does_?n[o']?t_(raise|crash|fail)|no_(error|exception)|without_error", RegexOptions.IgnoreCase)]
    private static partial Regex SmokeTest();

    [GeneratedRegex(@"^(test_.*|.*_test|tests)\.py$")]
    private static partial Regex PythonTestFile();

    [GeneratedRegex(@"^Test|Tests?$|TestCase$|Spec$")]
    private static partial Regex TestClass();

    // Benchmarks measure (query counts, timings) through fixtures rather than assert.
    [GeneratedRegex(@"(^|/)benchmarks?/")]
    private static partial Regex Benchmark();

    [GeneratedRegex(@"\.(test|spec)\.(js|jsx|ts|tsx|mjs|cjs)$")]
    private static partial Regex FileRolesJs();

    [GeneratedRegex(@"\[(Fact|Theory|Test|TestMethod|TestCase|DataTestMethod)(\(|\])")]
    private static partial Regex CSharpTest();
}
