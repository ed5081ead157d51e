using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class AddInsteadOfCopy : Rule
{
    private static readonly string[] Archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR007"),
        Name = "add-instead-of-copy",
        Title = "ADD copies plain local files",
        Area = Area.Containers,
        Severity = Severity.Low,
        EffortHours = 0.1,
        Rationale = "ADD also unpacks archives and downloads URLs. Used for plain files it hides that magic: a file that " +
            "later becomes a .tar.gz is silently extracted, and readers cannot tell whether a download was meant. COPY does " +
            "only what it says.",
        Fix = "Use COPY for local files and directories; keep ADD only to unpack a local archive or to fetch a remote file with " +
            "--checksum.",
        References =
        [
            "https://docs.docker.com/build/building/best-practices/#add-or-copy",
            "https://github.com/hadolint/hadolint/wiki/DL3020",
        ],
        Examples =
        [
            RuleExample.Bad("ADD of the source tree",
                ("Dockerfile", "FROM python:3.12-slim\n[|ADD|] . /app\n")),
            RuleExample.Bad("ADD of a requirements file with a --chown flag",
                ("Dockerfile", "FROM python:3.12-slim\n[|ADD|] --chown=app:app requirements.txt /app/\n")),
            RuleExample.Good("ADD unpacks a local archive",
                ("Dockerfile", "FROM debian:bookworm-slim\nADD rootfs.tar.gz /\n")),
            RuleExample.Good("ADD fetches a URL; COPY copies files",
                ("Dockerfile", "FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/\nCOPY . /app\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var adds = ContainerFiles.Dockerfiles(context.Facts).SelectMany(d => d.Instructions.Where(i => i.Keyword == "ADD").Select(i => (d, i))).ToList();
        if (adds.Count == 0)
        {
            return RuleOutcome.Skip("no ADD instruction");
        }

        var violations = adds.Where(x => x.i.Heredocs.IsEmpty && Sources(x.i) is { Count: > 0 } sources && sources.All(IsPlainLocal))
            .Select(x => new Violation(x.i.Span, $"ADD {string.Join(' ', Sources(x.i))} in {x.d.Path} copies local files: use COPY"))
            .ToList();
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("ADD is used only for archives or URLs"));
    }

    private static List<string> Sources(DockerInstruction instruction)
    {
        var words = instruction.ExecWords is { } exec ? [.. exec] : instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        return words.Count < 2 ? [] : words[..^1];
    }

    private static bool IsPlainLocal(string source) =>
        !source.Contains("://", StringComparison.Ordinal) && !source.StartsWith("git@", StringComparison.Ordinal)
        && !source.Contains('$') && !Archives.Any(a => source.EndsWith(a, StringComparison.OrdinalIgnoreCase));
}
