namespace ProdReady.Model;

public sealed record AuditStats(int Files, long Bytes, long DurationMs, int RulesRun);
