namespace ProdReady.Model;

/// <summary>What took a finding out of the report: an inline comment, the config file, or a baseline.</summary>
public enum SuppressionSource
{
    Inline,
    Config,
    Baseline,
}
