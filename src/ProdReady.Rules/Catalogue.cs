using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules;

/// <summary>Every rule ProdReady runs, grouped by area. Adding a rule is one file and one line here.</summary>
public static class Catalogue
{
    /// <summary>The one scanner behind every secret rule, so an audit can scan each file once as it reads it.</summary>
    public static Engine.Secrets.SecretScanner SecretScanner => Secrets.SecretRules.Scanner;

    public static ImmutableArray<Rule> All { get; } =
    [
        // configuration
        new Configuration.DebugModeEnabled(),
        new Configuration.HardcodedLocalhostUrl(),
        new Configuration.HardcodedListenPort(),
        new Configuration.EnvExampleMissing(),
        new Configuration.CeleryBrokerHardcoded(),
        new Configuration.CeleryWriteTaskUnprotected(),
        new Configuration.EnvVariableNeverProvided(),
        new Configuration.SecretNeverRead(),
        // secrets
        new Secrets.HardcodedSecretInSettings(),
        new Secrets.WeakDefaultSecret(),
        new Secrets.SecretsWithoutStartupValidation(),
        new Secrets.CredentialsInUrl(),
        new Secrets.HardcodedSecretAssignment(),
        new Secrets.CommittedEnvFile(),
        new Secrets.BrowserExposedSecret(),
        .. Secrets.SecretRules.Providers.Select(p => new Secrets.ProviderSecretRule(p)),
        // security
        new Security.PermissiveCors(),
        new Security.NoRateLimiting(),
        new Security.WeakPasswordHashing(),
        new Security.JwtWithoutExpiry(),
        new Security.ApiDocsExposed(),
        new Security.MutatingRouteWithoutAuth(),
        new Security.SecurityHeadersMissing(),
        new Security.JwtValidationDisabled(),
        new Security.RawSqlBuiltFromStrings(),
        new Security.WeakIdentityPasswordPolicy(),
        new Security.HttpsRedirectionMissing(),
        new Security.SqlBuiltByStringFormatting(),
        new Security.UnsafeYamlLoad(),
        new Security.CodeRunOnRequestData(),
        new Security.JwtDecodedWithoutVerification(),
        new Security.UntrustedDeserialization(),
        new Security.AllowedHostsAnyHost(),
        new Security.ProductionSourceMaps(),
        new Security.ErrorStackExposed(),
        new Security.RequestBodyLimitTooLarge(),
        new Django.AllowedHostsWildcard(),
        new Django.HttpsSettingsMissing(),
        new Django.DrfDefaultPermissionOpen(),
        new Django.ViewWithoutPermission(),
        new Django.CsrfExempt(),
        new Django.WebSocketWithoutAuthentication(),
        new Django.WebSocketOriginNotValidated(),
        // database
        new Database.SqliteInProduction(),
        new Database.NoMigrationTooling(),
        new Database.NoConnectionPooling(),
        new Database.RequestTextUnbounded(),
        new Database.StatefulServiceWithoutBackup(),
        new Database.EnsureCreatedWithMigrations(),
        new Database.MigrationsNeverApplied(),
        // performance
        new Performance.DevelopmentServerInProduction(),
        new Performance.BlockingCallInAsyncFunction(),
        new Performance.CeleryTimeLimitsMissing(),
        new Performance.HttpCallWithoutTimeout(),
        new Performance.WorkersAboveCpuLimit(),
        // observability
        new Observability.PrintLogging(),
        new Observability.LoggingNotConfigured(),
        new Observability.HealthCheckMissing(),
        new Observability.NodeShutdownUnhandled(),
        new Observability.ShallowHealthCheck(),
        new Observability.ExceptionHandlersMissing(),
        new Observability.DeploymentNotMonitored(),
        // documentation
        new Documentation.DeploymentGuideMissing(),
        // ml-serving
        new MlServing.ModelLoadedPerRequest(),
        new MlServing.UnconstrainedModelInputs(),
        new MlServing.ConstantShadowsModelMetadata(),
        // infrastructure
        new Infrastructure.PublicStorageBucket(),
        new Infrastructure.UnencryptedStorage(),
        new Infrastructure.PublicDatabase(),
        new Infrastructure.DatabaseBackupsDisabled(),
        new Infrastructure.OpenSecurityGroup(),
        new Infrastructure.IamWildcardPolicy(),
        new Infrastructure.NginxWithoutTls(),
        new Infrastructure.NginxSecurityHeaders(),
        new Infrastructure.NginxServerTokens(),
        new Infrastructure.MosquittoAnonymous(),
        new Infrastructure.MosquittoWithoutTls(),
        new Django.InMemoryChannelLayer(),
        new Django.LocalMediaStorage(),
        // containers, testing, ci-cd
        new Containers.DockerfileMissing(),
        new Containers.ComposeMissingForMultiService(),
        new Containers.ContainerRunsAsRoot(),
        new Containers.BaseImageUnpinned(),
        new Containers.EndOfLifeBaseImage(),
        new Containers.ImageHealthcheckMissing(),
        new Containers.AddInsteadOfCopy(),
        new Containers.SecretInImageEnv(),
        new Containers.BuildContextUnfiltered(),
        new Containers.PackageCacheInLayer(),
        new Containers.ComposePlaintextSecret(),
        new Containers.DatabasePortPublished(),
        new Containers.ComposeHealthcheckMissing(),
        new Containers.ComposeRestartPolicyMissing(),
        new Containers.DependsOnWithoutHealthCondition(),
        new Containers.StatefulServiceWithoutVolume(),
        new Containers.ComposeImageUnpinned(),
        new Containers.PrivilegedComposeService(),
        new Containers.HealthcheckPathNotServed(),
        new Containers.PortMismatch(),
        // kubernetes
        new Kubernetes.ResourcesMissing(),
        new Kubernetes.ProbesMissing(),
        new Kubernetes.KubernetesImageUnpinned(),
        new Kubernetes.PrivilegedContainer(),
        new Kubernetes.PrivilegeEscalationAllowed(),
        new Kubernetes.RunAsRootAllowed(),
        new Kubernetes.WritableRootFilesystem(),
        new Kubernetes.HostAccess(),
        new Kubernetes.SingleReplicaWithoutDisruptionBudget(),
        new Kubernetes.SecretManifestCommitted(),
        new Kubernetes.LiteralSecretInManifest(),
        new Kubernetes.NetworkPolicyMissing(),
        new Kubernetes.ServiceSelectorMatchesNothing(),
        new Kubernetes.ProbePortUndeclared(),
        new Testing.TestsMissing(),
        new Testing.HollowTests(),
        new Testing.CoverageNotMeasured(),
        new CiCd.CiWorkflowMissing(),
        new CiCd.TestsNotRunInCi(),
        new CiCd.ActionNotPinned(),
        new CiCd.WorkflowPermissionsMissing(),
        new CiCd.PullRequestTargetCheckout(),
        new CiCd.SecretEchoed(),
        new CiCd.DependencyUpdatesMissing(),
        new CiCd.SecurityScanMissing(),
    ];

    /// <summary>Run only on request (<c>--history</c>): it reads the whole git history, and needs a git work tree
    /// rather than example files.</summary>
    public static Rule History { get; } = new Secrets.SecretInGitHistory();

    /// <summary>Every rule ProdReady knows, those run on request included: what it lists, explains, documents and
    /// accepts in configuration.</summary>
    public static ImmutableArray<Rule> Known { get; } = [.. All, History];
}
