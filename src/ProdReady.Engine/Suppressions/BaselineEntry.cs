namespace ProdReady.Engine.Suppressions;

/// <summary>One finding recorded in a baseline: its fingerprint, and its rule and file for the people reading it.</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string? File);
