using ProdReady.Model;

namespace ProdReady.Rules.Containers;

/// <summary>A secret written into a deployment file: the text to mask, the severity, and a safe description.</summary>
internal sealed record LiteralSecret(string Value, Severity Severity, string Description);
