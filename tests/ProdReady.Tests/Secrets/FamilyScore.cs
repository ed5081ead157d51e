namespace ProdReady.Tests.Secrets;

/// <summary>One family's figures. Recall counts the family's labels; precision counts what the family's rules
/// reported. Either is null when there is nothing to divide (no labels, or the family's rules reported nothing).</summary>
public sealed record FamilyScore
{
    public required string Family { get; init; }

    public required int Labels { get; init; }

    public required int Found { get; init; }

    /// <summary>Labelled secrets the family's rules reported.</summary>
    public required int ReportedRight { get; init; }

    /// <summary>Negative lines the family's rules reported.</summary>
    public required int FalsePositives { get; init; }

    public int Missed => Labels - Found;

    public double? Recall => Labels == 0 ? null : (double)Found / Labels;

    public double? Precision => ReportedRight + FalsePositives == 0 ? null : (double)ReportedRight / (ReportedRight + FalsePositives);
}
