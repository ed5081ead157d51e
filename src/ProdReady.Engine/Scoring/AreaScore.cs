using ProdReady.Model;

namespace ProdReady.Engine.Scoring;

/// <summary>An area's unrounded score (null when nothing in it applies) and the points its rules cost.</summary>
public sealed record AreaScore(Area Area, double? Score, double PointsLost, int RulesPassed, int RulesFailed);
