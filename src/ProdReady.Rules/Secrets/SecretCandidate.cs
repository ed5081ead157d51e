using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Secrets;

/// <summary>A literal string given to a secret-named setting (or used as an environment lookup's fallback).
/// <see cref="Location"/> is where a finding points: the setting's name, or the fallback for a bare lookup.</summary>
internal sealed record SecretCandidate(string Name, string Scope, SecretKind Kind, FactValue Literal, bool Fallback, SourceSpan Location, SettingOrigin? Origin)
{
    public string File => Location.File;

    public string Value => Literal.Text ?? string.Empty;
}
