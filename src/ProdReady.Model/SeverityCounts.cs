namespace ProdReady.Model;

public sealed record SeverityCounts(int Critical, int High, int Medium, int Low, int Info)
{
    public static SeverityCounts Empty { get; } = new(0, 0, 0, 0, 0);

    public int Total => Critical + High + Medium + Low + Info;

    public int this[Severity severity] => severity switch
    {
        Severity.Critical => Critical,
        Severity.High => High,
        Severity.Medium => Medium,
        Severity.Low => Low,
        _ => Info,
    };

    public static SeverityCounts Of(IEnumerable<Finding> findings)
    {
        int critical = 0, high = 0, medium = 0, low = 0, info = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Critical: critical++; break;
                case Severity.High: high++; break;
                case Severity.Medium: medium++; break;
                case Severity.Low: low++; break;
                default: info++; break;
            }
        }

        return new SeverityCounts(critical, high, medium, low, info);
    }
}
