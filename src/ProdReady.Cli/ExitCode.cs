namespace ProdReady.Cli;

/// <summary>The process exit codes, as documented in the README and product contract.</summary>
public enum ExitCode
{
    GatePassed = 0,
    GateFailed = 1,
    UsageError = 2,
    Incomplete = 3,
}
