using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed partial class WeakPasswordHashing : Rule
{
    private static readonly HashSet<string> FastHashes = new(StringComparer.OrdinalIgnoreCase)
    {
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "new",
        "HashData", "ComputeHash", "createHash",
    };

    private static readonly string[] WeakDjangoHashers = ["MD5PasswordHasher", "SHA1PasswordHasher", "UnsaltedMD5PasswordHasher", "UnsaltedSHA1PasswordHasher", "CryptPasswordHasher"];

    private static readonly string[] StrongPackages = ["bcrypt", "passlib", "argon2-cffi", "pwdlib", "bcryptjs", "argon2", "@node-rs/argon2", "@node-rs/bcrypt", "bcrypt.net-next", "konscious.security.cryptography.argon2"];

    private static readonly string[] StrongCalls = ["generate_password_hash", "make_password", "set_password", "hashpw", "CryptContext", "PasswordHasher", "AddIdentity", "AddDefaultIdentity", "AddIdentityCore", "pbkdf2_hmac", "scrypt"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU003"),
        Name = "weak-password-hashing",
        Title = "Passwords hashed with a fast hash",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "MD5 and the SHA family are built to be fast: a GPU tries billions of guesses a second, so a leaked " +
            "table of unsalted or single-round hashes gives up most passwords within hours. Password hashes must be slow " +
            "and salted (bcrypt, scrypt, Argon2, PBKDF2 with many iterations).",
        Fix = "Hash with a password KDF: passlib `CryptContext(schemes=[\"argon2\", \"bcrypt\"])` or pwdlib, Werkzeug's " +
            "`generate_password_hash`, Django's default hashers (keep PBKDF2/Argon2 first in PASSWORD_HASHERS), bcrypt or " +
            "argon2 on npm, ASP.NET Core Identity's PasswordHasher; rehash existing hashes at next login.",
        References =
        [
            "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
            "https://docs.djangoproject.com/en/stable/topics/auth/passwords/",
            "https://cwe.mitre.org/data/definitions/916.html",
        ],
        Examples = PasswordHashingExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File) && HashesPassword(c) && !Stretched(facts, c))
            .Select(c => new Violation(c.Span, $"{c.Callee}(...) hashes a password with a fast hash"))
            .Concat(WeakDjangoSettings(facts))
            .ToList();
        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return Strong(facts) is { } evidence ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no password hashing found");
    }

    private static bool HashesPassword(CallFact call)
    {
        if (!FastHashes.Contains(call.Name) && call.Name != "update")
        {
            return false;
        }

        if (call.Name == "update" && !call.Callee.Contains("createHash", StringComparison.Ordinal))
        {
            return false;
        }

        if (call.Language == SourceLanguage.Python && !call.Callee.StartsWith("hashlib.", StringComparison.Ordinal) && call.Name is not ("md5" or "sha1" or "sha256"))
        {
            return false;
        }

        // usedforsecurity=False is the caller saying the digest is an identifier or a checksum, not a credential.
        return call.Keyword("usedforsecurity") is not { Raw: "False" } && call.Arguments.Any(a => PasswordName().IsMatch(a.Value.Raw));
    }

    /// <summary>A fast hash fed into a slow one (a legacy format wrapped in PBKDF2, as Django hashers for migrated
    /// passwords do) is pre-hashing, not the stored hash.</summary>
    private static bool Stretched(RepositoryFacts facts, CallFact call)
    {
        if (facts.FunctionAt(call.Span) is not { } function)
        {
            return false;
        }

        var hasher = function.ClassName is { } owner
            && facts.ClassesIn(call.Span.File).Any(c => c.Name == owner && c.Bases.Any(b => b.EndsWith("PasswordHasher", StringComparison.Ordinal)));
        return hasher || facts.CallsIn(call.Span.File).Any(c => function.Contains(c.Span) && SlowHash().IsMatch(c.Name));
    }

    private static IEnumerable<Violation> WeakDjangoSettings(RepositoryFacts facts) =>
        facts.Settings
            .Where(s => s.Name == "PASSWORD_HASHERS" && s.Value.Kind == ValueKind.List && FileRoles.IsProduction(s.File))
            .Where(s => s.Value.Items.FirstOrDefault()?.Text is { } first && WeakDjangoHashers.Any(w => first.EndsWith("." + w, StringComparison.Ordinal)))
            .Select(s => new Violation(s.Span, $"PASSWORD_HASHERS puts {s.Value.Items[0].Text} first: new passwords are stored with it"));

    private static Evidence? Strong(RepositoryFacts facts)
    {
        var call = facts.Calls.FirstOrDefault(c => FileRoles.IsProduction(c.Span.File) && StrongCalls.Contains(c.Name));
        if (call is not null)
        {
            return new Evidence($"password hashing: {call.Callee} in {call.Span}", call.Span);
        }

        var dependency = facts.Dependencies.FirstOrDefault(d => !d.Development && StrongPackages.Contains(d.Name, StringComparer.OrdinalIgnoreCase));
        if (dependency is not null)
        {
            return new Evidence($"password hashing: {dependency.Name} declared in {dependency.Span}", dependency.Span);
        }

        var auth = facts.Settings.FirstOrDefault(s => s.Name == "INSTALLED_APPS" && FileRoles.IsProduction(s.File)
            && s.Value.Items.Any(i => i.Text == "django.contrib.auth"));
        return auth is null ? null : new Evidence($"password hashing: Django's default PBKDF2 hasher (django.contrib.auth in {auth.Span})", auth.Span);
    }

    [GeneratedRegex("pbkdf2|bcrypt|scrypt|argon2|hashpw", RegexOptions.IgnoreCase)]
    private static partial Regex SlowHash();

    [GeneratedRegex("passw(or)?d|\\bpwd\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordName();
}
