using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Supabase
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC147",
        Name = "supabase-service-key",
        Provider = "Supabase",
        Reference = "https://supabase.com/docs/guides/api/api-keys",
        Detectors =
        [
            new()
            {
                Id = "supabase-service-key",
                Provider = "Supabase",
                Label = "service key",
                Keywords = ["sbp_", "sb_secret_", "service_role"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Supabase service key in .env",
                (".env", """
                    SUPABASE_SERVICE_ROLE_KEY=[|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh0b29wdXJ4cG5kbnhzYWJzemVmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc2NzIyNTYwMH0.pIYH4hLce4IgT3d5VcPNbgO_-Xi-YdAOuEj77_5WWNJ|]
                    """)),
            RuleExample.Good(
                "the anon key is public by design",
                ("web/.env", """
                    NEXT_PUBLIC_SUPABASE_URL=https://abc.supabase.co
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    SUPABASE_SERVICE_ROLE_KEY = os.environ["SUPABASE_SERVICE_ROLE_KEY"]
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\-]{31,64})(?![A-Za-z0-9_\-])|(?<key>(?i:supabase)[A-Za-z0-9_.\-]{0,20}(?i:service[_\-]?role[_\-]?key|service[_\-]?key|secret[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>eyJ[A-Za-z0-9_\-]{10,500}\.eyJ[A-Za-z0-9_\-]{10,1000}\.[A-Za-z0-9_\-]{16,200})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
