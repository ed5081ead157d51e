using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Secrets;

/// <summary>A secret setting as the app loads it. <see cref="Loose"/>: it has a default or may be left unset;
/// <see cref="Optional"/>: unset or empty is allowed (which matters for signing keys, not for an optional SMTP password). <see cref="Unit"/> is the class or module it belongs to.</summary>
internal sealed record SecretField(string Name, SecretKind Kind, SourceSpan Location, ClassFact? Owner, FieldFact? Field, bool Loose, bool Optional, string Unit);
