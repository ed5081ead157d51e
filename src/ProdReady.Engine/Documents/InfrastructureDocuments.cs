using System.Collections.Immutable;
using ProdReady.Engine.Documents.Mosquitto;
using ProdReady.Engine.Documents.Nginx;
using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Documents.Workflows;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Model;
using FileKinds = ProdReady.Engine.Facts.Readers.FileKinds;

namespace ProdReady.Engine.Documents;

/// <summary>The repository's infrastructure and pipeline documents: Terraform, GitHub Actions, GitLab CI, nginx and
/// Mosquitto configuration. A file that cannot be read is in <see cref="Skipped"/> with the reason.</summary>
public sealed record InfrastructureDocuments
{
    public TerraformDocuments Terraform { get; init; } = TerraformDocuments.Empty;

    public WorkflowDocuments Workflows { get; init; } = WorkflowDocuments.Empty;

    public ImmutableArray<NginxConfig> Nginx { get; init; } = [];

    public ImmutableArray<MosquittoConfig> Mosquitto { get; init; } = [];

    public ImmutableArray<SkippedFile> Skipped { get; init; } = [];

    public static InfrastructureDocuments Read(Repository repository)
    {
        var terraform = new List<TerraformFile>();
        var github = ImmutableArray.CreateBuilder<GitHubWorkflow>();
        var gitlab = ImmutableArray.CreateBuilder<GitLabPipeline>();
        var nginx = ImmutableArray.CreateBuilder<NginxConfig>();
        var mosquitto = ImmutableArray.CreateBuilder<MosquittoConfig>();
        var skipped = ImmutableArray.CreateBuilder<SkippedFile>();
        foreach (var file in repository.Files.Where(f => !FileKinds.IsVendored(f.Path)))
        {
            try
            {
                switch (KindOf(file.Path))
                {
                    case Kind.Terraform:
                        terraform.Add(HclParser.Parse(file));
                        break;
                    case Kind.GitHub:
                        github.Add(WorkflowParser.GitHub(file));
                        break;
                    case Kind.GitLab:
                        gitlab.Add(WorkflowParser.GitLab(file));
                        break;
                    case Kind.Nginx:
                        nginx.Add(NginxParser.Parse(file));
                        break;
                    case Kind.Mosquitto:
                        mosquitto.Add(MosquittoParser.Parse(file));
                        break;
                }
            }
            catch (FactReaderException exception)
            {
                skipped.Add(new SkippedFile(file.Path, "unparsed: " + exception.Message));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                skipped.Add(new SkippedFile(file.Path, $"unparsed: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}"));
            }
        }

        return new InfrastructureDocuments
        {
            Terraform = new TerraformDocuments(TerraformVariables.Resolve(terraform)),
            Workflows = new WorkflowDocuments { GitHub = github.ToImmutable(), GitLab = gitlab.ToImmutable() },
            Nginx = nginx.ToImmutable(),
            Mosquitto = mosquitto.ToImmutable(),
            Skipped = skipped.ToImmutable(),
        };
    }

    /// <summary>nginx.conf anywhere; <c>*.conf</c> (and <c>*.conf.template</c>) under a folder named for nginx, or under
    /// <c>sites-available</c>, <c>sites-enabled</c> or <c>conf.d</c> beside one.</summary>
    public static bool IsNginx(string path)
    {
        var name = FileKinds.LowerNameOf(path);
        if (name is "nginx.conf" or "nginx.conf.template")
        {
            return true;
        }

        var lower = path.ToLowerInvariant();
        var conf = name.EndsWith(".conf", StringComparison.Ordinal) || name.EndsWith(".conf.template", StringComparison.Ordinal);
        var folder = lower.Contains('/') ? lower[..lower.LastIndexOf('/')] : "";
        return conf && !IsMosquitto(path)
            && (folder.Split('/').Any(s => s.Contains("nginx", StringComparison.Ordinal)) || folder.EndsWith("sites-available", StringComparison.Ordinal)
                || folder.EndsWith("sites-enabled", StringComparison.Ordinal));
    }

    /// <summary>mosquitto.conf, or a <c>*.conf</c> under a folder named for Mosquitto.</summary>
    public static bool IsMosquitto(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = FileKinds.LowerNameOf(path);
        return name == "mosquitto.conf"
            || name.EndsWith(".conf", StringComparison.Ordinal) && lower.Contains('/') && lower[..lower.LastIndexOf('/')].Contains("mosquitto", StringComparison.Ordinal);
    }

    private static Kind KindOf(string path) => path switch
    {
        _ when FileKinds.IsTerraform(path) && !path.Contains(".terraform/", StringComparison.Ordinal) => Kind.Terraform,
        _ when FileKinds.IsGitHubWorkflow(path) => Kind.GitHub,
        _ when FileKinds.IsGitLabCi(path) => Kind.GitLab,
        _ when IsMosquitto(path) => Kind.Mosquitto,
        _ when IsNginx(path) => Kind.Nginx,
        _ => Kind.None,
    };

    private enum Kind
    {
        None,
        Terraform,
        GitHub,
        GitLab,
        Nginx,
        Mosquitto,
    }
}
