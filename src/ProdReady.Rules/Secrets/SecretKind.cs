namespace ProdReady.Rules.Secrets;

internal enum SecretKind
{
    None,

    /// <summary>A secret the application owns and signs or encrypts with: SECRET_KEY, JWT_SECRET, SESSION_SECRET,
    /// SIGNING_KEY, PRIVATE_KEY, API_KEY (the key clients present to this app).</summary>
    Own,

    /// <summary>A password: DB_PASSWORD, ADMIN_PASSWORD, REDIS_PASSWORD.</summary>
    Password,

    /// <summary>A credential issued by someone else: OPENAI_API_KEY, GITHUB_TOKEN, GOOGLE_CLIENT_SECRET.</summary>
    Credential,

    /// <summary>A URL or connection string that may embed a password: DATABASE_URL, ConnectionStrings.Default.</summary>
    ConnectionString,
}
