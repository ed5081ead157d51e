namespace ProdReady.Engine.Auditing;

/// <summary>Where a running audit is, for progress display: a stage name and how many items it has done.</summary>
public readonly record struct AuditProgress(string Stage, int Done);
