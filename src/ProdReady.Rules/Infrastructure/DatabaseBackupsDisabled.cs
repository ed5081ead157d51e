using System.Globalization;
using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class DatabaseBackupsDisabled : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC004"),
        Name = "database-backups-or-deletion-protection-off",
        Title = "Database without backups or deletion protection",
        Area = Area.Infrastructure,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "With automated backups off (or kept for a single day) a bad migration, a deleted table or ransomware is " +
            "unrecoverable; without deletion protection one mistaken `terraform destroy` or a renamed resource deletes the " +
            "production database and, with `skip_final_snapshot`, every trace of it.",
        Fix = "Set `backup_retention_period` to 7–35 days and `deletion_protection = true` on `aws_db_instance` and " +
            "`aws_rds_cluster` (plus `skip_final_snapshot = false`); on Cloud SQL keep `backup_configuration { enabled = true }` " +
            "and `deletion_protection = true`; test a restore.",
        References =
        [
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!TerraformResources.Any(context))
        {
            return RuleOutcome.Skip("no Terraform files");
        }

        var violations = new List<Violation>();
        var databases = TerraformResources.Of(context, "aws_db_instance", "aws_rds_cluster").Where(r => r.Value("replicate_source_db") is null).ToList();
        foreach (var database in databases)
        {
            var retention = database.Value("backup_retention_period");
            if (retention is null)
            {
                violations.Add(new Violation(database.Span, $"{database.Address} does not set backup_retention_period: AWS keeps automated backups for 1 day only")
                { Severity = Severity.Low, Key = "backup_retention_period" });
            }
            else if (retention.IsLiteral && int.TryParse(retention.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days == 0)
            {
                violations.Add(new Violation(retention.Span, $"{database.Address} sets backup_retention_period = 0: automated backups are off")
                { Severity = Severity.High, Key = "backup_retention_period" });
            }

            DeletionProtection(database, violations, defaultProtected: false);
        }

        var cloudSql = TerraformResources.Of(context, "google_sql_database_instance").ToList();
        foreach (var instance in cloudSql.Where(i => i.Value("master_instance_name") is null))
        {
            var backup = instance.Children("settings").SelectMany(s => s.Children("backup_configuration")).FirstOrDefault();
            var enabled = backup?.Value("enabled");
            if (instance.Children("settings").Any() && (backup is null || enabled is null || TerraformResources.IsFalse(enabled)))
            {
                violations.Add(new Violation(enabled?.Span ?? instance.Span, $"{instance.Address} has no backup_configuration with enabled = true: Cloud SQL takes no automated backups")
                { Severity = Severity.High, Key = "backup_configuration" });
            }

            DeletionProtection(instance, violations, defaultProtected: true);
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return databases.Count + cloudSql.Count == 0
            ? RuleOutcome.Skip("no Terraform database resources")
            : RuleOutcome.Pass(new Evidence($"{databases.Count + cloudSql.Count} Terraform database(s) with backups and deletion protection"));
    }

    private static void DeletionProtection(HclBlock database, List<Violation> violations, bool defaultProtected)
    {
        var protection = database.Value("deletion_protection");
        if (protection is null && !defaultProtected)
        {
            violations.Add(new Violation(database.Span, $"{database.Address} does not set deletion_protection: the database can be deleted by a single apply")
            { Key = "deletion_protection" });
        }
        else if (protection is not null && TerraformResources.IsFalse(protection))
        {
            violations.Add(new Violation(protection.Span, $"{database.Address} sets deletion_protection = false") { Key = "deletion_protection" });
        }
    }
}
