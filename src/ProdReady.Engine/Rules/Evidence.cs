using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Rules;

/// <summary>Why a rule passed: "slowapi Limiter in main.py:12".</summary>
public sealed record Evidence(string Text, SourceSpan? Location = null);
