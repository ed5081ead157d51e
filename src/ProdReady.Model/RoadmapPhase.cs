using System.Collections.Immutable;

namespace ProdReady.Model;

public sealed record RoadmapPhase(Priority Priority, string Name, ImmutableArray<RoadmapItem> Items)
{
    public double EffortHours => Items.Sum(i => i.EffortHours);
}
