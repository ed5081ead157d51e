using System.CommandLine;

namespace ProdReady.Cli.Commands;

/// <summary>The <c>audit</c> options for suppressions, baselines and CI scope, declared apart from the others.</summary>
public sealed class AuditWorkflowOptions
{
    private readonly Option<bool> _strict = new("--strict") { Description = "Ignore inline prodready:ignore comments: report what they would suppress." };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "Report only findings not in this baseline file (see 'prodready baseline')." };
    private readonly Option<bool> _listSuppressed = new("--list-suppressed") { Description = "List the suppressed findings with their source, reason and expiry." };
    private readonly Option<string?> _changedSince = new("--changed-since") { Description = "Report only findings in files changed since this git reference, plus repository-level findings." };

    public IEnumerable<Option> All => [_strict, _baseline, _listSuppressed, _changedSince];

    public AuditWorkflow Read(ParseResult result) => new()
    {
        Strict = result.GetValue(_strict),
        BaselinePath = result.GetValue(_baseline),
        ListSuppressed = result.GetValue(_listSuppressed),
        ChangedSince = result.GetValue(_changedSince),
    };
}
