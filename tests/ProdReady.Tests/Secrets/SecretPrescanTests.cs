using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Rules;

namespace ProdReady.Tests.Secrets;

public class SecretPrescanTests
{
    [Fact]
    public void Scanning_each_file_as_it_is_read_finds_what_a_later_scan_of_every_file_finds()
    {
        var later = new Auditor(Catalogue.All, ToolIdentity.Current).Run(SecretCorpus.Root, SecretCorpus.Walk, RuleOptions.Default);
        var asRead = new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner).Run(SecretCorpus.Root, SecretCorpus.Walk, RuleOptions.Default);

        Assert.NotEmpty(later.Findings);
        Assert.Equal(
            later.Findings.Select(f => $"{f.Fingerprint} {f.RuleId} {f.File}:{f.Line}"),
            asRead.Findings.Select(f => $"{f.Fingerprint} {f.RuleId} {f.File}:{f.Line}"));
    }
}
