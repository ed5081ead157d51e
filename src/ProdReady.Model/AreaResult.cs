namespace ProdReady.Model;

/// <summary>An area's score, or null when no rule of the area applies to the repository.</summary>
public sealed record AreaResult(Area Area, int? Score, SeverityCounts Counts, int RulesPassed, int RulesFailed);
