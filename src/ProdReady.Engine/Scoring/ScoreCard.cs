using System.Collections.Immutable;

namespace ProdReady.Engine.Scoring;

public sealed record ScoreCard(ImmutableArray<AreaScore> Areas, double Overall)
{
    public int Rounded => (int)Math.Round(Overall, MidpointRounding.AwayFromZero);
}
