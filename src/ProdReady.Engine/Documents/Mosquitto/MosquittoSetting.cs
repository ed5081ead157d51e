using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Mosquitto;

/// <summary>One <c>option value</c> line of mosquitto.conf; <see cref="Span"/> is the option name.</summary>
public sealed record MosquittoSetting(string Name, DocumentValue Value, SourceSpan Span);
