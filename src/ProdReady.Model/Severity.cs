namespace ProdReady.Model;

/// <summary>Ordered from least to most severe so that comparisons read naturally.</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
