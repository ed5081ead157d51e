using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Operations;

/// <summary>A database, search index or object store deployed by the repository, where it is declared.</summary>
internal sealed record StatefulService(string Kind, string Name, SourceSpan Span);
