namespace ProdReady.Cli;

/// <summary>The commented <c>.prodready.yml</c> that <c>prodready init</c> writes. Every setting is shown, commented
/// out at its default, so the file changes nothing until someone edits it.</summary>
public static class StarterConfig
{
    public const string Text = """
        # ProdReady configuration. Every key is optional; see docs/configuration.md.

        # Files larger than this (in KiB) are listed as skipped instead of read.
        # max-file-size-kb: 1024

        # Gitignore-style patterns, relative to this directory, that are never audited.
        # exclude:
        #   - docs/examples/
        #   - "**/*.generated.cs"

        # Rules not to run at all (IDs, see 'prodready rules list').
        # disable:
        #   - OBS004

        # Per-rule severity: critical, high, medium, low or info.
        # severity:
        #   CFG002: medium

        # Findings accepted on purpose. Each needs a reason; 'path' (a glob) limits it to some files, and
        # 'until' (YYYY-MM-DD) makes it lapse so the finding comes back to be looked at again.
        # ignore:
        #   - rule: CI001
        #     reason: built and deployed by the platform team's pipeline
        #   - rule: hardcoded-localhost-url
        #     path: "scripts/**"
        #     reason: local developer tooling, never deployed
        #     until: 2027-06-30

        """;
}
