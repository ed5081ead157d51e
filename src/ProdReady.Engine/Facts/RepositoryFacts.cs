using System.Collections.Immutable;
using ProdReady.Engine.Documents;
using ProdReady.Engine.Files;
using ProdReady.Engine.Secrets;

namespace ProdReady.Engine.Facts;

/// <summary>Everything the readers learned about a repository, each fact with its location. Rules read these,
/// never raw text, wherever a reader exists. Later document kinds (Dockerfile, compose, Kubernetes, Terraform,
/// workflows) slot in as further collections.</summary>
public sealed record RepositoryFacts
{
    private FactIndex? _index;
    private DeploymentDocuments? _documents;
    private InfrastructureDocuments? _infrastructure;
    private RepositorySecrets? _secrets;

    public RepositoryFacts()
    {
    }

    // A copy made with `with` may hold other facts, so it builds its own index.
    private RepositoryFacts(RepositoryFacts original)
    {
        Repository = original.Repository;
        Technologies = original.Technologies;
        Settings = original.Settings;
        Calls = original.Calls;
        Imports = original.Imports;
        Functions = original.Functions;
        Classes = original.Classes;
        EnvReads = original.EnvReads;
        Routes = original.Routes;
        EntryPoints = original.EntryPoints;
        Dependencies = original.Dependencies;
        Strings = original.Strings;
        Unparsed = original.Unparsed;
    }

    public required Repository Repository { get; init; }

    public ImmutableArray<TechnologyEvidence> Technologies { get; init; } = [];

    public ImmutableArray<SettingFact> Settings { get; init; } = [];

    public ImmutableArray<CallFact> Calls { get; init; } = [];

    public ImmutableArray<ImportFact> Imports { get; init; } = [];

    public ImmutableArray<FunctionFact> Functions { get; init; } = [];

    public ImmutableArray<ClassFact> Classes { get; init; } = [];

    public ImmutableArray<EnvReadFact> EnvReads { get; init; } = [];

    public ImmutableArray<RouteFact> Routes { get; init; } = [];

    public ImmutableArray<EntryPointFact> EntryPoints { get; init; } = [];

    public ImmutableArray<DependencyFact> Dependencies { get; init; } = [];

    public ImmutableArray<StringLiteralFact> Strings { get; init; } = [];

    /// <summary>Files a reader could not parse; they are reported as skipped, never as findings.</summary>
    public ImmutableArray<Model.SkippedFile> Unparsed { get; init; } = [];

    public bool Has(Technology technology) => Technologies.Any(t => t.Technology == technology);

    public bool HasAny(IEnumerable<Technology> technologies) => technologies.Any(Has);

    /// <summary>A web framework that serves HTTP is in use.</summary>
    public bool IsWebApp => HasAny(TechnologyNames.WebFrameworks);

    /// <summary>Dockerfiles, compose files, Kubernetes objects and Helm charts, read on first use.</summary>
    public DeploymentDocuments Documents => LazyInitializer.EnsureInitialized(ref _documents, () => DeploymentDocuments.Read(Repository));

    public ImmutableArray<DockerfileDocument> Dockerfiles => Documents.Dockerfiles;

    public ImmutableArray<ComposeDocument> Compose => Documents.Compose;

    public ImmutableArray<KubernetesObject> Kubernetes => Documents.Kubernetes;

    public ImmutableArray<HelmChart> HelmCharts => Documents.HelmCharts;

    /// <summary>Terraform, CI pipelines, nginx and Mosquitto configuration, read on first use.</summary>
    public InfrastructureDocuments Infrastructure =>
        LazyInitializer.EnsureInitialized(ref _infrastructure, () => InfrastructureDocuments.Read(Repository));

    public Documents.Terraform.TerraformDocuments Terraform => Infrastructure.Terraform;

    public Documents.Workflows.WorkflowDocuments Workflows => Infrastructure.Workflows;

    public ImmutableArray<Documents.Nginx.NginxConfig> Nginx => Infrastructure.Nginx;

    public ImmutableArray<Documents.Mosquitto.MosquittoConfig> Mosquitto => Infrastructure.Mosquitto;

    /// <summary>Uses secrets already scanned file by file, so the files need not be read again.</summary>
    internal void UseSecrets(RepositorySecrets secrets) => Volatile.Write(ref _secrets, secrets);

    /// <summary>What <paramref name="scanner"/> finds in the repository's files, scanned once (in parallel) on first use.</summary>
    public RepositorySecrets Secrets(SecretScanner scanner)
    {
        var current = Volatile.Read(ref _secrets);
        if (current is not null && ReferenceEquals(current.Scanner, scanner))
        {
            return current;
        }

        var made = new RepositorySecrets(Repository, scanner);
        var previous = Interlocked.CompareExchange(ref _secrets, made, current);
        return previous == current ? made : previous is not null && ReferenceEquals(previous.Scanner, scanner) ? previous : made;
    }

    private FactIndex Index => LazyInitializer.EnsureInitialized(ref _index, () => new FactIndex(this));

    /// <summary>Calls whose callee is <paramref name="name"/> or ends with <c>.name</c>.</summary>
    public IEnumerable<CallFact> CallsTo(string name) => Index.CallsByName[name[(name.LastIndexOf('.') + 1)..]].Where(c => c.Is(name));

    /// <summary>Calls whose last callee segment is <paramref name="name"/>: <c>run</c> finds <c>uvicorn.run</c>.</summary>
    public IEnumerable<CallFact> CallsNamed(string name) => Index.CallsByName[name];

    /// <summary>Every call that starts exactly at <paramref name="span"/>'s position, in fact order.</summary>
    public IEnumerable<CallFact> CallsAt(SourceSpan span) => Index.CallsByPosition[(span.File, span.Line, span.Column)];

    public IEnumerable<CallFact> CallsIn(string file) => Index.CallsByFile[file];

    public IEnumerable<SettingFact> SettingsIn(string file) => Index.SettingsByFile[file];

    public IEnumerable<FunctionFact> FunctionsIn(string file) => Index.FunctionsByFile[file];

    public IEnumerable<ClassFact> ClassesIn(string file) => Index.ClassesByFile[file];

    public IEnumerable<ImportFact> ImportsIn(string file) => Index.ImportsByFile[file];

    public IEnumerable<StringLiteralFact> StringsIn(string file) => Index.StringsByFile[file];

    public bool IsUnparsed(string file) => Index.Unparsed.Contains(file);

    public bool HasDependency(string name) => Dependencies.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool Imported(string module) => Imports.Any(i => i.Module == module || i.Module.StartsWith(module + ".", StringComparison.Ordinal));

    public IEnumerable<SettingFact> SettingsNamed(string name) => Index.SettingsByName[name];

    /// <summary>The innermost function whose body holds <paramref name="span"/>.</summary>
    public FunctionFact? FunctionAt(SourceSpan span) =>
        FunctionsIn(span.File).Where(f => f.Contains(span)).OrderByDescending(f => f.Span.Line).FirstOrDefault();
}
