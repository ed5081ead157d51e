using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Rules;

namespace ProdReady.Tests.Secrets;

/// <summary>SEC002 (weak default) and the rules that report real secrets share one value judgement, so a value is
/// weak or real, never both: each line below is reported by exactly the rule its value calls for.</summary>
public class WeakAndStrongAgreementTests
{
    [Theory]
    [InlineData("change-me-in-production", "SEC002")]
    [InlineData("secret", "SEC002")]
    [InlineData("dev-key", "SEC002")]
    [InlineData("django-insecure-abc", "SEC002")]
    [InlineData("Qm7vX2kL9pR4wT8zN3bY6cH1Zr8xM3qT", "SEC001")]
    [InlineData("django-insecure-tit^$h1!dv1nscu2v2&*r3$96of$evel31=1_ty12)+ymdg7ly", "SEC001")]
    public void A_settings_value_is_weak_or_real_never_both(string value, string expected)
    {
        var repository = Repository.FromFiles(
        [
            KeyValuePair.Create("app/settings.py", $"import os\n\nSECRET_KEY = os.environ.get(\"SECRET_KEY\", '{value}')\nDEBUG = False\n"),
            KeyValuePair.Create("manage.py", "import django\n"),
            KeyValuePair.Create("requirements.txt", "django==5.0\n"),
        ]);

        var report = new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner).Audit(repository, RuleOptions.Default);

        // SEC003 judges the missing start-up check, not the value, so it is out of this question.
        var rules = report.Findings.Where(f => f.File == "app/settings.py" && f.Line == 3 && f.RuleId.Value.StartsWith("SEC", StringComparison.Ordinal) && f.RuleId.Value != "SEC003")
            .Select(f => f.RuleId.Value).ToList();
        Assert.Equal([expected], rules);
    }
}
