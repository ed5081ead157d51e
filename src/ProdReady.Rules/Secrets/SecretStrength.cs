namespace ProdReady.Rules.Secrets;

internal enum SecretStrength
{
    /// <summary>Empty or whitespace: nothing is set.</summary>
    Empty,

    /// <summary>Not a secret value at all: a template (<c>${JWT_SECRET}</c>), a file path, a URL, a phrase, an
    /// environment variable's name, a public key.</summary>
    NotSecret,

    /// <summary>Text meant to be replaced: <c>your-secret-key</c>, <c>&lt;api key&gt;</c>, <c>xxxx</c>.</summary>
    Placeholder,

    /// <summary>Guessable: a word or two (<c>secret</c>, <c>change-me-in-production</c>), or shorter than 16 characters.</summary>
    Weak,

    /// <summary>Long and random enough to be a real secret.</summary>
    Strong,
}
