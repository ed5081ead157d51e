using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary><c>import a.b</c>, <c>from a import b, c</c>, <c>import x from "a"</c>, <c>require("a")</c>, <c>using A.B;</c>.</summary>
public sealed record ImportFact(string Module, ImmutableArray<string> Names, SourceSpan Span, SourceLanguage Language);
