namespace ProdReady.Engine.Facts;

/// <summary>Test code, generated code and migration histories are most of the calls and strings of a large repository,
/// and no rule judges them call by call: of their calls only those that declare tests (<c>it(...)</c>, <c>describe(...)</c>) and assert are kept, and its
/// string literals are dropped.</summary>
internal static class TestCodeFacts
{
    public static FileFacts Trim(FileFacts facts) =>
        facts.Calls.IsEmpty && facts.Strings.IsEmpty
            ? facts
            : facts with { Calls = [.. facts.Calls.Where(c => DeclaresTest(c) || IsAssertion(c)).Select(Bare)], Strings = [] };

    /// <summary>A test's callback or an assertion's operands can be most of a test file: what is kept is that the
    /// call is there and, for a test, its name.</summary>
    private static CallFact Bare(CallFact call) =>
        call with { Arguments = [.. call.Arguments.TakeWhile(a => a.Name is null && a.Value.Kind == ValueKind.String).Take(1)] };

    private static bool DeclaresTest(CallFact call) =>
        call.Callee.Split('.')[0] is "test" or "it" or "describe" or "suite" or "context" or "beforeEach" or "afterEach" or "beforeAll" or "afterAll";

    private static bool IsAssertion(CallFact call) =>
        call.Name.StartsWith("assert", StringComparison.OrdinalIgnoreCase) || call.Name.StartsWith("expect", StringComparison.OrdinalIgnoreCase)
        || call.Callee.StartsWith("assert.", StringComparison.OrdinalIgnoreCase) || call.Callee.Contains(".should", StringComparison.Ordinal)
        || call.Name == "raises";
}
