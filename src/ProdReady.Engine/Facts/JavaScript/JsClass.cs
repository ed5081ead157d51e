using System.Collections.Immutable;

namespace ProdReady.Engine.Facts.JavaScript;

internal sealed record JsClass(string Name, ImmutableArray<string> Bases, int HeaderStart, int BodyOpen, int BodyEnd);
