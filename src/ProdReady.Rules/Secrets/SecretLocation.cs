namespace ProdReady.Rules.Secrets;

/// <summary>Where a secret sits decides how bad it is.</summary>
internal enum SecretLocation
{
    /// <summary>A committed .env, a production config file, a Kubernetes Secret manifest: the live value, almost surely.</summary>
    Deployed,

    /// <summary>Application code and ordinary configuration.</summary>
    Source,

    /// <summary>Markdown, docs/: a deployment guide is still a leak.</summary>
    Documentation,

    /// <summary>Tests, fixtures and test data.</summary>
    Test,

    /// <summary>.env.example, *.sample, *.template: meant to hold placeholders.</summary>
    Template,
}
